using System.Collections.Immutable;
using StdCompare.Search.Querying;

namespace StdCompare.Benchmarks.Search;

/// <summary>One query of the latency mix: the Lucene request and, when SQLite FTS5 can express it, its SQLite form.</summary>
/// <param name="Kind">text, filtered, requirement or designation.</param>
/// <param name="Request">The StdCompare request.</param>
/// <param name="SqliteText">The words SQLite searches, or null when FTS5 has no equivalent (requirement queries).</param>
/// <param name="Jurisdictions">The jurisdiction filter, for SQLite.</param>
public sealed record MixQuery(string Kind, SearchRequest Request, string? SqliteText, ImmutableArray<string> Jurisdictions);

/// <summary>The query mix timed on both engines: the labelled queries, some with filters, designations and requirement queries.</summary>
public static class QueryMix
{
    private static readonly string[] RequirementQueries =
    [
        "lead<=0.1mg/kg", "cadmium<=0.2mg/kg", "铅<=0.2mg/kg", "sulfur<=10mg/kg", "moisture<=14%",
        "aflatoxin B1<=5µg/kg", "cetane number>=51", "свинец<=0.5мг/кг", "benzene<=1%", "ash<=0.8%",
    ];

    private static readonly string[][] Jurisdictions = [["CN"], ["KR", "JP"], ["RU"], ["INT"], ["MN"]];

    /// <summary>Builds the mix from the labelled queries.</summary>
    public static List<MixQuery> Build(IReadOnlyList<LabelledQuery> labelled)
    {
        var mix = new List<MixQuery>();
        for (var i = 0; i < labelled.Count; i++)
        {
            var q = labelled[i];
            mix.Add(new MixQuery("text", new SearchRequest { Query = q.Text }, q.Text, []));
            if (i % 3 == 0)
            {
                var j = Jurisdictions[i / 3 % Jurisdictions.Length];
                mix.Add(new MixQuery("filtered", new SearchRequest { Query = q.Text, Jurisdictions = [.. j], Level = SearchLevel.Clause }, q.Text, [.. j]));
            }
        }

        foreach (var r in RequirementQueries)
        {
            mix.Add(new MixQuery("requirement", new SearchRequest { Requirements = [r] }, null, []));
            mix.Add(new MixQuery("requirement", new SearchRequest { Query = "rice", Requirements = [r], Jurisdictions = ["KR", "JP", "CN"] }, null, []));
        }

        return mix;
    }
}

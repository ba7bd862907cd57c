using System.Collections.Immutable;
using System.Text.Json.Serialization;
using StdCompare.Search.Indexing;
using StdCompare.Search.Querying;

namespace StdCompare.Search.Contracts;

/// <summary>The JSON of a search (schema <c>stdcompare.search/1</c>), written the same way by the CLI and the web API.</summary>
public sealed record SearchContract
{
    /// <summary>The schema name.</summary>
    public const string SchemaName = "stdcompare.search/1";

    /// <summary>Always <see cref="SchemaName"/>.</summary>
    [JsonPropertyOrder(-10)]
    public string Schema { get; init; } = SchemaName;

    /// <summary>The query as given.</summary>
    public required string Query { get; init; }

    /// <summary>The query with its expansions.</summary>
    public required string ExpandedQuery { get; init; }

    /// <summary>Each expansion.</summary>
    public ImmutableArray<ExpansionContract> Expansions { get; init; } = [];

    /// <summary>Requirement queries as understood.</summary>
    public ImmutableArray<string> Requirements { get; init; } = [];

    /// <summary>Matching documents.</summary>
    public int Total { get; init; }

    /// <summary>True when the time budget ran out before all documents were looked at.</summary>
    public bool Partial { get; init; }

    /// <summary>Server-side time in milliseconds.</summary>
    public double ElapsedMs { get; init; }

    /// <summary>Counts by jurisdiction, language, industry, body.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<FacetValue>> Facets { get; init; } = ImmutableSortedDictionary<string, ImmutableArray<FacetValue>>.Empty;

    /// <summary>The hits.</summary>
    public ImmutableArray<HitContract> Hits { get; init; } = [];

    /// <summary>The contract of a result.</summary>
    public static SearchContract From(SearchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SearchContract
        {
            Query = result.Query,
            ExpandedQuery = result.ExpandedQuery,
            Expansions = [.. result.Expansions.Select(e => new ExpansionContract(e.Text, e.Source, e.Concept, e.Terms))],
            Requirements = result.Requirements,
            Total = result.Total,
            Partial = result.Partial,
            ElapsedMs = Math.Round(result.ElapsedMs, 2),
            Facets = result.Facets,
            Hits = [.. result.Hits.Select(HitContract.From)],
        };
    }
}

/// <summary>One expansion of a query word.</summary>
public sealed record ExpansionContract(string Text, string Source, string? Concept, ImmutableSortedDictionary<string, ImmutableArray<string>> Terms);

/// <summary>One hit.</summary>
public sealed record HitContract
{
    /// <summary>Designation as printed.</summary>
    public required string Standard { get; init; }

    /// <summary>Clause id; null for a standard.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Clause { get; init; }

    /// <summary>Clause heading.</summary>
    public string? Heading { get; init; }

    /// <summary>Title of the standard.</summary>
    public string Title { get; init; } = "";

    /// <summary>English title.</summary>
    public string? TitleEn { get; init; }

    /// <summary>Jurisdiction.</summary>
    public string Jurisdiction { get; init; } = "";

    /// <summary>Language.</summary>
    public string Language { get; init; } = "";

    /// <summary>Issuing body.</summary>
    public string Body { get; init; } = "";

    /// <summary>Status as of the search date.</summary>
    public string Status { get; init; } = "";

    /// <summary>sample, source, synthetic or user.</summary>
    public string Provenance { get; init; } = "";

    /// <summary>Relevance score.</summary>
    public double Score { get; init; }

    /// <summary>Highlighted fragment (<c>**match**</c>).</summary>
    public string Snippet { get; init; } = "";

    /// <summary>Requirements of the clause.</summary>
    public ImmutableArray<RequirementRecord> Requirements { get; init; } = [];

    /// <summary>Source file.</summary>
    public string? Source { get; init; }

    /// <summary>Line in the source file.</summary>
    public int? Line { get; init; }

    /// <summary>The contract of a hit.</summary>
    public static HitContract From(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        return new HitContract
        {
            Standard = hit.Standard,
            Clause = hit.Clause,
            Heading = hit.Heading,
            Title = hit.Title,
            TitleEn = hit.TitleEn,
            Jurisdiction = hit.Jurisdiction,
            Language = hit.Language,
            Body = hit.Body,
            Status = hit.Status,
            Provenance = hit.Provenance,
            Score = hit.Score,
            Snippet = hit.Snippet,
            Requirements = hit.Requirements,
            Source = hit.Source,
            Line = hit.Line,
        };
    }
}

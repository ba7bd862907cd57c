using StdCompare.Documents;
using StdCompare.Requirements;

namespace StdCompare.Alignment.Tests;

/// <summary>Documents made in tests.</summary>
internal static class Synthetic
{
    /// <summary>A document of <paramref name="clauses"/> (id, heading, text).</summary>
    public static StandardDocument Document(string id, string language, params (string Id, string Heading, string Text)[] clauses)
        => new()
        {
            Metadata = new StandardMetadata { Id = id, Title = id, Language = language, Provenance = Provenance.Synthetic },
            Clauses = [.. clauses.Select(c => Clause(c.Id, c.Heading, c.Text, language))],
        };

    /// <summary>A clause with its requirements parsed.</summary>
    public static Clause Clause(string id, string heading, string text, string language)
        => new(
            id,
            id is Documents.Clause.ForewordId or Documents.Clause.IntroductionId ? 1 : id.Count(c => c == '.') + 1,
            heading,
            text,
            [],
            RequirementParser.Parse(heading.Length > 0 ? heading + "\n" + text : text, language),
            default);

    /// <summary><paramref name="document"/> with its clauses replaced.</summary>
    public static StandardDocument With(StandardDocument document, IEnumerable<Clause> clauses, string id)
        => document with { Clauses = [.. clauses], Metadata = document.Metadata with { Id = id } };
}

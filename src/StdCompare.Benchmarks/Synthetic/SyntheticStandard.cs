using System.Collections.Immutable;

namespace StdCompare.Benchmarks.Synthetic;

/// <summary>One line of a synthetic corpus file: a made-up standard and its clauses (provenance: synthetic).</summary>
public sealed record SyntheticStandard
{
    /// <summary>Made-up designation (<c>SYN 100001-2025</c>): no real standard has it.</summary>
    public required string Id { get; init; }

    /// <summary>Title, recombined from corpus headings.</summary>
    public required string Title { get; init; }

    /// <summary>Language of the text.</summary>
    public required string Language { get; init; }

    /// <summary>Jurisdiction that writes in that language.</summary>
    public required string Jurisdiction { get; init; }

    /// <summary>Issuing body.</summary>
    public required string Body { get; init; }

    /// <summary>Industries.</summary>
    public ImmutableArray<string> Industries { get; init; } = [];

    /// <summary>ICS codes.</summary>
    public ImmutableArray<string> Ics { get; init; } = [];

    /// <summary>Publication date yyyy-MM-dd.</summary>
    public required string Published { get; init; }

    /// <summary>Always <c>synthetic</c>.</summary>
    public string Provenance { get; init; } = Documents.Provenance.Synthetic;

    /// <summary>The clauses.</summary>
    public ImmutableArray<SyntheticClause> Clauses { get; init; } = [];
}

/// <summary>A synthetic clause.</summary>
public sealed record SyntheticClause(string Id, string Heading, string Text);

using System.Collections.Immutable;
using StdCompare.Search.Indexing;

namespace StdCompare.Search.Querying;

/// <summary>One hit: a standard (<see cref="Clause"/> null) or one of its clauses.</summary>
public sealed record SearchHit
{
    /// <summary>The designation as printed.</summary>
    public required string Standard { get; init; }

    /// <summary>The clause id, or null for a standard.</summary>
    public string? Clause { get; init; }

    /// <summary>The clause heading, when it has one.</summary>
    public string? Heading { get; init; }

    /// <summary>The standard's title.</summary>
    public string Title { get; init; } = "";

    /// <summary>The standard's English title, when known.</summary>
    public string? TitleEn { get; init; }

    /// <summary>Jurisdiction.</summary>
    public string Jurisdiction { get; init; } = "";

    /// <summary>Language.</summary>
    public string Language { get; init; } = "";

    /// <summary>Issuing body.</summary>
    public string Body { get; init; } = "";

    /// <summary>Industries.</summary>
    public ImmutableArray<string> Industries { get; init; } = [];

    /// <summary>published, effective, withdrawn, not-yet-published or unknown, as of the search's date.</summary>
    public string Status { get; init; } = "";

    /// <summary>sample, source, synthetic or user: a hit on a sample text carries illustrative values only.</summary>
    public string Provenance { get; init; } = "";

    /// <summary>corpus or user.</summary>
    public string Origin { get; init; } = "";

    /// <summary>The relevance score (comparable within one search only).</summary>
    public double Score { get; init; }

    /// <summary>A fragment of the text with matches in <c>**bold**</c>.</summary>
    public string Snippet { get; init; } = "";

    /// <summary>The clause's requirements.</summary>
    public ImmutableArray<RequirementRecord> Requirements { get; init; } = [];

    /// <summary>The file the standard was read from, and the clause's line.</summary>
    public string? Source { get; init; }

    /// <summary>Line of the clause in <see cref="Source"/>.</summary>
    public int? Line { get; init; }
}

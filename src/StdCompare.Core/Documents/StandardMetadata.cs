using System.Collections.Immutable;

namespace StdCompare.Documents;

/// <summary>What is known of a standard besides its text: the front matter of a document, or a catalogue entry.</summary>
public sealed record StandardMetadata
{
    /// <summary>The designation as printed (<c>GB/T 19001-2016</c>).</summary>
    public string Id { get; init; } = "";

    /// <summary>Title in the document's language.</summary>
    public string Title { get; init; } = "";

    /// <summary>English title, when known.</summary>
    public string TitleEn { get; init; } = "";

    /// <summary>BCP 47 primary language tag (<c>zh</c>, <c>en</c>, <c>ru</c> …).</summary>
    public string Language { get; init; } = "";

    /// <summary>Issuing body (<c>SAC</c>, <c>DB22</c>, <c>ISO</c> …).</summary>
    public string Body { get; init; } = "";

    /// <summary>Jurisdiction (<c>CN</c>, <c>CN-22</c>, <c>INT</c>, <c>RU</c> …).</summary>
    public string Jurisdiction { get; init; } = "";

    /// <summary>mandatory, recommended, technical-regulation or guide.</summary>
    public string Kind { get; init; } = "";

    /// <summary>ICS codes.</summary>
    public ImmutableArray<string> Ics { get; init; } = [];

    /// <summary>HS codes.</summary>
    public ImmutableArray<string> Hs { get; init; } = [];

    /// <summary>Industries (<c>automotive</c>, <c>ginseng</c> …).</summary>
    public ImmutableArray<string> Industries { get; init; } = [];

    /// <summary>Publication date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Date it comes into force.</summary>
    public DateOnly? Effective { get; init; }

    /// <summary>Date it was withdrawn, when no longer in force.</summary>
    public DateOnly? Withdrawn { get; init; }

    /// <summary>Designations it replaces.</summary>
    public ImmutableArray<string> Replaces { get; init; } = [];

    /// <summary>The declared adoption of another standard, if any.</summary>
    public Adoption? Adopts { get; init; }

    /// <summary><see cref="Documents.Provenance"/>: sample, source, synthetic or user.</summary>
    public string Provenance { get; init; } = "";

    /// <summary>Other keys of the front matter, kept as written, sorted by key.</summary>
    public ImmutableSortedDictionary<string, string> Extra { get; init; } = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    /// <summary>True when the standard is in force on <paramref name="date"/>.</summary>
    public bool IsInForce(DateOnly date)
        => (Effective ?? Published) is { } start && start <= date && (Withdrawn is null || Withdrawn > date);
}

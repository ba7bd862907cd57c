using System.Collections.Immutable;

namespace StdCompare.Corpus;

/// <summary>A trade-measure notification, shaped like the WTO ePing export (TBT and SPS).</summary>
public sealed record Notification
{
    /// <summary>Document symbol: <c>G/TBT/N/RUS/123</c>, <c>G/SPS/N/KOR/700</c>.</summary>
    public string Symbol { get; init; } = "";

    /// <summary>Notifying member.</summary>
    public string Member { get; init; } = "";

    /// <summary>ISO 3166 code of the member (<c>RU</c>, <c>KR</c>, <c>EU</c> …).</summary>
    public string MemberCode { get; init; } = "";

    /// <summary>Distribution date.</summary>
    public DateOnly? Distributed { get; init; }

    /// <summary>Title of the notified measure.</summary>
    public string Title { get; init; } = "";

    /// <summary>Description of content.</summary>
    public string Description { get; init; } = "";

    /// <summary>Products covered.</summary>
    public string Products { get; init; } = "";

    /// <summary>HS codes.</summary>
    public ImmutableArray<string> Hs { get; init; } = [];

    /// <summary>ICS codes.</summary>
    public ImmutableArray<string> Ics { get; init; } = [];

    /// <summary>Objective and rationale.</summary>
    public string Objective { get; init; } = "";

    /// <summary>Proposed date of adoption.</summary>
    public DateOnly? ProposedAdoption { get; init; }

    /// <summary>Proposed date of entry into force.</summary>
    public DateOnly? ProposedEntryIntoForce { get; init; }

    /// <summary>Final date for comments.</summary>
    public DateOnly? CommentDeadline { get; init; }

    /// <summary>Standards and regulations referred to.</summary>
    public ImmutableArray<string> References { get; init; } = [];

    /// <summary>Industries concerned.</summary>
    public ImmutableArray<string> Industries { get; init; } = [];

    /// <summary>sample or source.</summary>
    public string Provenance { get; init; } = "";

    /// <summary>A note, e.g. that the record was written for the corpus.</summary>
    public string? Note { get; init; }
}

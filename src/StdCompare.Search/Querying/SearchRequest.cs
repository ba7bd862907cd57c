using System.Collections.Immutable;

namespace StdCompare.Search.Querying;

/// <summary>A search: query text (untrusted), filters, requirement queries and what to return.</summary>
public sealed record SearchRequest
{
    /// <summary>The query: words in any language, quoted phrases, AND/OR/NOT, <c>+</c>/<c>-</c>, trailing <c>*</c>; empty or <c>*</c> for all.</summary>
    public string Query { get; init; } = "";

    /// <summary>Jurisdictions (<c>CN</c> also matches <c>CN-22</c>); any of them.</summary>
    public ImmutableArray<string> Jurisdictions { get; init; } = [];

    /// <summary>Languages (<c>zh</c>, <c>ko</c> …); any of them.</summary>
    public ImmutableArray<string> Languages { get; init; } = [];

    /// <summary>Industries; any of them.</summary>
    public ImmutableArray<string> Industries { get; init; } = [];

    /// <summary>Issuing bodies; any of them.</summary>
    public ImmutableArray<string> Bodies { get; init; } = [];

    /// <summary>ICS code prefixes (<c>65</c> finds <c>65.020.20</c>); any of them.</summary>
    public ImmutableArray<string> Ics { get; init; } = [];

    /// <summary>HS code prefixes (<c>1211</c>, <c>12.11</c>); any of them.</summary>
    public ImmutableArray<string> Hs { get; init; } = [];

    /// <summary>Only standards in force on this date; also the date hit statuses are computed for (default: today).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Requirement queries (<c>lead&lt;=0.1mg/kg</c>, <c>sulfur&lt;=10 mg/kg</c>, <c>cetane&gt;=51</c>); all must hold.</summary>
    public ImmutableArray<string> Requirements { get; init; } = [];

    /// <summary>Standards, clauses or both.</summary>
    public SearchLevel Level { get; init; } = SearchLevel.Any;

    /// <summary>Number of hits (at most <see cref="SearchLimits.MaxTop"/>).</summary>
    public int Top { get; init; } = SearchLimits.DefaultTop;

    /// <summary>Expand the query through the terminology base and CC-CEDICT.</summary>
    public bool Expand { get; init; } = true;

    /// <summary>Count facets.</summary>
    public bool Facets { get; init; } = true;

    /// <summary>Make highlighted snippets.</summary>
    public bool Snippets { get; init; } = true;

    /// <summary>Time budget of the query; <see cref="SearchLimits.QueryTimeBudget"/> when null.</summary>
    public TimeSpan? TimeBudget { get; init; }
}

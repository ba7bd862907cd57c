using System.Collections.Immutable;

namespace StdCompare.Search.Querying;

/// <summary>What a search found.</summary>
public sealed record SearchResult
{
    /// <summary>The query as given.</summary>
    public required string Query { get; init; }

    /// <summary>The query with its expansions, as searched.</summary>
    public string ExpandedQuery { get; init; } = "";

    /// <summary>Each expansion of a word or phrase.</summary>
    public ImmutableArray<QueryExpansion> Expansions { get; init; } = [];

    /// <summary>The requirement queries as understood (<c>food.lead &lt;= 0.1 mg/kg</c>).</summary>
    public ImmutableArray<string> Requirements { get; init; } = [];

    /// <summary>Number of matching documents.</summary>
    public int Total { get; init; }

    /// <summary>True when the time budget ran out: hits and counts are those found until then.</summary>
    public bool Partial { get; init; }

    /// <summary>Time spent searching, in milliseconds (server side: parse, search, facets, snippets).</summary>
    public double ElapsedMs { get; init; }

    /// <summary>Counts by jurisdiction, language, industry and body, largest first.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<FacetValue>> Facets { get; init; } = ImmutableSortedDictionary<string, ImmutableArray<FacetValue>>.Empty;

    /// <summary>The hits, best first.</summary>
    public ImmutableArray<SearchHit> Hits { get; init; } = [];
}

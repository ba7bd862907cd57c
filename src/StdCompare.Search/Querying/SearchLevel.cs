namespace StdCompare.Search.Querying;

/// <summary>Which documents a search returns.</summary>
public enum SearchLevel
{
    /// <summary>Standards and clauses.</summary>
    Any,

    /// <summary>Standards only (catalogue entries included).</summary>
    Standard,

    /// <summary>Clauses only.</summary>
    Clause,
}

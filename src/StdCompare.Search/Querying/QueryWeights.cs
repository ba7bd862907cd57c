namespace StdCompare.Search.Querying;

/// <summary>Relative weights of the parts of an expanded query (tuned on corpora/search-eval).</summary>
public static class QueryWeights
{
    /// <summary>The words as written, in the fields of their script.</summary>
    public const float Direct = 1.0f;

    /// <summary>The concept id (language-independent).</summary>
    public const float Concept = 1.0f;

    /// <summary>The concept in the title of the clause's standard.</summary>
    public const float Context = 0.5f;

    /// <summary>CC-CEDICT glosses or headwords.</summary>
    public const float Dictionary = 0.4f;

    /// <summary>A whole token (quantity, number, name).</summary>
    public const float Keyword = 2.0f;

    /// <summary>A designation matching the standard's own.</summary>
    public const float Designation = 4.0f;

    /// <summary>Tie-breaker between a word as written and its expansions.</summary>
    public const float UnitTieBreaker = 0.3f;

    /// <summary>Tie-breaker of disjunctions over fields: the best field counts, the others a little.</summary>
    public const float TieBreaker = 0.1f;
}

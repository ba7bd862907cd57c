namespace StdCompare.Alignment;

/// <summary>How closely linked clauses correspond (compare-json.md).</summary>
public enum LinkRelation
{
    /// <summary>Same technical content, editorial changes only.</summary>
    Equivalent,

    /// <summary>Same subject, technical deviation.</summary>
    Modified,

    /// <summary>Partial overlap.</summary>
    Related,
}

/// <summary>The contract spellings of <see cref="LinkRelation"/>.</summary>
public static class LinkRelations
{
    /// <summary><c>equivalent</c>, <c>modified</c> or <c>related</c>.</summary>
    public static string ToContract(this LinkRelation relation) => relation switch
    {
        LinkRelation.Equivalent => "equivalent",
        LinkRelation.Modified => "modified",
        LinkRelation.Related => "related",
        _ => throw new ArgumentOutOfRangeException(nameof(relation)),
    };
}

namespace StdCompare.Search;

/// <summary>Stable codes of search errors (SC08xx), shown with the message.</summary>
public static class SearchErrorCodes
{
    /// <summary>The query could not be parsed.</summary>
    public const string Syntax = "SC0801";

    /// <summary>A term starts with a wildcard.</summary>
    public const string LeadingWildcard = "SC0802";

    /// <summary>The query expands to too many terms.</summary>
    public const string TooManyTerms = "SC0803";

    /// <summary>The query is too long.</summary>
    public const string TooLong = "SC0804";

    /// <summary>A requirement query could not be read.</summary>
    public const string Requirement = "SC0805";

    /// <summary>A filter value is not valid (date, level, top).</summary>
    public const string Filter = "SC0806";

    /// <summary>Another process is writing the index.</summary>
    public const string Locked = "SC0807";

    /// <summary>The index is missing or unreadable.</summary>
    public const string IndexMissing = "SC0808";
}

namespace StdCompare.Search;

/// <summary>A problem with a user's query or with the index that a user can act on: one clear line, a stable code.</summary>
public sealed class SearchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SearchException(string code, string message, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
    }

    /// <summary>Creates the exception (for serializers and tools).</summary>
    public SearchException()
        : this(SearchErrorCodes.Syntax, "search failed")
    {
    }

    /// <summary>Creates the exception (for serializers and tools).</summary>
    public SearchException(string message)
        : this(SearchErrorCodes.Syntax, message)
    {
    }

    /// <summary>Creates the exception (for serializers and tools).</summary>
    public SearchException(string message, Exception inner)
        : this(SearchErrorCodes.Syntax, message, inner)
    {
    }

    /// <summary>A stable code (<see cref="SearchErrorCodes"/>).</summary>
    public string Code { get; }
}

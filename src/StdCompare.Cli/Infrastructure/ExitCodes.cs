namespace StdCompare.Cli.Infrastructure;

/// <summary>The exit statuses of <c>stdcompare</c>.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked was done.</summary>
    public const int Ok = 0;

    /// <summary>An input could not be read (missing, empty, binary, undecodable, no text …); other inputs were still processed.</summary>
    public const int InputError = 1;

    /// <summary>The command line was wrong.</summary>
    public const int UsageError = 2;

    /// <summary>A check ran and found problems (corpus check, eval below target).</summary>
    public const int CheckFailed = 3;

    /// <summary>A bug: an unexpected exception. Set STDCOMPARE_DEBUG=1 for the stack trace.</summary>
    public const int InternalError = 70;
}

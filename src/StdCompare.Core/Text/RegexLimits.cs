namespace StdCompare;

/// <summary>
/// The match timeout of every regular expression StdCompare runs on input. The patterns are linear, so a
/// timeout only fires on a starved machine; it is generous so that load never turns into a failed read,
/// and still bounds a pathological input. Readers turn a timeout into a diagnostic, never a crash.
/// </summary>
public static class RegexLimits
{
    /// <summary>Match timeout in milliseconds.</summary>
    public const int TimeoutMilliseconds = 5_000;

    /// <summary>Match timeout.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(TimeoutMilliseconds);
}

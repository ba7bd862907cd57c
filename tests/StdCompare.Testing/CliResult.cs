namespace StdCompare.Testing;

/// <summary>What a run of the <c>stdcompare</c> program gave.</summary>
/// <param name="ExitCode">The exit status.</param>
/// <param name="Stdout">Standard output, line ends as <c>\n</c>.</param>
/// <param name="Stderr">Standard error, line ends as <c>\n</c>.</param>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The non-empty lines of standard error.</summary>
    public IReadOnlyList<string> StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>For assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

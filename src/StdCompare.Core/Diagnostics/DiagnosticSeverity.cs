namespace StdCompare.Diagnostics;

/// <summary>How serious a problem found in input is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Worth knowing; the result is complete.</summary>
    Info,

    /// <summary>Something was read with a guess or dropped; the rest is complete.</summary>
    Warning,

    /// <summary>The input, or part of it, could not be read.</summary>
    Error,
}

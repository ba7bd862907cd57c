namespace StdCompare.Diagnostics;

/// <summary>A problem found in input: data, not an exception.</summary>
/// <param name="Code">A stable code (see <see cref="DiagnosticCodes"/>).</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">One clear sentence for a person.</param>
/// <param name="File">The file it concerns, as the user named it, or empty.</param>
/// <param name="Location">Where in the file.</param>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    string File = "",
    SourceLocation Location = default)
{
    /// <summary>Creates an error.</summary>
    public static Diagnostic Error(string code, string message, string file = "", SourceLocation location = default)
        => new(code, DiagnosticSeverity.Error, message, file, location);

    /// <summary>Creates a warning.</summary>
    public static Diagnostic Warning(string code, string message, string file = "", SourceLocation location = default)
        => new(code, DiagnosticSeverity.Warning, message, file, location);

    /// <summary>Creates an informational note.</summary>
    public static Diagnostic Info(string code, string message, string file = "", SourceLocation location = default)
        => new(code, DiagnosticSeverity.Info, message, file, location);

    /// <summary>The one line shown to a user: <c>file:line: error SC0001: message</c>.</summary>
    public override string ToString()
    {
        var place = File;
        var where = Location.ToString();
        if (where.Length > 0)
        {
            place = place.Length > 0 ? $"{place}:{where}" : where;
        }

        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return place.Length > 0 ? $"{place}: {severity} {Code}: {Message}" : $"{severity} {Code}: {Message}";
    }
}

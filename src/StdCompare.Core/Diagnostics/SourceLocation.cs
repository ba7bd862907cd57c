using System.Globalization;

namespace StdCompare.Diagnostics;

/// <summary>Where in a source file something was found: a line (and column) in text, a page in PDF.</summary>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
/// <param name="Page">1-based page for paged input (PDF), or 0.</param>
public readonly record struct SourceLocation(int Line, int Column = 0, int Page = 0)
{
    /// <summary>No known place.</summary>
    public static SourceLocation None => default;

    /// <summary>A place on a page of a paged document.</summary>
    public static SourceLocation OnPage(int page, int line = 0) => new(line, 0, page);

    /// <summary>True when neither line nor page is known.</summary>
    public bool IsNone => Line == 0 && Page == 0;

    /// <inheritdoc />
    public override string ToString()
    {
        if (Page > 0)
        {
            return Line > 0
                ? string.Create(CultureInfo.InvariantCulture, $"page {Page}, line {Line}")
                : string.Create(CultureInfo.InvariantCulture, $"page {Page}");
        }

        if (Line == 0)
        {
            return string.Empty;
        }

        return Column > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}")
            : Line.ToString(CultureInfo.InvariantCulture);
    }
}

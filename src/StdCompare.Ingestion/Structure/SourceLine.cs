using StdCompare.Diagnostics;

namespace StdCompare.Ingestion.Structure;

/// <summary>A line of input and where it came from.</summary>
/// <param name="Text">The line as read (not yet normalised).</param>
/// <param name="Location">Its line (text, HTML) or page (PDF).</param>
/// <param name="IsTableRow">True when the reader already knows it is a table row (HTML tables); cells are split by <see cref="CellSeparator"/>.</param>
/// <param name="IsHeading">True when the source marked it as a heading (HTML h1–h6, Markdown #).</param>
public sealed record SourceLine(string Text, SourceLocation Location, bool IsTableRow = false, bool IsHeading = false)
{
    /// <summary>Separator of cells in rows that readers emit.</summary>
    public const char CellSeparator = '\u001F';
}

using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion.Encoding;
using StdCompare.Ingestion.Structure;

namespace StdCompare.Ingestion.Text;

/// <summary>Reads plain text and Markdown standards (<c>.txt</c>, <c>.md</c>) with optional YAML front matter.</summary>
public static class TextDocumentReader
{
    /// <summary>Reads decoded text.</summary>
    public static StandardDocument Read(DecodedText decoded, string file, string format, List<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (decoded.Detected && decoded.EncodingName != "utf-8")
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.EncodingDetected, $"read as {decoded.EncodingName} (detected; no BOM or declaration)", file));
        }

        var lines = SplitLines(decoded.Text, file, diagnostics);
        var (metadata, bodyStart) = FrontMatterSplitter.Split(lines, file, diagnostics);
        var body = lines.Skip(bodyStart).ToList();
        var result = StructureParser.Parse(body, metadata, file, diagnostics, cancellationToken);
        return new StandardDocument
        {
            Metadata = result.Metadata,
            Clauses = result.Clauses,
            Diagnostics = [.. diagnostics],
            SourcePath = file,
            Format = format,
        };
    }

    internal static List<SourceLine> SplitLines(string text, string file, List<Diagnostic> diagnostics)
    {
        var lines = new List<SourceLine>();
        var n = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            n++;
            if (lines.Count >= ReaderLimits.MaxLines)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FileTooLarge, $"only the first {ReaderLimits.MaxLines} lines were read", file, new SourceLocation(n)));
                break;
            }

            lines.Add(new SourceLine(line.ToString(), new SourceLocation(n)));
        }

        return lines;
    }
}

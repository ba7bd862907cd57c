using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion.Structure;
using StdCompare.Ingestion.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace StdCompare.Ingestion.Pdf;

/// <summary>
/// Reads PDF files that have a text layer (PdfPig): text in reading order, pages as source locations,
/// running headers, footers and page numbers removed. A PDF without text (a scan) is reported as such.
/// </summary>
public static class PdfDocumentReader
{
    /// <summary>Reads a PDF's bytes.</summary>
    public static StandardDocument? Read(byte[] bytes, string file, List<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var pages = new List<IReadOnlyList<string>>();
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var count = Math.Min(pdf.NumberOfPages, ReaderLimits.MaxPdfPages);
            if (pdf.NumberOfPages > ReaderLimits.MaxPdfPages)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FileTooLarge, $"only the first {ReaderLimits.MaxPdfPages} of {pdf.NumberOfPages} pages were read", file));
            }

            for (var p = 1; p <= count; p++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = pdf.GetPage(p);
                var text = ContentOrderTextExtractor.GetText(page);
                pages.Add(text.Split('\n').Select(l => l.TrimEnd('\r')).ToList());
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PdfUnreadable, $"the PDF could not be opened: {e.Message}", file));
            return null;
        }

        if (pages.All(p => p.All(l => l.Trim().Length == 0)))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PdfNoText, pages.Count == 0
                ? "the PDF has no pages"
                : $"the PDF has no text layer ({pages.Count} page(s) of images, a scan?); run OCR on it first", file));
            return null;
        }

        var running = RunningLines.Find(pages);
        var lines = new List<SourceLine>();
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var nonEmpty = page.Where(l => l.Trim().Length > 0).ToList();
            for (var i = 0; i < nonEmpty.Count; i++)
            {
                if (RunningLines.IsRunning(nonEmpty[i], i, nonEmpty.Count, running))
                {
                    continue;
                }

                lines.Add(new SourceLine(nonEmpty[i], SourceLocation.OnPage(p + 1, i + 1)));
            }
        }

        var (metadata, bodyStart) = FrontMatterSplitter.Split(lines, file, diagnostics);
        var result = StructureParser.Parse(lines.Skip(bodyStart).ToList(), metadata, file, diagnostics, cancellationToken);
        return new StandardDocument
        {
            Metadata = result.Metadata,
            Clauses = result.Clauses,
            Diagnostics = [.. diagnostics],
            SourcePath = file,
            Format = "pdf",
        };
    }
}

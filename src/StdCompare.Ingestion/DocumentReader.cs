using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion.Encoding;
using StdCompare.Ingestion.Html;
using StdCompare.Ingestion.Pdf;
using StdCompare.Ingestion.Text;

namespace StdCompare.Ingestion;

/// <summary>
/// Reads standard documents from files of any supported format. Never throws for bad input: every problem
/// becomes a diagnostic naming the file and the reason, and a batch goes on with the other files.
/// </summary>
public static class DocumentReader
{
    /// <summary>Extensions read as plain text.</summary>
    public static readonly IReadOnlySet<string> TextExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", "" };

    /// <summary>Extensions read as Markdown (structure as text).</summary>
    public static readonly IReadOnlySet<string> MarkdownExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown" };

    /// <summary>Extensions read as HTML.</summary>
    public static readonly IReadOnlySet<string> HtmlExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".html", ".htm", ".xhtml" };

    /// <summary>Extensions read as PDF.</summary>
    public static readonly IReadOnlySet<string> PdfExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".pdf" };

    /// <summary>True when the file's extension is one a reader handles.</summary>
    public static bool IsSupported(string path)
    {
        var ext = Path.GetExtension(path);
        return TextExtensions.Contains(ext) || MarkdownExtensions.Contains(ext) || HtmlExtensions.Contains(ext) || PdfExtensions.Contains(ext);
    }

    /// <summary>Reads one file. <paramref name="displayPath"/> is how messages name it (defaults to the path).</summary>
    public static ReadResult Read(string path, string? displayPath = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = displayPath ?? path;
        if (Directory.Exists(path))
        {
            return ReadResult.Failed(name, DiagnosticCodes.IsDirectory, "is a folder, not a file");
        }

        if (!File.Exists(path))
        {
            return ReadResult.Failed(name, DiagnosticCodes.FileNotFound, "no such file");
        }

        var ext = Path.GetExtension(path);
        if (!IsSupported(path))
        {
            return ReadResult.Failed(name, DiagnosticCodes.UnsupportedFormat, $"'{ext}' files are not supported (use .txt, .md, .html or .pdf)");
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > ReaderLimits.MaxFileBytes)
            {
                return ReadResult.Failed(name, DiagnosticCodes.FileTooLarge, $"is {length / (1024 * 1024)} MB, over the limit of {ReaderLimits.MaxFileBytes / (1024 * 1024)} MB");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failed(name, DiagnosticCodes.ReadFailed, $"cannot be read: {e.Message}");
        }

        return ReadBytes(bytes, name, ext, cancellationToken);
    }

    /// <summary>Reads a file's bytes; <paramref name="extension"/> chooses the reader.</summary>
    public static ReadResult ReadBytes(byte[] bytes, string name, string extension, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > ReaderLimits.MaxFileBytes)
        {
            return ReadResult.Failed(name, DiagnosticCodes.FileTooLarge, $"is {bytes.Length / (1024 * 1024)} MB, over the limit of {ReaderLimits.MaxFileBytes / (1024 * 1024)} MB");
        }

        if (bytes.AsSpan().Trim(" \t\r\n\f\v"u8).IsEmpty || (bytes.Length <= 3 && bytes is [0xEF, 0xBB, 0xBF]))
        {
            return ReadResult.Failed(name, DiagnosticCodes.EmptyFile, "is empty");
        }

        var diagnostics = new List<Diagnostic>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ReaderLimits.MaxReadTime);
        try
        {
            StandardDocument? document;
            if (PdfExtensions.Contains(extension))
            {
                if (!bytes.AsSpan().StartsWith("%PDF"u8) && bytes.AsSpan(0, Math.Min(1024, bytes.Length)).IndexOf("%PDF"u8) < 0)
                {
                    return ReadResult.Failed(name, DiagnosticCodes.PdfUnreadable, "is not a PDF file (no %PDF header)");
                }

                document = PdfDocumentReader.Read(bytes, name, diagnostics, timeout.Token);
            }
            else
            {
                if (TextDecoder.LooksBinary(bytes))
                {
                    return ReadResult.Failed(name, DiagnosticCodes.BinaryFile, "holds binary data, not text");
                }

                if (HtmlExtensions.Contains(extension))
                {
                    document = HtmlDocumentReader.Read(bytes, name, diagnostics, timeout.Token);
                }
                else
                {
                    var decoded = TextDecoder.Decode(bytes);
                    if (decoded is null)
                    {
                        return ReadResult.Failed(name, DiagnosticCodes.Undecodable, "bytes are not valid UTF-8, UTF-16 or GB18030 text");
                    }

                    document = TextDocumentReader.Read(decoded, name, MarkdownExtensions.Contains(extension) ? "markdown" : "text", diagnostics, timeout.Token);
                }
            }

            if (document is not null && document.Clauses.IsEmpty)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EmptyFile, "has no text after its front matter", name));
                return new ReadResult(name, null, [.. diagnostics]);
            }

            return new ReadResult(name, document, [.. diagnostics]);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return ReadResult.Failed(name, DiagnosticCodes.Timeout, $"a pattern took longer than {RegexLimits.TimeoutMilliseconds / 1000} s on one line; the file was abandoned");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ReadResult.Failed(name, DiagnosticCodes.Timeout, $"took longer than {ReaderLimits.MaxReadTime.TotalSeconds:0} s to read; it was abandoned");
        }
    }
}

using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion.Encoding;
using StdCompare.Ingestion.Structure;
using StdCompare.Ingestion.Text;

namespace StdCompare.Ingestion.Html;

/// <summary>
/// Reads HTML pages as saved from standards platforms (AngleSharp). Encoding from BOM, declared charset or
/// detection; GB2312/GBK/GB18030 pages with a wrong or missing declaration read correctly.
/// </summary>
public static partial class HtmlDocumentReader
{
    /// <summary>Bytes searched for a charset declaration, as browsers do.</summary>
    public const int CharsetProbeBytes = 4096;

    /// <summary>Decodes and reads an HTML file's bytes.</summary>
    public static StandardDocument? Read(byte[] bytes, string file, List<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var declared = DeclaredCharset(bytes);
        var decoded = TextDecoder.Decode(bytes, declared);
        if (decoded is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.Undecodable, declared is null
                ? "bytes are not valid UTF-8 or GB18030 and no charset is declared"
                : $"bytes are valid neither in the declared charset '{declared}' nor in UTF-8 or GB18030", file));
            return null;
        }

        if (decoded.WrongDeclaration is not null)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.EncodingMismatch, $"the page declares charset '{decoded.WrongDeclaration}' but its bytes are {decoded.EncodingName}; read as {decoded.EncodingName}", file));
        }
        else if (decoded.Detected && decoded.EncodingName != "utf-8")
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.EncodingDetected, $"no charset declared; read as {decoded.EncodingName} (detected)", file));
        }

        return ReadText(decoded.Text, file, diagnostics, cancellationToken);
    }

    /// <summary>Reads HTML already decoded to text.</summary>
    public static StandardDocument? ReadText(string html, string file, List<Diagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = 0;
        var firstError = "";
        var firstErrorLine = 0;
        var lastError = "";
        var lastErrorLine = 0;
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        parser.Error += (_, e) =>
        {
            if (e is HtmlErrorEvent he)
            {
                if (errors++ == 0)
                {
                    firstError = he.Message;
                    firstErrorLine = he.Position.Line;
                }

                lastError = he.Message;
                lastErrorLine = he.Position.Line;
            }
        };
        var document = parser.ParseDocument(html);
        cancellationToken.ThrowIfCancellationRequested();
        var diagnosticsBefore = diagnostics.Count;
        var malformed = errors > 0 && LooksBroken(html);

        var body = document.Body;
        if (body is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EmptyFile, "the page has no body text", file));
            return null;
        }

        // Front matter kept in a <pre> at the top of the page.
        var lines = new List<SourceLine>();
        var pre = body.QuerySelector("pre.front-matter") ?? body.QuerySelectorAll("pre").FirstOrDefault(p => p.TextContent.TrimStart().StartsWith("---", StringComparison.Ordinal));
        if (pre is not null)
        {
            var n = pre.SourceReference?.Position.Line ?? 0;
            foreach (var l in pre.TextContent.Trim().Split('\n'))
            {
                lines.Add(new SourceLine(l, new SourceLocation(n++)));
            }

            pre.Remove();
        }

        lines.AddRange(HtmlLineExtractor.Extract(body));
        if (!lines.Any(l => l.Text.Trim().Length > 0))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EmptyFile, malformed
                ? $"the page has no readable text (malformed HTML, {errors} parse errors; last: {lastError})"
                : "the page has no readable text", file));
            return null;
        }

        var (metadata, bodyStart) = FrontMatterSplitter.Split(lines, file, diagnostics);
        var result = StructureParser.Parse(lines.Skip(bodyStart).ToList(), metadata, file, diagnostics, cancellationToken);
        if (malformed && diagnostics.Skip(diagnosticsBefore).Any(d => d.Code == DiagnosticCodes.NoClauses))
        {
            // Broken markup and no clause in what could be read: not a standard, whatever fragments survived.
            diagnostics.RemoveRange(diagnosticsBefore, diagnostics.Count - diagnosticsBefore);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MalformedHtml, $"malformed HTML with no clauses in it ({errors} parse errors; last: {lastError})", file, new SourceLocation(lastErrorLine)));
            return null;
        }

        if (malformed)
        {
            // Reported only for a page that was read: a page that was not gets one error, not a warning too.
            diagnostics.Insert(diagnosticsBefore, Diagnostic.Warning(DiagnosticCodes.MalformedHtml, $"malformed HTML ({errors} parse errors; first: {firstError}); read as far as possible", file, new SourceLocation(firstErrorLine)));
        }

        // The cover lines name the title as printed; the page's <title> (often with the site's name) is the fallback.
        var resultMetadata = result.Metadata;
        if (resultMetadata.Title.Length == 0 && document.Title is { Length: > 0 } pageTitle)
        {
            resultMetadata = resultMetadata with { Title = pageTitle.Trim() };
        }

        return new StandardDocument
        {
            Metadata = resultMetadata,
            Clauses = result.Clauses,
            Diagnostics = [.. diagnostics],
            SourcePath = file,
            Format = "html",
        };
    }

    /// <summary>The charset a page declares in its first bytes (<c>&lt;meta charset&gt;</c> or http-equiv), or null.</summary>
    public static string? DeclaredCharset(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var head = System.Text.Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, CharsetProbeBytes));
        var m = MetaCharset().Match(head);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    /// <summary>Parse errors that a browser shrugs off (a missing doctype) are not worth a warning.</summary>
    private static bool LooksBroken(string html)
    {
        var opens = OpenTag().Matches(html).Count;
        var closes = CloseTag().Matches(html).Count;
        return closes < opens / 3 || html.Count(c => c == '<') != html.Count(c => c == '>');
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<cs>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"<(p|div|h[1-6]|table|tr|td|li)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex OpenTag();

    [GeneratedRegex(@"</(p|div|h[1-6]|table|tr|td|li)>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CloseTag();
}

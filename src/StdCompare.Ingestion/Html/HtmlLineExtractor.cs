using System.Text;
using AngleSharp.Dom;
using StdCompare.Diagnostics;
using StdCompare.Ingestion.Structure;

namespace StdCompare.Ingestion.Html;

/// <summary>
/// Reduces an HTML page to the lines of a standard: block elements (p, h1–h6, li, div …) become lines, tables
/// become rows, and page furniture (scripts, styles, navigation, headers, footers, forms) is dropped.
/// </summary>
internal sealed class HtmlLineExtractor
{
    /// <summary>Elements that never hold standard text.</summary>
    public static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "noscript", "template", "iframe", "header", "footer", "aside", "form", "button",
        "select", "svg", "canvas", "object", "embed", "menu", "head", "link", "meta", "title",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "body", "ul", "ol", "dl", "li", "dt", "dd", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "figure", "figcaption", "address", "center", "fieldset", "hr", "br",
        "tr", "td", "th", "thead", "tbody", "tfoot", "caption",
    };

    private readonly List<SourceLine> _lines = [];

    public static List<SourceLine> Extract(IElement body)
    {
        var extractor = new HtmlLineExtractor();
        extractor.VisitContainer(body);
        return extractor._lines;
    }

    private static bool IsDroppedByRole(IElement e)
    {
        var role = e.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "search")
        {
            return true;
        }

        var cls = e.ClassName ?? "";
        return cls.Contains("breadcrumb", StringComparison.OrdinalIgnoreCase) || cls.Contains("navbar", StringComparison.OrdinalIgnoreCase)
            || cls.Contains("sidebar", StringComparison.OrdinalIgnoreCase);
    }

    private void VisitContainer(INode parent)
    {
        var inline = new StringBuilder();
        var inlineLine = 0;
        foreach (var child in parent.ChildNodes)
        {
            if (child is IText t)
            {
                if (inline.Length == 0)
                {
                    inlineLine = LineOf(parent as IElement);
                }

                inline.Append(t.Data);
                continue;
            }

            if (child is not IElement e || Dropped.Contains(e.LocalName) || IsDroppedByRole(e))
            {
                continue;
            }

            if (e.LocalName == "br")
            {
                Flush(inline, inlineLine, false);
                continue;
            }

            if (!Blocks.Contains(e.LocalName) && !HasBlock(e))
            {
                if (inline.Length == 0)
                {
                    inlineLine = LineOf(e);
                }

                inline.Append(InlineText(e));
                continue;
            }

            Flush(inline, inlineLine, false);
            VisitBlock(e);
        }

        Flush(inline, inlineLine, false);
    }

    private void VisitBlock(IElement e)
    {
        switch (e.LocalName.ToLowerInvariant())
        {
            case "table":
                EmitTable(e);
                return;
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                foreach (var line in InlineText(e).Split('\n'))
                {
                    Emit(line, LineOf(e), heading: true);
                }

                return;
            case "pre":
                var n = LineOf(e);
                foreach (var line in e.TextContent.Split('\n'))
                {
                    Emit(line, n++, heading: false, collapse: false);
                }

                return;
            case "hr":
                return;
        }

        if (HasBlock(e))
        {
            VisitContainer(e);
            return;
        }

        foreach (var line in InlineText(e).Split('\n'))
        {
            Emit(line, LineOf(e), heading: false);
        }

        // A block ends a paragraph: text without numbered clauses is read as paragraphs p1, p2 …
        _lines.Add(new SourceLine("", new SourceLocation(LineOf(e))));
    }

    private void EmitTable(IElement table)
    {
        var caption = table.QuerySelector("caption");
        if (caption is not null)
        {
            Emit(InlineText(caption), LineOf(caption), heading: false);
        }

        foreach (var row in table.QuerySelectorAll("tr"))
        {
            if (row.Closest("table") != table)
            {
                continue;
            }

            var cells = row.Children.Where(c => c.LocalName is "td" or "th").Select(c => Collapse(InlineText(c).Replace('\n', ' '))).ToList();
            if (cells.Count == 0 || cells.All(c => c.Length == 0))
            {
                continue;
            }

            _lines.Add(new SourceLine(string.Join(SourceLine.CellSeparator, cells), new SourceLocation(LineOf(row)), IsTableRow: true));
        }

        // A blank line ends the table for the structure parser.
        _lines.Add(new SourceLine("", new SourceLocation(LineOf(table))));
    }

    private static bool HasBlock(IElement e)
        => e.Children.Any(c => (Blocks.Contains(c.LocalName) && c.LocalName != "br") || HasBlock(c));

    private static string InlineText(IElement e)
    {
        var sb = new StringBuilder();
        AppendInline(e, sb);
        return sb.ToString();
    }

    private static void AppendInline(INode node, StringBuilder sb)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    sb.Append(t.Data);
                    break;
                case IElement e when Dropped.Contains(e.LocalName):
                    break;
                case IElement { LocalName: "br" }:
                    sb.Append('\n');
                    break;
                case IElement e when e.LocalName is "p" or "div" or "li" or "tr":
                    sb.Append('\n');
                    AppendInline(e, sb);
                    sb.Append('\n');
                    break;
                case IElement e when e.LocalName is "td" or "th":
                    sb.Append(' ');
                    AppendInline(e, sb);
                    break;
                default:
                    AppendInline(child, sb);
                    break;
            }
        }
    }

    private void Flush(StringBuilder inline, int line, bool heading)
    {
        if (inline.Length > 0)
        {
            Emit(inline.ToString(), line, heading);
            inline.Clear();
        }
    }

    private void Emit(string text, int line, bool heading, bool collapse = true)
    {
        var t = collapse ? Collapse(text) : text.TrimEnd();
        if (t.Length > 0)
        {
            _lines.Add(new SourceLine(t, new SourceLocation(line), IsHeading: heading));
        }
    }

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c) && c != '\u3000')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static int LineOf(IElement? e) => e?.SourceReference?.Position.Line ?? 0;
}

using System.Globalization;
using System.Net;
using System.Text;
using StdCompare.Alignment;
using StdCompare.Contracts;

namespace StdCompare.Cli.Output;

/// <summary>A comparison as a self-contained HTML page: the two standards side by side, clause by clause.</summary>
internal static class CompareHtml
{
    private const string Style = """
        body { font-family: "Segoe UI", "Noto Sans", "Noto Sans CJK SC", Arial, sans-serif; margin: 1.5em; color: #222; }
        h1 { font-size: 1.4em; } .note { background: #fff4d6; border-left: 4px solid #e0a800; padding: .5em .8em; }
        table { border-collapse: collapse; width: 100%; table-layout: fixed; } th, td { border: 1px solid #ccc; padding: .35em .5em; vertical-align: top; }
        th { background: #f3f3f3; text-align: left; } td.id { width: 5.5em; font-family: monospace; } td.rel { width: 8em; text-align: center; }
        .equivalent { background: #e6f5e6; } .modified { background: #fff7e0; } .related { background: #eef2fb; } .left-only, .right-only { background: #fbeaea; }
        .clause + .clause { border-top: 1px dashed #ccc; margin-top: .3em; padding-top: .3em; } .heading { font-weight: 600; }
        """;

    /// <summary>Renders the comparison.</summary>
    public static string Render(ClauseAlignment alignment, CompareContract contract)
    {
        var sb = new StringBuilder();
        var title = $"{contract.Left.Id} ⟷ {contract.Right.Id}";
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        sb.Append("<h1>").Append(E(title)).Append("</h1>\n");
        if (contract.Provenance.SampleText)
        {
            sb.Append("<p class=\"note\"><strong>").Append(E(CompareProvenanceContract.SampleNote)).Append("</strong>: the corpus texts were written for StdCompare; their values are not a real standard's requirements.</p>\n");
        }

        var d = contract.Degree;
        sb.Append("<ul>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<li>LEFT: <strong>{E(contract.Left.Id)}</strong> <span lang=\"{E(contract.Left.Language)}\">{E(contract.Left.Title)}</span> ({E(contract.Left.Language)}, {contract.Left.ClauseCount} clauses)</li>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<li>RIGHT: <strong>{E(contract.Right.Id)}</strong> <span lang=\"{E(contract.Right.Language)}\">{E(contract.Right.Title)}</span> ({E(contract.Right.Language)}, {contract.Right.ClauseCount} clauses)</li>\n");
        sb.Append(CultureInfo.InvariantCulture, $"<li>Degree: <strong>{E(d.Value)}</strong> (confidence {d.Confidence:F2}, coverage {d.Coverage:P0}): {E(string.Join("; ", d.Reasons))}</li>\n");
        if (d.Declared is { } declared)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<li>Declared: adopts {E(declared.Adopts)} as {E(declared.Value)}</li>\n");
        }

        foreach (var warning in contract.Warnings ?? [])
        {
            sb.Append("<li>Warning: ").Append(E(warning)).Append("</li>\n");
        }

        sb.Append("</ul>\n<table>\n<thead><tr><th colspan=\"2\">").Append(E(contract.Left.Id)).Append("</th><th>relation</th><th colspan=\"2\">").Append(E(contract.Right.Id)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var row in CompareRows.Build(alignment))
        {
            var css = row.Relation.Replace(' ', '-');
            var relation = row.Score is { } s ? string.Create(CultureInfo.InvariantCulture, $"{row.Relation}<br>{s:F2}") : E(row.Relation);
            sb.Append("<tr class=\"").Append(css).Append("\"><td class=\"id\">").Append(E(string.Join(", ", row.Left.Select(c => c.Id)))).Append("</td><td lang=\"")
                .Append(E(contract.Left.Language)).Append("\">").Append(Cells(row.Left)).Append("</td><td class=\"rel\">").Append(relation)
                .Append("</td><td class=\"id\">").Append(E(string.Join(", ", row.Right.Select(c => c.Id)))).Append("</td><td lang=\"")
                .Append(E(contract.Right.Language)).Append("\">").Append(Cells(row.Right)).Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static string Cells(IReadOnlyList<Documents.Clause> clauses)
        => string.Concat(clauses.Select(c => "<div class=\"clause\">" + (c.Heading.Length > 0 ? "<span class=\"heading\">" + E(c.Heading) + "</span> " : "") + E(Body(c)) + "</div>"));

    private static string Body(Documents.Clause clause)
    {
        var summary = CompareRows.Summary(clause);
        return clause.Heading.Length > 0 && summary.StartsWith(clause.Heading, StringComparison.Ordinal) ? summary[clause.Heading.Length..].TrimStart(' ', '—') : summary;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

using System.Globalization;
using System.Text;
using StdCompare.Documents;
using StdCompare.Requirements;

namespace StdCompare.Cli.Output;

/// <summary>A parsed document as Markdown, for people.</summary>
public static class DocumentMarkdown
{
    /// <summary>Renders <paramref name="document"/>.</summary>
    public static string Render(StandardDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var m = document.Metadata;
        var sb = new StringBuilder();
        sb.Append("# ").Append(m.Id.Length > 0 ? m.Id : "(no designation)");
        if (m.Title.Length > 0)
        {
            sb.Append(" — ").Append(m.Title);
        }

        sb.Append("\n\n");
        if (m.Provenance == Provenance.Sample)
        {
            sb.Append("> Sample text written for the StdCompare corpus: wording and values are illustrative, not the requirements of the real standard.\n\n");
        }

        sb.Append("| field | value |\n|---|---|\n");
        Row(sb, "English title", m.TitleEn);
        Row(sb, "language", m.Language);
        Row(sb, "body", m.Body);
        Row(sb, "jurisdiction", m.Jurisdiction);
        Row(sb, "kind", m.Kind);
        Row(sb, "ICS", string.Join(", ", m.Ics));
        Row(sb, "HS", string.Join(", ", m.Hs));
        Row(sb, "industries", string.Join(", ", m.Industries));
        Row(sb, "published", m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        Row(sb, "effective", m.Effective?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        Row(sb, "withdrawn", m.Withdrawn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        Row(sb, "replaces", string.Join(", ", m.Replaces));
        Row(sb, "adopts", m.Adopts is { } a ? $"{a.Id} ({a.Degree})" : "");
        Row(sb, "provenance", m.Provenance);
        Row(sb, "clauses", document.Clauses.Length.ToString(CultureInfo.InvariantCulture));
        Row(sb, "requirements", document.Clauses.Sum(c => c.Requirements.Length).ToString(CultureInfo.InvariantCulture));
        sb.Append('\n');

        foreach (var clause in document.Clauses)
        {
            sb.Append(new string('#', Math.Min(6, clause.Level + 1))).Append(' ').Append(clause.Id);
            if (clause.Heading.Length > 0)
            {
                sb.Append(' ').Append(clause.Heading);
            }

            sb.Append("  \n*").Append(clause.Location.Page > 0 ? "page" : "line").Append(' ')
              .Append((clause.Location.Page > 0 ? clause.Location.Page : clause.Location.Line).ToString(CultureInfo.InvariantCulture)).Append("*\n\n");
            if (clause.Text.Length > 0)
            {
                sb.Append(clause.Text.Replace("\n", "  \n", StringComparison.Ordinal)).Append("\n\n");
            }

            foreach (var table in clause.Tables)
            {
                AppendTable(sb, table);
            }

            if (clause.Requirements.Length > 0)
            {
                sb.Append("Requirements:\n");
                foreach (var r in clause.Requirements)
                {
                    sb.Append("- ").Append(Describe(r)).Append('\n');
                }

                sb.Append('\n');
            }
        }

        foreach (var d in document.Diagnostics)
        {
            sb.Append("- ").Append(d).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>One requirement in words: <c>铅 ≤ 0.2 mg/kg</c>.</summary>
    public static string Describe(Requirement r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var unit = r.Unit.Symbol.Length > 0 ? " " + r.Unit.Symbol : "";
        var condition = r.Condition.Length > 0 ? $" [{r.Condition}]" : "";
        return r.Op switch
        {
            RequirementOperator.Absent => $"{r.Parameter}: not detected{condition}",
            RequirementOperator.Range => string.Create(CultureInfo.InvariantCulture, $"{r.Parameter}: {r.Min} … {r.Max}{unit}{condition}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{r.Parameter} {Symbol(r.Op)} {r.Value}{unit}{condition}"),
        };
    }

    private static string Symbol(RequirementOperator op) => op switch
    {
        RequirementOperator.LessOrEqual => "≤",
        RequirementOperator.GreaterOrEqual => "≥",
        _ => op.ToSymbol(),
    };

    private static void AppendTable(StringBuilder sb, Table table)
    {
        if (table.Rows.IsDefaultOrEmpty)
        {
            return;
        }

        var width = table.ColumnCount;
        for (var i = 0; i < table.Rows.Length; i++)
        {
            var cells = table.Rows[i].Select(Escape).Concat(Enumerable.Repeat("", width - table.Rows[i].Length));
            sb.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
            if (i == 0)
            {
                sb.Append('|').Append(string.Concat(Enumerable.Repeat("---|", width))).Append('\n');
            }
        }

        sb.Append('\n');
    }

    private static void Row(StringBuilder sb, string name, string value)
    {
        if (value.Length > 0)
        {
            sb.Append("| ").Append(name).Append(" | ").Append(Escape(value)).Append(" |\n");
        }
    }

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

using System.Globalization;
using System.Text;
using StdCompare.Alignment;
using StdCompare.Contracts;

namespace StdCompare.Cli.Output;

/// <summary>A comparison as Markdown: the two standards side by side, clause by clause.</summary>
internal static class CompareMarkdown
{
    /// <summary>Renders the comparison.</summary>
    public static string Render(ClauseAlignment alignment, CompareContract contract)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# {contract.Left.Id} ⟷ {contract.Right.Id}\n\n");
        if (contract.Provenance.SampleText)
        {
            sb.Append(CultureInfo.InvariantCulture, $"> **{CompareProvenanceContract.SampleNote}**: the corpus texts were written for StdCompare; their values are not a real standard's requirements.\n\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"- LEFT: **{contract.Left.Id}** {contract.Left.Title} ({contract.Left.Language}, {contract.Left.ClauseCount} clauses)\n");
        sb.Append(CultureInfo.InvariantCulture, $"- RIGHT: **{contract.Right.Id}** {contract.Right.Title} ({contract.Right.Language}, {contract.Right.ClauseCount} clauses)\n");
        var d = contract.Degree;
        sb.Append(CultureInfo.InvariantCulture, $"- Degree: **{d.Value}** (confidence {d.Confidence:F2}, coverage {d.Coverage:P0}): {string.Join("; ", d.Reasons)}\n");
        if (d.Declared is { } declared)
        {
            sb.Append(CultureInfo.InvariantCulture, $"- Declared: adopts {declared.Adopts} as {declared.Value}\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"- {contract.Links.Count} links; {contract.Unmatched.Left.Count} clauses only in LEFT, {contract.Unmatched.Right.Count} only in RIGHT\n");
        foreach (var warning in contract.Warnings ?? [])
        {
            sb.Append(CultureInfo.InvariantCulture, $"- Warning: {warning}\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"\n| {contract.Left.Id} | | relation | {contract.Right.Id} | |\n|---|---|---|---|---|\n");
        foreach (var row in CompareRows.Build(alignment))
        {
            var relation = row.Score is { } s ? string.Create(CultureInfo.InvariantCulture, $"{row.Relation} {s:F2}") : row.Relation;
            sb.Append("| ").Append(Ids(row.Left)).Append(" | ").Append(Texts(row.Left)).Append(" | ").Append(relation)
                .Append(" | ").Append(Ids(row.Right)).Append(" | ").Append(Texts(row.Right)).Append(" |\n");
        }

        return sb.ToString();
    }

    private static string Ids(IReadOnlyList<Documents.Clause> clauses) => string.Join(", ", clauses.Select(c => c.Id));

    private static string Texts(IReadOnlyList<Documents.Clause> clauses) => string.Join("<br>", clauses.Select(c => Escape(CompareRows.Summary(c))));

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}

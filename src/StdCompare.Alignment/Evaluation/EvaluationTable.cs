using System.Globalization;
using System.Text;

namespace StdCompare.Alignment.Evaluation;

/// <summary>Evaluation figures as Markdown tables (eval command, model card).</summary>
public static class EvaluationTable
{
    /// <summary>Per language pair and overall: P, R, F1, target.</summary>
    public static string Markdown(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder("| languages | pairs | P | R | F1 | target | |\n|---|---:|---:|---:|---:|---:|---|\n");
        foreach (var l in report.Languages)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {l.Languages} | {l.Pairs} | {l.Links.Precision:F4} | {l.Links.Recall:F4} | {l.Links.F1:F4} | {l.Target:F2} | {(l.MeetsTarget ? "met" : "MISSED")} |\n");
        }

        var o = report.Overall;
        sb.Append(CultureInfo.InvariantCulture, $"| overall | {report.Pairs.Length} | {o.Precision:F4} | {o.Recall:F4} | {o.F1:F4} | | |\n");
        return sb.ToString();
    }

    /// <summary>Per gold pair: P, R, F1, relations, degree, time.</summary>
    public static string PairsMarkdown(EvaluationReport report, bool withTimes)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder(withTimes
            ? "| pair | languages | P | R | F1 | relations right | degree (gold) | ms |\n|---|---|---:|---:|---:|---:|---|---:|\n"
            : "| pair | languages | P | R | F1 | relations right | degree (gold) |\n|---|---|---:|---:|---:|---:|---|\n");
        foreach (var p in report.Pairs)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {p.PairId} | {p.Languages} | {p.Links.Precision:F4} | {p.Links.Recall:F4} | {p.Links.F1:F4} | {p.RelationsCorrect}/{p.Links.Correct} | {p.Degree} ({p.GoldDegree}) |");
            sb.Append(withTimes ? string.Create(CultureInfo.InvariantCulture, $" {p.Milliseconds:F0} |\n") : "\n");
        }

        return sb.ToString();
    }
}

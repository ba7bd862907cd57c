using System.Text.RegularExpressions;

namespace StdCompare.Ingestion.Pdf;

/// <summary>
/// Finds running headers and footers (lines repeated at the top or bottom of many pages, digits ignored)
/// and bare page numbers, so they do not end up in clause text.
/// </summary>
internal static partial class RunningLines
{
    /// <summary>Lines at each end of a page that may be running lines.</summary>
    public const int EdgeLines = 3;

    /// <summary>Share of pages a line must repeat on to count as running.</summary>
    public const double MinShare = 0.5;

    public static HashSet<string> Find(IReadOnlyList<IReadOnlyList<string>> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in Edges(page))
            {
                var key = Key(line);
                if (key.Length > 0 && seen.Add(key))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        var threshold = Math.Max(2, (int)Math.Ceiling(pages.Count * MinShare));
        return pages.Count < 2 ? [] : counts.Where(kv => kv.Value >= threshold).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);
    }

    public static bool IsRunning(string line, int indexInPage, int pageLineCount, HashSet<string> running)
    {
        var atEdge = indexInPage < EdgeLines || indexInPage >= pageLineCount - EdgeLines;
        return atEdge && (PageNumber().IsMatch(line.Trim()) || running.Contains(Key(line)));
    }

    public static string Key(string line) => DigitRun().Replace(line.Trim(), "#");

    private static IEnumerable<string> Edges(IReadOnlyList<string> page)
    {
        var nonEmpty = page.Where(l => l.Trim().Length > 0).ToList();
        return nonEmpty.Take(EdgeLines).Concat(nonEmpty.Skip(Math.Max(EdgeLines, nonEmpty.Count - EdgeLines)));
    }

    [GeneratedRegex(@"^(?:[-—–]?\s*\d{1,4}\s*[-—–]?|(?:Page|Стр\.?|Страница|第)\s*\d+.*|\d+\s*/\s*\d+|[IVXLC]{1,6}|[ivxlc]{1,6})$", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DigitRun();
}

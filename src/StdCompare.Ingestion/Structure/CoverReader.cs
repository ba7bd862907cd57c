using System.Text.RegularExpressions;
using StdCompare.Designations;

namespace StdCompare.Ingestion.Structure;

/// <summary>Reads the designation and title from the first lines, as on a cover page.</summary>
internal static partial class CoverReader
{
    /// <summary>Cover lines inspected.</summary>
    public const int MaxCoverLines = 25;

    public static (string Id, string Title) Read(IReadOnlyList<string> lines)
    {
        var id = "";
        var title = "";
        var count = 0;
        for (var i = 0; i < lines.Count && count < MaxCoverLines; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            count++;
            if (id.Length == 0)
            {
                if (StandardId.TryFind(line, out var found, out var index, out var length) && index <= 2)
                {
                    id = found.ToString();
                    var rest = DesignationGrammarRest(line, index + length);
                    if (rest.Length > 0 && !IsJunk(rest))
                    {
                        title = rest;
                        break;
                    }
                }

                continue;
            }

            if (!IsJunk(line))
            {
                title = line;
                break;
            }
        }

        return (id, title);
    }

    private static string DesignationGrammarRest(string line, int end)
    {
        // The normalised text may be shorter than the line only by collapsed spaces; re-find the end safely.
        var normal = string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return end < normal.Length ? normal[end..].Trim(' ', '—', '-', '–', ':') : "";
    }

    private static bool IsJunk(string line)
        => Junk().IsMatch(line) || StandardId.TryFind(line, out _, out var i, out _) && i == 0;

    [GeneratedRegex(@"^(?:ICS|CCS|UDC|МКС|ОКС|ОКП|代替|替代|Replaces|Взамен|\d{4}[-.]\d{2}[-.]\d{2}|发布|实施|National Standard|中华人民共和国|吉林省地方标准|INTERNATIONAL STANDARD|МЕЖГОСУДАРСТВЕННЫЙ|НАЦИОНАЛЬНЫЙ|Издание|Edition|First edition|Second edition|Third edition|\(?\s*Reference number)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Junk();
}

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StdCompare.Documents;

namespace StdCompare.Requirements;

/// <summary>
/// Reads limits from a table: a parameter column, an optional unit column (or the unit in a header or in
/// the parameter cell), value columns whose header may say "max"/"不大于"/"не более", method columns ignored.
/// </summary>
public static partial class TableRequirementReader
{
    /// <summary>Requirements in the data rows of <paramref name="table"/>.</summary>
    public static ImmutableArray<Requirement> Read(Table table, string language)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Rows.Length < 2)
        {
            return [];
        }

        var header = table.Rows[0];
        var width = table.ColumnCount;
        var unitColumn = -1;
        var parameterColumn = 0;
        var valueColumns = new List<int>();
        for (var c = 0; c < header.Length; c++)
        {
            var h = header[c].Trim();
            if (unitColumn < 0 && StartsWithAny(h, RequirementLexicon.UnitHeaderWords))
            {
                unitColumn = c;
            }
        }

        if (header.Length > 1 && IsAny(header[0], RequirementLexicon.SerialHeaderWords))
        {
            parameterColumn = 1;
        }

        for (var c = 0; c < width; c++)
        {
            var h = c < header.Length ? header[c] : "";
            if (c == parameterColumn || c == unitColumn || c < parameterColumn || ContainsAny(h, RequirementLexicon.MethodHeaderWords)
                || IsCodeHeader(h))
            {
                continue;
            }

            valueColumns.Add(c);
        }

        var captionUnit = UnitIn(table.Caption);
        var found = ImmutableArray.CreateBuilder<Requirement>();
        for (var r = 1; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            if (parameterColumn >= row.Length)
            {
                continue;
            }

            var parameterCell = row[parameterColumn].Trim();
            var rowUnit = unitColumn >= 0 && unitColumn < row.Length && Units.TryGet(StripBrackets(row[unitColumn]), out var u) ? u : UnitIn(parameterCell);
            // GOST and GB tables often write the bound in the parameter cell: "Массовая доля серы, мг/кг, не более".
            var rowOp = TrailingOperator(ref parameterCell);
            if (rowUnit == Unit.None)
            {
                rowUnit = UnitIn(parameterCell);
            }

            var parameter = ParameterCleaner.Clean(StripUnit(parameterCell)).TrimEnd(',', '，', ' ');
            if (parameter.Length == 0)
            {
                continue;
            }

            foreach (var c in valueColumns)
            {
                if (c >= row.Length)
                {
                    continue;
                }

                var h = c < header.Length ? header[c] : "";
                var unit = rowUnit != Unit.None ? rowUnit : UnitIn(h) is { } hu && hu != Unit.None ? hu : captionUnit;
                var op = rowOp is { } ro ? ro
                    : ContainsAny(h, RequirementLexicon.LowerHeaderWords) ? RequirementOperator.GreaterOrEqual
                    : ContainsAny(h, RequirementLexicon.UpperHeaderWords) ? RequirementOperator.LessOrEqual
                    : RequirementOperator.Equal;
                if (!RequirementParser.TryParseValue(row[c], language, op, unit, out var req) || req is null)
                {
                    continue;
                }

                found.Add(req with
                {
                    Parameter = parameter,
                    Condition = valueColumns.Count > 1 ? StripUnit(h).Trim() : "",
                    Source = string.Join(" | ", row),
                    Location = table.Location,
                });
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Removes a bound written at the end of a parameter cell ("…, не более", "… ≤", "…, max") and returns it.</summary>
    private static RequirementOperator? TrailingOperator(ref string cell)
    {
        var text = cell.TrimEnd(' ', ',', '，', ':', '：');
        foreach (var (word, op) in RequirementLexicon.Prefix.Concat(RequirementLexicon.Postfix))
        {
            if (text.Length > word.Length && text.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                var before = text[^(word.Length + 1)];
                if (char.IsLetter(word[0]) && word[0] < '\u1100' && char.IsLetter(before))
                {
                    continue;
                }

                cell = text[..^word.Length].TrimEnd(' ', ',', '，', '/', '(', '（');
                return op;
            }
        }

        return null;
    }

    /// <summary>A unit written in brackets or after a comma/slash in a header or parameter cell.</summary>
    internal static Unit UnitIn(string text)
    {
        foreach (Match m in BracketedUnit().Matches(text))
        {
            if (Units.TryGet(m.Groups["u"].Value.Trim(), out var unit))
            {
                return unit;
            }
        }

        return Unit.None;
    }

    private static string StripUnit(string text)
    {
        foreach (Match m in BracketedUnit().Matches(text))
        {
            if (Units.TryGet(m.Groups["u"].Value.Trim(), out _))
            {
                return text.Remove(m.Index, m.Length).Trim();
            }
        }

        return text;
    }

    private static string StripBrackets(string s) => s.Trim().Trim('(', ')', '（', '）', '[', ']');

    private static bool StartsWithAny(string text, string[] words)
        => words.Any(w => text.StartsWith(w, StringComparison.OrdinalIgnoreCase));

    private static bool ContainsAny(string text, string[] words)
        => words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>A header that names a column of codes (<c>食品分类号</c>, <c>INS No.</c>, <c>Код ТН ВЭД</c>).</summary>
    private static bool IsCodeHeader(string header)
    {
        if (ContainsAny(header, RequirementLexicon.CodeHeaderParts))
        {
            return true;
        }

        foreach (var word in header.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsAny(word, RequirementLexicon.CodeHeaderWords))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] WordSeparators = [' ', '.', ',', '(', ')', '（', '）', '/', '-', ':', '\u00A0'];

    private static bool IsAny(string text, string[] words)
        => words.Any(w => string.Equals(text.Trim(), w, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?:[(\[（](?<u>[^()\[\]（）]{1,16})[)\]）]|[,，/]\s*(?<u>[^,，()]{1,12})$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex BracketedUnit();
}

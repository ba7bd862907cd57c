using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using StdCompare.Designations;
using StdCompare.Diagnostics;

namespace StdCompare.Requirements;

/// <summary>
/// Finds requirements (<c>parameter op value unit</c>) in clause text: <c>铅 ≤0.2 mg/kg</c>,
/// <c>不大于 0.5</c>, <c>не более 10 мг/кг</c>, <c>0.01 ppm 이하</c>, <c>max. 10</c>, <c>(20±2) ℃</c>,
/// <c>5～10</c>, <c>不得检出</c>. Text is expected normalised (<see cref="TextNormalizer"/>).
/// </summary>
public static partial class RequirementParser
{
    /// <summary>The phrases of absence, longest first (a longer phrase takes its text before a shorter one inside it).</summary>
    private static readonly string[] AbsentLongestFirst = [.. RequirementLexicon.Absent.OrderByDescending(p => p.Length)];

    /// <summary><see cref="AbsentLongestFirst"/> upper-cased, as searched for in upper-cased text.</summary>
    private static readonly string[] AbsentUpper = [.. AbsentLongestFirst.Select(p => p.ToUpperInvariant())];

    /// <summary>Longest parameter phrase kept, in characters, but for a word the cut falls in (<see cref="MaxParameterWordOverrun"/>).</summary>
    public const int MaxParameterLength = 60;

    /// <summary>
    /// How far before the cut at <see cref="MaxParameterLength"/> the word the cut falls in may start and still be
    /// kept whole; a longer word is dropped. A parameter never starts inside a word.
    /// </summary>
    public const int MaxParameterWordOverrun = 20;

    /// <summary>Longest text scanned for requirements, in characters (longer clause text is cut).</summary>
    public const int MaxTextLength = 200_000;

    /// <summary>Requirements in a piece of text.</summary>
    public static ImmutableArray<Requirement> Parse(string text, string language = "", SourceLocation location = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxTextLength)
        {
            text = text[..MaxTextLength];
        }

        var masked = MaskDesignations(text);
        var found = ImmutableArray.CreateBuilder<Requirement>();
        var consumedTo = 0;
        foreach (Match m in NumberReader.Number().Matches(masked))
        {
            if (m.Index < consumedTo)
            {
                continue;
            }

            if (TryReadAt(text, masked, m, language, location, consumedTo, out var requirement, out var end))
            {
                found.Add(requirement);
                consumedTo = end;
            }
        }

        foreach (var (index, phrase) in FindAbsentPhrases(text))
        {
            var parameter = ParameterBefore(text, index, 0);
            if (parameter.Length == 0)
            {
                // "…, сальмонеллы, не допускаются": a comma that only separates the parameter from the phrase.
                var before = index;
                while (before > 0 && text[before - 1] is ' ' or ',')
                {
                    before--;
                }

                parameter = before < index ? ParameterBefore(text, before, 0) : "";
            }

            if (parameter.Length == 0)
            {
                continue;
            }

            found.Add(new Requirement
            {
                Parameter = parameter,
                Op = RequirementOperator.Absent,
                Source = text.Substring(Math.Max(0, index - parameter.Length - 1), Math.Min(text.Length - Math.Max(0, index - parameter.Length - 1), parameter.Length + phrase.Length + 1)).Trim(),
                Location = location,
            });
        }

        return found.ToImmutable();
    }

    /// <summary>
    /// Reads a single value expression such as a table cell: <c>≤0.2</c>, <c>不得检出</c>, <c>0.01 이하</c>,
    /// <c>5～10</c>, <c>12</c>. <paramref name="defaultOp"/> applies to a bare number.
    /// </summary>
    public static bool TryParseValue(string cell, string language, RequirementOperator defaultOp, Unit defaultUnit, out Requirement? requirement)
    {
        ArgumentNullException.ThrowIfNull(cell);
        requirement = null;
        var text = cell.Trim();
        if (text.Length == 0 || text is "—" or "-" or "/" or "–" or "——" or "…")
        {
            return false;
        }

        foreach (var phrase in RequirementLexicon.Absent)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                requirement = new Requirement { Parameter = "", Op = RequirementOperator.Absent, Source = text };
                return true;
            }
        }

        var masked = MaskDesignations(text);
        var m = NumberReader.Number().Match(masked);
        if (m.Success && IsAmount(masked, m))
        {
            // "1 мл-т 100 КҮН-ээс ихгүй": the value is the number after the amount.
            m = m.NextMatch();
        }

        if (!m.Success)
        {
            return false;
        }

        if (TryReadAt(text, masked, m, language, default, 0, out var r, out _, requireOperator: false))
        {
            // A bare number takes the bound of its column or row; an explicit '=' keeps equality.
            var op = r.Op == RequirementOperator.Equal && !text.Contains('=', StringComparison.Ordinal) ? defaultOp : r.Op;

            requirement = r with
            {
                Op = op,
                Unit = r.Unit == Unit.None ? defaultUnit : r.Unit,
                Source = text,
            };
            return true;
        }

        return false;
    }

    private static bool TryReadAt(
        string text,
        string masked,
        Match number,
        string language,
        SourceLocation location,
        int floor,
        out Requirement requirement,
        out int end,
        bool requireOperator = true)
    {
        requirement = null!;
        end = number.Index + number.Length;
        if (!NumberReader.TryRead(number, language, out var value))
        {
            return false;
        }

        var start = number.Index;
        var pos = end;

        // (20±2) ℃ : a tolerance.
        var tolerance = Tolerance().Match(masked, start > 0 && masked[start - 1] == '(' ? start - 1 : start);
        if (tolerance.Success && tolerance.Index <= start && tolerance.Index >= start - 1
            && NumberReader.TryReadMantissa(tolerance.Groups["b"].Value, language, out var plusMinus))
        {
            pos = tolerance.Index + tolerance.Length;
            var tolUnit = ReadUnit(text, ref pos);
            var from = tolerance.Index;
            requirement = new Requirement
            {
                Parameter = ParameterBefore(text, from, floor),
                Op = RequirementOperator.Range,
                Value = value,
                Min = value - plusMinus,
                Max = value + plusMinus,
                Unit = tolUnit,
                Source = text[from..pos].Trim(),
                Location = location,
            };
            end = pos;
            return true;
        }

        var unit = ReadUnit(text, ref pos);

        // 1 мл-т 100 КҮН-ээс ихгүй: an amount before the value belongs to the expression, and makes a count's unit.
        var amount = AmountBefore(text, floor, start);
        var valueStart = amount.Success ? amount.Index : start;
        if (unit == Unit.None)
        {
            unit = ReadCount(text, amount, ref pos);
        }

        // 5～10 mg/kg, 5 to 10 mg/kg, от 5 до 10: a range.
        var afterUnit = pos;
        var between = StartOfRangeWord(text, start) < start && !StartsWithAny(text, StartOfRangeWord(text, start), "from", "от", "từ", "从");
        if (TryReadRangeEnd(text, masked, ref pos, language, between, out var upper, out var upperUnit) && upper > value)
        {
            var rangeUnit = upperUnit != Unit.None ? upperUnit : unit;
            if (rangeUnit != Unit.None || !requireOperator)
            {
                var from = StartOfRangeWord(text, start);
                requirement = new Requirement
                {
                    Parameter = ParameterBefore(text, from, floor),
                    Op = RequirementOperator.Range,
                    Value = (value + upper) / 2,
                    Min = value,
                    Max = upper,
                    Unit = rangeUnit,
                    Source = text[from..pos].Trim(),
                    Location = location,
                };
                end = pos;
                return true;
            }
        }

        pos = afterUnit;

        // Postfix operator: 0.01 ppm 이하, 0,1 мг/кг-аас ихгүй.
        var postfixEnd = pos;
        var postfix = ReadPostfixOperator(text, ref postfixEnd);

        // Prefix operator: ≤ 0.2, не более 10, max. 10.
        var prefixStart = valueStart;
        var prefix = ReadPrefixOperator(text, valueStart, floor, ref prefixStart);

        RequirementOperator op;
        int exprStart;
        if (prefix is { } p)
        {
            op = p;
            exprStart = prefixStart;
        }
        else if (postfix is { } q)
        {
            op = q;
            exprStart = valueStart;
            pos = postfixEnd;
        }
        else if (!requireOperator)
        {
            op = RequirementOperator.Equal;
            exprStart = valueStart;
        }
        else
        {
            return false;
        }

        requirement = new Requirement
        {
            Parameter = ParameterBefore(text, exprStart, floor),
            Op = op,
            Value = value,
            Unit = unit,
            Source = text[exprStart..pos].Trim(),
            Location = location,
        };
        end = pos;
        return true;
    }

    private static Unit ReadUnit(string text, ref int pos)
    {
        var p = pos;
        while (p < text.Length && text[p] is ' ' or '\t')
        {
            p++;
        }

        foreach (var spelling in Units.SpellingsLongestFirst)
        {
            if (p + spelling.Length > text.Length || string.CompareOrdinal(text, p, spelling, 0, spelling.Length) != 0)
            {
                continue;
            }

            var after = p + spelling.Length;
            // A unit ends at a letter of its own script: "ppm以下" is ppm then 以下, "mgx" is no unit.
            if (after < text.Length && IsWordChar(text[after]) && !IsCjk(text[after]) && IsWordChar(spelling[^1]) && !IsCjk(spelling[^1]))
            {
                continue;
            }

            if (Units.TryGet(spelling, out var unit))
            {
                pos = after;
                return unit;
            }
        }

        return Unit.None;
    }

    private static bool StartsWithAny(string text, int index, params string[] words)
        => words.Any(w => string.Compare(text, index, w, 0, w.Length, StringComparison.OrdinalIgnoreCase) == 0);

    /// <summary>Reads the upper end of a range; "and" (и, và) joins only after "between" (между).</summary>
    private static bool TryReadRangeEnd(string text, string masked, ref int pos, string language, bool afterBetween, out double upper, out Unit unit)
    {
        upper = 0;
        unit = Unit.None;
        var p = pos;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        foreach (var joiner in afterBetween ? RequirementLexicon.RangeJoiners.Concat(RequirementLexicon.BetweenJoiners) : RequirementLexicon.RangeJoiners)
        {
            if (p + joiner.Length > text.Length || string.Compare(text, p, joiner, 0, joiner.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            var q = p + joiner.Length;
            if (joiner.Length > 1 && char.IsLetter(joiner[0]) && q < text.Length && char.IsLetter(text[q]))
            {
                continue;
            }

            while (q < text.Length && text[q] == ' ')
            {
                q++;
            }

            var m = NumberReader.Number().Match(masked, q);
            if (!m.Success || m.Index != q || !NumberReader.TryRead(m, language, out upper))
            {
                return false;
            }

            var e = m.Index + m.Length;
            unit = ReadUnit(text, ref e);
            pos = e;
            return true;
        }

        return false;
    }

    private static int StartOfRangeWord(string text, int start)
    {
        foreach (var word in (string[])["от ", "from ", "between ", "между ", "từ ", "从"])
        {
            var s = start;
            while (s > 0 && text[s - 1] == ' ')
            {
                s--;
            }

            if (s >= word.TrimEnd().Length && string.Compare(text, s - word.TrimEnd().Length, word.TrimEnd(), 0, word.TrimEnd().Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return s - word.TrimEnd().Length;
            }
        }

        return start;
    }

    private static RequirementOperator? ReadPostfixOperator(string text, ref int pos)
    {
        var p = pos;
        while (p < text.Length && text[p] is ' ' or '-')
        {
            p++;
        }

        // Mongolian ablative ending after a unit or number: 0,1 мг/кг-аас ихгүй, 200-гаас ихгүй.
        foreach (var suffix in RequirementLexicon.AblativeEndings)
        {
            if (p + suffix.Length <= text.Length && string.Compare(text, p, suffix, 0, suffix.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                p += suffix.Length;
                while (p < text.Length && text[p] == ' ')
                {
                    p++;
                }

                break;
            }
        }

        foreach (var (word, op) in RequirementLexicon.Postfix)
        {
            if (p + word.Length <= text.Length && string.Compare(text, p, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                var after = p + word.Length;
                if (char.IsAsciiLetter(word[^1]) && after < text.Length && char.IsLetter(text[after]))
                {
                    continue;
                }

                pos = after;
                return op;
            }
        }

        return null;
    }

    private static RequirementOperator? ReadPrefixOperator(string text, int numberStart, int floor, ref int opStart)
    {
        var p = numberStart;
        while (p > floor && text[p - 1] is ' ' or ':' or '：' or '\t')
        {
            p--;
        }

        foreach (var (word, op) in RequirementLexicon.Prefix)
        {
            var s = p - word.Length;
            if (s < floor || string.Compare(text, s, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            if (char.IsLetter(word[0]) && !IsCjk(word[0]) && s > 0 && char.IsLetter(text[s - 1]))
            {
                continue;
            }

            opStart = s;
            return op;
        }

        return null;
    }

    private static IEnumerable<(int Index, string Phrase)> FindAbsentPhrases(string text)
    {
        // The phrases are searched for in the upper-cased text with ordinal comparisons, each hit confirmed
        // case-insensitively: one pass of case mapping instead of one per phrase (most clauses are not ASCII,
        // where a case-insensitive search is slow). Upper-casing keeps the length, so positions carry over.
        var upper = text.ToUpperInvariant();
        var taken = new List<(int, int)>();
        for (var k = 0; k < AbsentLongestFirst.Length; k++)
        {
            var phrase = AbsentLongestFirst[k];
            var key = AbsentUpper[k];
            const StringComparison comparison = StringComparison.Ordinal;
            for (var i = upper.IndexOf(key, comparison); i >= 0; i = upper.IndexOf(key, i + key.Length, comparison))
            {
                if (string.Compare(text, i, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) != 0
                    || taken.Any(t => i < t.Item2 && i + phrase.Length > t.Item1))
                {
                    continue;
                }

                if (char.IsAsciiLetter(phrase[0]) && i > 0 && char.IsLetter(text[i - 1]))
                {
                    continue;
                }

                taken.Add((i, i + phrase.Length));
                yield return (i, phrase);
            }
        }
    }

    /// <summary>The phrase naming the parameter, just before <paramref name="index"/>.</summary>
    internal static string ParameterBefore(string text, int index, int floor)
    {
        var start = index;
        while (start > floor)
        {
            var c = text[start - 1];
            if (c is '\n' or '。' or '；' or ';' or '，' or '、' or '!' or '?' or '！' or '？')
            {
                break;
            }

            if (c is ',' && start < text.Length && text[start] == ' ')
            {
                break;
            }

            // After NFKC the CJK comma (，) is an ASCII comma with no space after it: it ends the parameter,
            // unless it only separates the parameter from its value ("鉛は，2.0 ppm以下").
            if (c is ',' && start < text.Length && (IsCjk(text[start]) || (start >= 2 && IsCjk(text[start - 2])))
                && !text.AsSpan(start, index - start).IsWhiteSpace())
            {
                break;
            }

            if (c == '.' && start < text.Length && text[start] == ' ' && start >= 2 && char.IsLetter(text[start - 2]) && index - start > 0)
            {
                break;
            }

            start--;
        }

        var phrase = text[start..index];
        phrase = ParameterCleaner.Clean(phrase);
        if (phrase.Length > MaxParameterLength)
        {
            phrase = ParameterCleaner.Clean(phrase[StartOfCut(phrase, phrase.Length - MaxParameterLength)..]);
        }

        return phrase;
    }

    /// <summary>
    /// Where a phrase cut at <paramref name="cut"/> starts: at the cut when it falls between words; inside a word, at
    /// the start of that word when it is at most <see cref="MaxParameterWordOverrun"/> characters back, else after it.
    /// Scripts written without spaces between words (Han, kana, Thai) are cut at any character.
    /// </summary>
    private static int StartOfCut(string phrase, int cut)
    {
        if (!IsInWord(phrase, cut - 1) || !IsInWord(phrase, cut))
        {
            return cut;
        }

        var start = cut;
        while (start > 0 && IsInWord(phrase, start - 1))
        {
            start--;
        }

        if (cut - start <= MaxParameterWordOverrun)
        {
            return start;
        }

        var end = cut;
        while (end < phrase.Length && IsInWord(phrase, end))
        {
            end++;
        }

        return end < phrase.Length ? end : cut;
    }

    /// <summary>
    /// True when the character at <paramref name="i"/> belongs to a word of a script that spaces its words: a hyphen
    /// or apostrophe between letters (<c>бутадиен-стиролын</c>) and a decimal mark between digits (<c>0,074</c>) included.
    /// </summary>
    private static bool IsInWord(string s, int i)
    {
        if (i < 0 || i >= s.Length)
        {
            return false;
        }

        var inside = i > 0 && i + 1 < s.Length;
        return IsSpacedWordChar(s[i])
            || (s[i] is '-' or '\'' or '’' && inside && IsSpacedWordChar(s[i - 1]) && IsSpacedWordChar(s[i + 1]))
            || (s[i] is ',' or '.' && inside && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 1]));
    }

    private static bool IsSpacedWordChar(char c)
        => (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            && c is not (>= '\u2E80' and <= '\uA4CF') and not (>= '\uF900' and <= '\uFAFF') and not (>= '\u0E00' and <= '\u0E7F');

    private static string MaskDesignations(string text)
    {
        if (!MightHoldDesignation().IsMatch(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        var offset = 0;
        while (offset < text.Length && StandardId.TryFind(text[offset..], out _, out var index, out var length))
        {
            // TryFind reports positions in the text as given.
            var from = offset + index;
            for (var i = from; i < Math.Min(chars.Length, from + length); i++)
            {
                chars[i] = char.IsDigit(chars[i]) ? '#' : chars[i];
            }

            offset = from + Math.Max(length, 1);
        }

        foreach (Match date in IsoDate().Matches(text))
        {
            for (var i = date.Index; i < date.Index + date.Length; i++)
            {
                chars[i] = char.IsDigit(chars[i]) ? '#' : chars[i];
            }
        }

        return new string(chars);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';

    [GeneratedRegex(@"\(?\s*(?<a>\d+(?:[.,]\d+)?)\s*(?:±|\+/-)\s*(?<b>\d+(?:[.,]\d+)?)\s*\)?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex Tolerance();

    [GeneratedRegex(@"[A-ZА-Я]{2}|มอก", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex MightHoldDesignation();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex IsoDate();
}

using System.Text.RegularExpressions;

namespace StdCompare.Requirements;

/// <summary>
/// Mongolian limits may name the amount a count is in before the value, in the locative case:
/// <c>1 мл-т 100 КҮН-ээс ихгүй</c> ("in 1 mL, not more than 100 CFU"), <c>1 г-д 1×10⁴ КҮН</c>. The amount is
/// part of the expression, not a value of its own; with a count word (<see cref="RequirementLexicon.CountWords"/>)
/// it makes the unit: КҮН in 1 мл is КҮН/мл, CFU/mL.
/// </summary>
public static partial class RequirementParser
{
    /// <summary>Units an amount in the locative is written in: <c>1 мл-т</c>, <c>1 г-д</c>, <c>1 кг-д</c>.</summary>
    private const string AmountUnitPattern = @"(?:мл|л|г|кг|см\^3|см3|дм\^3|дм3)";

    /// <summary>How far before the value an amount is looked for, in characters (<c>1000 см^3-т </c> is 12).</summary>
    private const int AmountWindow = 24;

    /// <summary>The amount in the locative just before the value at <paramref name="valueStart"/>, not before <paramref name="floor"/>.</summary>
    private static Match AmountBefore(string text, int floor, int valueStart)
    {
        var from = Math.Max(floor, valueStart - AmountWindow);
        return valueStart > from ? AmountBefore().Match(text, from, valueStart - from) : Match.Empty;
    }

    /// <summary>
    /// Reads a count word after the value: moves <paramref name="pos"/> past it and returns the unit it makes with
    /// <paramref name="amount"/> (<c>КҮН</c> in <c>1 мл</c>: CFU/mL), or <see cref="Unit.None"/> for a bare count.
    /// </summary>
    private static Unit ReadCount(string text, Match amount, ref int pos)
    {
        var p = pos;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        foreach (var word in RequirementLexicon.CountWords)
        {
            var after = p + word.Length;
            if (after > text.Length || string.Compare(text, p, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0
                || (after < text.Length && char.IsLetterOrDigit(text[after])))
            {
                continue;
            }

            pos = after;
            if (!amount.Success)
            {
                return Unit.None;
            }

            var n = amount.Groups["n"].Value;
            var spelling = text.Substring(p, word.Length) + "/" + (n == "1" ? "" : n + " ") + amount.Groups["u"].Value;
            return Units.TryGet(spelling, out var unit) ? unit : Unit.None;
        }

        return Unit.None;
    }

    /// <summary>True when the number <paramref name="m"/> is an amount in the locative followed by the value: the <c>1</c> of <c>1 мл-т 100 КҮН</c>.</summary>
    private static bool IsAmount(string text, Match m)
        => AmountAhead().Match(text, m.Index) is { Success: true } a && a.Index == m.Index;

    /// <summary>An amount in the locative just before the end of the searched text: <c>1 мл-т </c>.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,^/])(?<n>\d+)\s*(?<u>" + AmountUnitPattern + @")-[тд]\s+$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AmountBefore();

    /// <summary>An amount in the locative followed by a number: <c>1 мл-т 100</c>.</summary>
    [GeneratedRegex(@"\G\d+\s*" + AmountUnitPattern + @"-[тд]\s+(?=[-−]?\d)", RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AmountAhead();
}

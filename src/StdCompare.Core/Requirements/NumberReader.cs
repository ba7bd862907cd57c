using System.Globalization;
using System.Text.RegularExpressions;

namespace StdCompare.Requirements;

/// <summary>Reads numbers as standards write them: decimal commas, <c>5×10^4</c>, <c>10^4</c>.</summary>
internal static partial class NumberReader
{
    /// <summary>Languages whose standards write a decimal comma.</summary>
    private static readonly HashSet<string> DecimalCommaLanguages = new(StringComparer.Ordinal)
    {
        "ru", "mn", "kk", "uz", "vi", "de", "fr", "es", "it", "pt", "pl", "cs", "tr", "uk", "be", "ky", "tg", "az",
    };

    // Not inside a word or a number, but CJK text runs into numbers without spaces ("不大于13.0%"): letters
    // of scripts without case (\p{Lo}: Han, kana, Hangul) may come before, and so may a comma that is not
    // between digits (NFKC turns "鉛は，2.0" into "鉛は,2.0"). 10^n is tried first: as the second alternative
    // it would never win over the mantissa "10".
    // A minus sign is read as one (−18 ℃, 在-18℃以下, between -25 °C and 55 °C) only where it cannot be a joiner:
    // at the start, after a space, an opening bracket, an operator, a colon or comma, or a CJK character, and
    // not after a number (5 - 10 and 5-10 stay ranges; A-1, GB 5009-2016 stay joined).
    [GeneratedRegex(@"(?<![\p{L}\p{N}.^/-[\p{Lo}]])(?<!\d,)(?:10\^(?<exp2>[-−]?\d+)|(?<sign>[-−](?<=(?:^|[\s(（\[:：,，;；=<>≤≥~～\p{Lo}])[-−])(?<!\d\s*[-−]))?(?<mant>\d+(?:[.,]\d+)*)(?:\s*[×xX*·]\s*10\s*\^\s*(?<exp>[-−]?\d+))?)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexLimits.TimeoutMilliseconds)]
    internal static partial Regex Number();

    /// <summary>The value of a number match.</summary>
    internal static bool TryRead(Match m, string language, out double value)
    {
        value = 0;
        if (m.Groups["exp2"].Success)
        {
            value = Math.Pow(10, ParseInt(m.Groups["exp2"].Value));
            return true;
        }

        if (!TryReadMantissa(m.Groups["mant"].Value, language, out var mant))
        {
            return false;
        }

        if (m.Groups["sign"].Success)
        {
            mant = -mant;
        }

        value = m.Groups["exp"].Success ? mant * Math.Pow(10, ParseInt(m.Groups["exp"].Value)) : mant;
        return true;
    }

    /// <summary>Reads a plain number such as <c>0,2</c>, <c>1,000</c>, <c>12.5</c>.</summary>
    internal static bool TryReadMantissa(string text, string language, out double value)
    {
        var s = text;
        var commas = s.Count(c => c == ',');
        var dots = s.Count(c => c == '.');
        if (commas > 0)
        {
            if (commas == 1 && dots == 0 && IsDecimalComma(s, language))
            {
                s = s.Replace(',', '.');
            }
            else
            {
                s = s.Replace(",", "", StringComparison.Ordinal);
            }
        }

        if (s.Count(c => c == '.') > 1)
        {
            // 1.2.3 is a clause or version number, not a value.
            value = 0;
            return false;
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsDecimalComma(string s, string language)
    {
        var comma = s.IndexOf(',', StringComparison.Ordinal);
        var after = s.Length - comma - 1;
        return DecimalCommaLanguages.Contains(language) || after != 3 || s.StartsWith("0,", StringComparison.Ordinal);
    }

    private static int ParseInt(string s) => int.Parse(s.Replace('−', '-'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}

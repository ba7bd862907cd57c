using System.Globalization;
using System.Text.RegularExpressions;
using StdCompare.Requirements;

namespace StdCompare.Alignment.Text;

/// <summary>A number found in text, with its unit when one follows.</summary>
/// <param name="Value">The value as written.</param>
/// <param name="Unit">The unit, or null for a bare number.</param>
internal readonly record struct Quantity(double Value, Unit? Unit)
{
    /// <summary>The value in the canonical unit of its dimension (mg/kg, mg/L, °C …), or the bare value.</summary>
    public double Canonical => Unit is { } u ? u.ToCanonical(Value) : Value;

    /// <summary>The token two equal quantities share in any language: dimension and canonical value to 3 significant digits.</summary>
    public string Token => Unit is { } u
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)u.Dimension}:{Canonical:G3}")
        : string.Create(CultureInfo.InvariantCulture, $"n:{Value:G4}");
}

/// <summary>
/// Reads numbers with their units from clause text in any language: <c>0,2 мг/кг</c>, <c>≤0.01 mg/L</c>,
/// <c>10 μg/kg</c>, <c>25 ℃</c>, <c>5×10^4 CFU/g</c>. Equal quantities give equal tokens after conversion to
/// the canonical unit, so <c>10 µg/kg</c> meets <c>0.01 mg/kg</c>.
/// </summary>
internal static partial class QuantityReader
{
    /// <summary>Longest unit spelling tried after a number.</summary>
    public const int MaxUnitLength = 14;

    /// <summary>Most quantities read from one text.</summary>
    public const int MaxQuantities = 512;

    private static readonly HashSet<string> DecimalCommaLanguages = new(StringComparer.Ordinal)
    {
        "ru", "mn", "kk", "uz", "vi", "de", "fr", "es", "it", "pt", "pl", "cs", "tr", "uk", "be", "ky", "tg", "az",
    };

    // A number may follow a Han or kana character directly (不大于0.2 mg/kg), but not a Latin or Cyrillic letter (CO2, PM2.5).
    [GeneratedRegex(@"(?<![A-Za-z\u00C0-\u024F\u0400-\u052F\d.,^/])(?<mant>\d+(?:[.,]\d+)*)(?:\s*[×xX*·]\s*10\s*\^\s*(?<exp>[-−]?\d+))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, 500)]
    private static partial Regex NumberPattern();

    /// <summary>The quantities of <paramref name="text"/>.</summary>
    public static List<Quantity> Read(string text, string language)
    {
        var result = new List<Quantity>();
        if (text.Length == 0)
        {
            return result;
        }

        try
        {
            foreach (Match m in NumberPattern().Matches(text))
            {
                if (result.Count >= MaxQuantities)
                {
                    break;
                }

                if (!TryMantissa(m.Groups["mant"].Value, language, out var value))
                {
                    continue;
                }

                if (m.Groups["exp"].Success && int.TryParse(m.Groups["exp"].Value.Replace('−', '-'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exp))
                {
                    value *= Math.Pow(10, Math.Clamp(exp, -30, 30));
                }

                result.Add(new Quantity(value, UnitAfter(text, m.Index + m.Length)));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological text: keep what was read.
        }

        return result;
    }

    /// <summary>The unit spelled right after a number, if any.</summary>
    private static Unit? UnitAfter(string text, int position)
    {
        var start = position;
        if (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        if (start >= text.Length || char.IsDigit(text[start]) || char.IsWhiteSpace(text[start]) || text[start] is ',' or ';' or '|' or ')' or '(' or '）' or '（' or '，' or '、' or '。' or '.' or '-' or '～' or '~' or '—')
        {
            return null;
        }

        var max = Math.Min(MaxUnitLength, text.Length - start);
        for (var length = max; length >= 1; length--)
        {
            var last = text[start + length - 1];
            if (char.IsWhiteSpace(last))
            {
                continue;
            }

            // A Latin or Cyrillic unit must end a word: "m" is not the start of "months".
            if (start + length < text.Length && Scripts.Of(last) is Script.Latin or Script.Cyrillic && Scripts.Of(text[start + length]) is Script.Latin or Script.Cyrillic)
            {
                continue;
            }

            if (Units.TryGet(text.Substring(start, length), out var unit))
            {
                return unit;
            }
        }

        return null;
    }

    private static bool TryMantissa(string s, string language, out double value)
    {
        var commas = 0;
        var dots = 0;
        foreach (var c in s)
        {
            commas += c == ',' ? 1 : 0;
            dots += c == '.' ? 1 : 0;
        }

        if (commas > 0)
        {
            var comma = s.IndexOf(',', StringComparison.Ordinal);
            var decimalComma = commas == 1 && dots == 0
                && (DecimalCommaLanguages.Contains(language) || s.Length - comma - 1 != 3 || s.StartsWith("0,", StringComparison.Ordinal));
            s = decimalComma ? s.Replace(',', '.') : s.Replace(",", "", StringComparison.Ordinal);
        }

        if (s.Count(c => c == '.') > 1)
        {
            value = 0;
            return false;
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }
}

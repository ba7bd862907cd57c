using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StdCompare.Designations;
using StdCompare.Requirements;

namespace StdCompare.Search.Analysis;

/// <summary>
/// Finds what must survive analysis as whole tokens in any language: designations (<c>GB/T 19001—2016</c> →
/// <c>gb/t19001:2016</c>, <c>gb/t19001</c>, <c>19001</c>), quantities (<c>0.5 mg/kg</c>, <c>0,5 мг/кг</c> and
/// <c>0.5毫克/千克</c> → <c>0.5mg/kg</c>), numbers, chemical and coded names. SmartCn would split
/// <c>0.5</c> into <c>0</c> and <c>5</c>; the standard tokenizer would split <c>mg/kg</c>.
/// </summary>
public static partial class ProtectedSpans
{
    /// <summary>Longest unit spelling looked for after a number.</summary>
    public const int MaxUnitLength = 16;

    private static readonly FrozenDictionary<Dimension, Unit> CanonicalUnits = Units.All
        .Select(u => u.Dimension).Distinct().Where(d => d != Dimension.None)
        .ToFrozenDictionary(d => d, Units.Canonical);

    /// <summary>The whole-token spans of <paramref name="text"/>, in order, not overlapping.</summary>
    public static List<ProtectedSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<ProtectedSpan>();
        var pos = 0;
        while (pos < text.Length)
        {
            var m = Candidates().Match(text, pos);
            if (!m.Success)
            {
                break;
            }

            if (m.Groups["des"].Success)
            {
                if (TryParseDesignation(m.Value, out var id))
                {
                    result.Add(new ProtectedSpan(m.Index, m.Length, ProtectedKind.Designation, DesignationTerms(id)));
                    pos = m.Index + m.Length;
                }
                else
                {
                    // Not a designation after all ("EN 12 …" in running text): read on after its first letter.
                    pos = m.Index + 1;
                }

                continue;
            }

            if (m.Groups["name"].Success)
            {
                result.Add(new ProtectedSpan(m.Index, m.Length, ProtectedKind.Name, [m.Value.ToLowerInvariant()]));
                pos = m.Index + m.Length;
                continue;
            }

            var number = NormalizeNumber(m.Value);
            var end = m.Index + m.Length;
            if (TryReadUnit(text, end, out var unit, out var unitEnd))
            {
                result.Add(new ProtectedSpan(m.Index, unitEnd - m.Index, ProtectedKind.Quantity, QuantityTerms(number, unit)));
                pos = unitEnd;
            }
            else
            {
                result.Add(new ProtectedSpan(m.Index, m.Length, ProtectedKind.Number, [number]));
                pos = end;
            }
        }

        return result;
    }

    /// <summary>The terms of a designation: with its year (if any), without it, and the number alone.</summary>
    public static ImmutableArray<string> DesignationTerms(StandardId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var key = Compact(id.Key);
        var number = id.Part is null ? id.Number : id.Number + "-" + id.Part;
        var terms = ImmutableArray.CreateBuilder<string>(4);
        if (id.Year is not null)
        {
            terms.Add(key + ":" + id.Year);
        }

        terms.Add(key);
        terms.Add(number.ToLowerInvariant());
        if (id.Part is not null)
        {
            terms.Add(id.Number);
        }

        return terms.ToImmutable();
    }

    /// <summary>
    /// A standard's identity in the index: its designation normalised with its year (<c>gb/t19001:2016</c>);
    /// text that is not a designation is kept, lower case, without spaces.
    /// </summary>
    public static string Identity(string designation)
    {
        ArgumentNullException.ThrowIfNull(designation);
        if (TryParseDesignation(designation, out var id))
        {
            return DesignationTerms(id)[0];
        }

        return Compact(TextNormalizer.Normalize(designation));
    }

    /// <summary>Every form a designation is found by (<see cref="SearchFields.Designation"/>).</summary>
    public static ImmutableArray<string> DesignationForms(string designation)
    {
        ArgumentNullException.ThrowIfNull(designation);
        if (TryParseDesignation(designation, out var id))
        {
            var terms = DesignationTerms(id);
            var asWritten = Compact(TextNormalizer.Normalize(designation));
            return terms.Contains(asWritten) ? terms : terms.Add(asWritten);
        }

        return [Compact(TextNormalizer.Normalize(designation))];
    }

    /// <summary>The quantity's token (<c>0.5mg/kg</c>), the number, and the canonical form when the unit is not canonical.</summary>
    public static ImmutableArray<string> QuantityTerms(string number, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var main = number + Compact(unit.Symbol);
        if (CanonicalUnits.TryGetValue(unit.Dimension, out var canonical) && canonical != unit
            && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            var c = FormatNumber(unit.ToCanonical(value)) + Compact(canonical.Symbol);
            return [main, number, c];
        }

        return [main, number];
    }

    /// <summary>A value in invariant form with at most 10 significant digits (<c>0.1</c>, not <c>0.10000000000000001</c>).</summary>
    public static string FormatNumber(double value) => value.ToString("G10", CultureInfo.InvariantCulture);

    /// <summary><c>0,5</c> → <c>0.5</c> (one comma not followed by exactly three digits), <c>1,000</c> → <c>1000</c>.</summary>
    public static string NormalizeNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var comma = number.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return number;
        }

        if (number.IndexOf(',', comma + 1) < 0 && !number.Contains('.', StringComparison.Ordinal) && number.Length - comma - 1 != 3)
        {
            return number.Replace(',', '.');
        }

        return number.Replace(",", "", StringComparison.Ordinal);
    }

    /// <summary>
    /// <see cref="StandardId.TryParse"/>, false when its regular expression runs out of time (it has a time limit
    /// against hostile input; on a saturated machine an ordinary designation can hit it): the text is then kept as written.
    /// </summary>
    public static bool TryParseDesignation(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StandardId? id)
    {
        try
        {
            return StandardId.TryParse(text, out id);
        }
        catch (RegexMatchTimeoutException)
        {
            id = null;
            return false;
        }
    }

    /// <summary>Lower case without white space.</summary>
    public static string Compact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>Reads a unit right after a number (one space allowed between): the longest known spelling that ends at a word boundary.</summary>
    private static bool TryReadUnit(string text, int start, out Unit unit, out int end)
    {
        unit = Unit.None;
        end = start;
        var i = start;
        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var runEnd = i;
        while (runEnd < text.Length && runEnd - i < MaxUnitLength && IsUnitChar(text[runEnd]))
        {
            runEnd++;
        }

        for (var e = runEnd; e > i; e--)
        {
            if (e < text.Length && char.IsLetterOrDigit(text[e]) && char.IsLetterOrDigit(text[e - 1]) && SameScript(text[e], text[e - 1]))
            {
                continue;
            }

            if (Units.TryGet(text[i..e], out var u) && u.Dimension != Dimension.None)
            {
                unit = u;
                end = e;
                return true;
            }
        }

        return false;
    }

    private static bool IsUnitChar(char c)
        => char.IsLetter(c) || c is '%' or '°' or 'µ' or 'μ' or '/' or '^' or '(' or ')' or '·' || char.IsAsciiDigit(c);

    private static bool SameScript(char a, char b)
        => (a < 0x2E80) == (b < 0x2E80);

    // Designation prefixes mirror StdCompare.Designations (the span is then validated by StandardId.TryParse).
    [GeneratedRegex(
        @"(?<des>(?<![\p{Lu}\p{Ll}\p{N}])(?:ГОСТ(?:\s+Р)?(?:\s+(?:ИСО/МЭК|ИСО|МЭК|ЕН))?|ГОСТ\s+(?:ISO|IEC)|GOST(?:\s+R)?|ТР\s+(?:ТС|ЕАЭС)|TR\s+CU|СТ\s+РК|ST\s+RK|O['’ʻ`]z\s*DSt|ISO(?:/IEC(?:/IEEE)?|/TS|/TR|/PAS)?|IEC(?:/TS|/TR)?|EN(?:\s+ISO)?|GB/[TZ]|GB|DB\d{2}(?:/T)?|CXS|CXC|CXG|CAC/RCP|UN\s*R|UN\s+Regulation\s+No\.?|ECE\s*R|KS\s+[A-Z](?:\s+ISO)?|JIS\s+[A-Z]|JAS|MNS(?:\s+ISO)?|TCVN|TIS|มอก\.|ASTM\s+[A-Z]|[A-Z]{2,4}/T)\s*\d+(?:\.\d+)*(?:\s*[-–—:/]\s*\d+)*(?![\p{Lu}\p{Ll}\p{N}]))" +
        @"|(?<name>(?<![\p{Lu}\p{Ll}\p{N}])(?:\d+(?:,\d+)*-[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[A-Za-z]+\[[a-z]\][a-z]+|\d{2,7}-\d{2}-\d|[A-Za-z]{1,6}\d+(?:\.\d+)?[A-Za-z0-9]*)(?![\p{Lu}\p{Ll}\p{N}]))" +
        @"|(?<num>(?<![\p{Lu}\p{Ll}\p{N}.,^])\d+(?:[.,]\d+)*)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Candidates();
}

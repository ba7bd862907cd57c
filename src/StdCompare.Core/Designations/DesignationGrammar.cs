using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace StdCompare.Designations;

/// <summary>The patterns of designations of the bodies StdCompare knows.</summary>
internal static partial class DesignationGrammar
{
    /// <summary>Prefix patterns, longest first, with the body they belong to and their year separator.</summary>
    private static readonly (string Pattern, string Body, char YearSeparator)[] Prefixes =
    [
        (@"ГОСТ\s+Р\s+ИСО/МЭК", "GOST", '-'),
        (@"ГОСТ\s+Р\s+ИСО", "GOST", '-'),
        (@"ГОСТ\s+Р\s+МЭК", "GOST", '-'),
        (@"ГОСТ\s+Р\s+ЕН", "GOST", '-'),
        (@"ГОСТ\s+ISO/IEC", "GOST", '-'),
        (@"ГОСТ\s+ISO", "GOST", '-'),
        (@"ГОСТ\s+IEC", "GOST", '-'),
        (@"ГОСТ\s+Р", "GOST", '-'),
        (@"ГОСТ", "GOST", '-'),
        (@"GOST\s+R", "GOST", '-'),
        (@"GOST", "GOST", '-'),
        (@"ТР\s+ТС", "EAEU", '/'),
        (@"ТР\s+ЕАЭС", "EAEU", '/'),
        (@"TR\s+CU", "EAEU", '/'),
        (@"СТ\s+РК", "KZ", '-'),
        (@"ST\s+RK", "KZ", '-'),
        (@"O['’ʻ`]z\s*DSt", "UZ", ':'),
        (@"ISO/IEC/IEEE", "ISO", ':'),
        (@"ISO/IEC", "ISO", ':'),
        (@"ISO/TS", "ISO", ':'),
        (@"ISO/TR", "ISO", ':'),
        (@"ISO/PAS", "ISO", ':'),
        (@"ISO", "ISO", ':'),
        (@"IEC/TS", "IEC", ':'),
        (@"IEC/TR", "IEC", ':'),
        (@"IEC", "IEC", ':'),
        (@"EN\s+ISO", "CEN", ':'),
        (@"EN", "CEN", ':'),
        (@"GB/T", "SAC", '-'),
        (@"GB/Z", "SAC", '-'),
        (@"GB", "SAC", '-'),
        (@"DB\d{2}/T", "DB", '-'),
        (@"DB\d{2}", "DB", '-'),
        (@"[A-Z]{2,4}/T", "SECTOR", '-'),
        (@"CXS", "CAC", '-'),
        (@"CXC", "CAC", '-'),
        (@"CXG", "CAC", '-'),
        (@"CAC/RCP", "CAC", '-'),
        (@"UN\s*R", "UNECE", '-'),
        (@"UN\s+Regulation\s+No\.?", "UNECE", '-'),
        (@"ECE\s*R", "UNECE", '-'),
        (@"KS\s+[A-Z]\s+ISO", "KS", ':'),
        (@"KS\s+[A-Z]", "KS", ':'),
        (@"JIS\s+[A-Z]", "JIS", ':'),
        (@"JAS", "JAS", ':'),
        (@"MNS\s+ISO", "MNS", ':'),
        (@"MNS", "MNS", ':'),
        (@"TCVN\s+ISO/IEC", "VN", ':'),
        (@"TCVN\s+ISO", "VN", ':'),
        (@"TCVN", "VN", ':'),
        (@"TIS", "TH", '-'),
        (@"มอก\.", "TH", '-'),
        (@"ASTM\s+[A-Z]", "ASTM", '-'),
    ];

    private static readonly Regex Pattern = BuildPattern();

    private static Regex BuildPattern()
    {
        var prefixes = string.Join("|", Prefixes.Select((p, i) => $"(?<p{i}>{p.Pattern})"));
        // number: digits with dotted sub-numbers; parts and years follow with - : / —
        // Not inside a word, but CJK text runs into a designation without spaces ("应符合GB 2762—2022的规定"):
        // letters of scripts without case (\p{{Lo}}: Han, kana, Hangul) may touch it.
        var pattern = $@"(?<![\p{{L}}\p{{N}}-[\p{{Lo}}]])(?:{prefixes})\s*(?<num>\d+(?:\.\d+)*)(?<tail>(?:\s*[-–—:/]\s*\d+)*)(?![\p{{L}}\p{{N}}-[\p{{Lo}}]])";
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, RegexLimits.Timeout);
    }

    /// <summary>True for prefixes written without a space before the number (<c>UN R94</c>).</summary>
    internal static bool JoinsNumber(string prefix) => string.Equals(prefix, "UN R", StringComparison.Ordinal);

    internal static char YearSeparator(string prefix)
    {
        foreach (var (pattern, _, sep) in Prefixes)
        {
            if (Regex.IsMatch(prefix, "^(?:" + pattern + ")$", RegexOptions.CultureInvariant, RegexLimits.Timeout))
            {
                return sep;
            }
        }

        return '-';
    }

    internal static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out StandardId? id, out int length)
    {
        id = null;
        length = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normal = Normalise(text);
        var m = Pattern.Match(normal);
        if (!m.Success || m.Index != 0 || m.Length != normal.Length)
        {
            return false;
        }

        id = FromMatch(m);
        length = m.Length;
        return id is not null;
    }

    internal static bool TryFind(string text, [NotNullWhen(true)] out StandardId? id, out int index, out int length)
    {
        id = null;
        index = -1;
        length = 0;
        var (normal, starts, ends) = NormaliseWithOffsets(text);
        for (var m = Pattern.Match(normal); m.Success; m = m.NextMatch())
        {
            id = FromMatch(m);
            if (id is not null)
            {
                // Offsets in the text as given, not in its normal form: callers blank the designation out or read on after it.
                index = starts[m.Index];
                length = ends[m.Index + m.Length - 1] - index;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="Normalise"/> with, for each character of the normal form, where it comes from in
    /// <paramref name="text"/>: start and end (exclusive). A run of white space maps to the whole run; a character
    /// NFKC expands (㎏ → kg) maps each of its outputs to the whole source character.
    /// </summary>
    private static (string Normal, int[] Starts, int[] Ends) NormaliseWithOffsets(string text)
    {
        var normalised = text.IsNormalized(NormalizationForm.FormKC);
        var sb = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        var spaceStart = -1;
        var i = 0;
        while (i < text.Length)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var element = normalised || (width == 1 && text[i] < 0x80) ? null : text.Substring(i, width).Normalize(NormalizationForm.FormKC);
            var count = element?.Length ?? width;
            for (var k = 0; k < count; k++)
            {
                var c = element is null ? text[i + k] : element[k];
                if (char.IsWhiteSpace(c))
                {
                    if (spaceStart < 0)
                    {
                        spaceStart = i;
                    }

                    continue;
                }

                if (spaceStart >= 0 && sb.Length > 0)
                {
                    sb.Append(' ');
                    starts.Add(spaceStart);
                    ends.Add(i);
                }

                spaceStart = -1;
                sb.Append(c is '—' or '–' or '‐' or '‑' or '−' ? '-' : c);
                starts.Add(element is null ? i + k : i);
                ends.Add(element is null ? i + k + 1 : i + width);
            }

            i += width;
        }

        return (sb.ToString(), [.. starts], [.. ends]);
    }

    /// <summary>NFKC, one kind of dash, single spaces: the form patterns are written for.</summary>
    internal static string Normalise(string text)
    {
        var s = text.Normalize(NormalizationForm.FormKC).Trim();
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c is '—' or '–' or '‐' or '‑' or '−' ? '-' : c);
        }

        return sb.ToString();
    }

    private static StandardId? FromMatch(Match m)
    {
        var index = -1;
        for (var i = 0; i < Prefixes.Length; i++)
        {
            if (m.Groups["p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)].Success)
            {
                index = i;
                break;
            }
        }

        if (index < 0)
        {
            return null;
        }

        var (_, body, yearSep) = Prefixes[index];
        var rawPrefix = m.Groups["p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture)].Value;
        var prefix = NormalisePrefix(rawPrefix, body);
        if (body == "DB")
        {
            body = rawPrefix.Length >= 4 ? rawPrefix[..4] : rawPrefix;
        }

        var number = m.Groups["num"].Value;
        var tail = m.Groups["tail"].Value;
        var segments = new List<(char Sep, string Digits)>();
        foreach (Match s in TailSegment().Matches(tail))
        {
            var sep = s.Groups["sep"].Value[0];
            segments.Add((sep is '–' or '—' ? '-' : sep, s.Groups["d"].Value));
        }

        string? year = null;
        var parts = new List<string>();
        for (var i = 0; i < segments.Count; i++)
        {
            var (sep, digits) = segments[i];
            var last = i == segments.Count - 1;
            if (sep == ':' || (sep == '/' && body == "EAEU"))
            {
                year = digits;
                if (!last)
                {
                    return null;
                }

                break;
            }

            if (last && sep == '-' && IsYear(digits, yearSep == '-' || body == "UNECE" ? 2 : 4))
            {
                year = digits;
                break;
            }

            if (sep == '/')
            {
                return null;
            }

            parts.Add(digits);
        }

        if (body == "UNECE" && year is not null && year.Length != 4)
        {
            // UN R94-03 names a series of amendments, not a year.
            parts.Add(year);
            year = null;
        }

        return new StandardId(prefix, body, number, parts.Count > 0 ? string.Join("-", parts) : null, year);
    }

    private static bool IsYear(string digits, int minLength)
    {
        if (digits.Length == 4)
        {
            var y = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
            return y is >= 1900 and <= 2100 or >= 2400 and <= 2700; // 2400+: Thai Buddhist era (TIS 9901-2563)
        }

        return minLength <= 2 && digits.Length == 2;
    }

    private static string NormalisePrefix(string raw, string body)
    {
        var p = Regex.Replace(raw, @"\s+", " ", RegexOptions.CultureInvariant, RegexLimits.Timeout);
        if (body == "UNECE")
        {
            return "UN R";
        }

        if (body == "UZ")
        {
            return "O'z DSt";
        }

        return p;
    }

    [GeneratedRegex(@"\s*(?<sep>[-–—:/])\s*(?<d>\d+)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex TailSegment();
}

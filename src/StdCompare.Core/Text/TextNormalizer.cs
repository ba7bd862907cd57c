using System.Text;

namespace StdCompare;

/// <summary>
/// The one normalisation every reader applies before structure is read: NFKC (full-width digits and
/// letters, U+3000, full-width punctuation, ℃ → °C), with superscript exponents kept as <c>^n</c>
/// (NFKC would turn <c>10⁴</c> into <c>104</c> and <c>m/s²</c> into <c>m/s2</c>).
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises one line or text.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || IsStable(text))
        {
            return text;
        }

        var protectedText = ProtectSuperscripts(text);
        var nfkc = protectedText.Normalize(NormalizationForm.FormKC);
        return nfkc.IndexOf('\u00A0', StringComparison.Ordinal) >= 0 ? nfkc.Replace('\u00A0', ' ') : nfkc;
    }

    /// <summary>
    /// True when every character is one that NFKC leaves as it is and that nothing composes with: ASCII,
    /// Cyrillic letters, CJK unified ideographs, Hangul syllables (the bulk of most clauses), so the text is
    /// its own normal form without a call into ICU. A test checks each character of these ranges.
    /// </summary>
    internal static bool IsStable(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsStableChar(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsStableChar(char c)
        => c <= '\u007F'
            || c is (>= '\u0400' and <= '\u0482') or (>= '\u048A' and <= '\u04FF')
            || c is >= '\u4E00' and <= '\u9FFF'
            || c is >= '\uAC00' and <= '\uD7A3';

    private static string ProtectSuperscripts(string text)
    {
        var i = IndexOfSuperscript(text, 0);
        if (i < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        var last = 0;
        while (i >= 0)
        {
            sb.Append(text, last, i - last).Append('^');
            while (i < text.Length && Superscript(text[i]) is { } c)
            {
                sb.Append(c);
                i++;
            }

            last = i;
            i = IndexOfSuperscript(text, i);
        }

        sb.Append(text, last, text.Length - last);
        return sb.ToString();
    }

    private static int IndexOfSuperscript(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (Superscript(text[i]) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    private static char? Superscript(char c) => c switch
    {
        '⁰' => '0',
        '¹' => '1',
        '²' => '2',
        '³' => '3',
        '⁴' => '4',
        '⁵' => '5',
        '⁶' => '6',
        '⁷' => '7',
        '⁸' => '8',
        '⁹' => '9',
        '⁻' => '-',
        _ => null,
    };
}

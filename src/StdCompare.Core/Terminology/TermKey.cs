using System.Text;

namespace StdCompare.Terminology;

/// <summary>
/// The form terms and texts are compared in: NFKC, lower case, punctuation and brackets as spaces, single spaces.
/// Words of alphabetic scripts match by stem (a prefix of the term's word) so that inflected forms
/// (<c>серы</c> for <c>сера</c>, <c>свинца</c> for <c>свинец</c>, <c>residues</c> for <c>residue</c>) are found.
/// </summary>
public static class TermKey
{
    /// <summary>Words of at most this length must match whole.</summary>
    public const int WholeWordLength = 4;

    /// <summary>Most extra characters an inflected word may have beyond the stem.</summary>
    public const int MaxInflection = 4;

    /// <summary>Languages written without spaces between words: matched by substring.</summary>
    public static bool IsUnspaced(string language) => language is "zh" or "ja" or "ko" or "th";

    /// <summary>Normalises a term or text for matching.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = TextNormalizer.Normalize(text);
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var ch in s)
        {
            var c = char.ToLowerInvariant(ch);
            if (char.IsLetterOrDigit(c) || c is '.' or '\'' or '+' or '-' or '/' or 'ʻ' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                space = false;
                sb.Append(c == 'ё' ? 'е' : c);
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>The stem of a word of an alphabetic script.</summary>
    public static string Stem(string word)
        => word.Length <= WholeWordLength ? word : word[..Math.Max(3, word.Length - 2)];

    /// <summary>True when <paramref name="word"/> is an inflected form of a word with <paramref name="stem"/>.</summary>
    public static bool MatchesStem(string word, string stem, bool whole)
        => whole ? string.Equals(word, stem, StringComparison.Ordinal)
            : word.StartsWith(stem, StringComparison.Ordinal) && word.Length - stem.Length <= MaxInflection;
}

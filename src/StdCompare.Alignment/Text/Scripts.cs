namespace StdCompare.Alignment.Text;

/// <summary>The writing systems the alignment tells apart, one character at a time.</summary>
internal enum Script
{
    /// <summary>Not a letter: digits, punctuation, spaces, symbols.</summary>
    Other,

    /// <summary>Latin letters, with diacritics (English, Vietnamese, Uzbek …).</summary>
    Latin,

    /// <summary>Cyrillic letters (Russian, Mongolian, Kazakh …).</summary>
    Cyrillic,

    /// <summary>Han ideographs (Chinese, Japanese kanji).</summary>
    Han,

    /// <summary>Hiragana and katakana.</summary>
    Kana,

    /// <summary>Hangul syllables and jamo.</summary>
    Hangul,

    /// <summary>Thai.</summary>
    Thai,

    /// <summary>Any other letter.</summary>
    OtherLetter,
}

/// <summary>Character classes by script.</summary>
internal static class Scripts
{
    /// <summary>The script of a character.</summary>
    public static Script Of(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? Script.Latin : Script.Other;
        }

        if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF')
        {
            return Script.Han;
        }

        if (c is >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF')
        {
            return Script.Kana;
        }

        if (c is >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F')
        {
            return Script.Hangul;
        }

        if (c is >= '\u0400' and <= '\u052F')
        {
            return char.IsLetter(c) ? Script.Cyrillic : Script.Other;
        }

        if (c is >= '\u0E00' and <= '\u0E7F')
        {
            return char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark ? Script.Thai : Script.Other;
        }

        if (c is >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF')
        {
            return char.IsLetter(c) ? Script.Latin : Script.Other;
        }

        if (char.IsLetter(c))
        {
            return Script.OtherLetter;
        }

        // Combining marks continue the word they belong to (Vietnamese, Thai).
        return char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            ? Script.OtherLetter
            : Script.Other;
    }

    /// <summary>True for scripts written without spaces between words: runs are cut into character bigrams.</summary>
    public static bool IsUnspaced(Script script) => script is Script.Han or Script.Kana or Script.Hangul or Script.Thai;

    /// <summary>Guesses a BCP 47 language from the letters of a text, for documents that do not say theirs.</summary>
    public static string GuessLanguage(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        Span<int> counts = stackalloc int[8];
        var seen = 0;
        foreach (var text in texts)
        {
            foreach (var c in text)
            {
                counts[(int)Of(c)]++;
                if (++seen > 200_000)
                {
                    goto Done;
                }
            }
        }

    Done:
        if (counts[(int)Script.Kana] > 0 && counts[(int)Script.Kana] * 10 >= counts[(int)Script.Han])
        {
            return "ja";
        }

        var best = Script.Other;
        for (var s = Script.Latin; s <= Script.OtherLetter; s++)
        {
            if (counts[(int)s] > (best == Script.Other ? 0 : counts[(int)best]))
            {
                best = s;
            }
        }

        return best switch
        {
            Script.Han => "zh",
            Script.Hangul => "ko",
            Script.Cyrillic => "ru",
            Script.Thai => "th",
            Script.Latin => "en",
            _ => "",
        };
    }
}

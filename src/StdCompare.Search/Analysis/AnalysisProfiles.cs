using System.Collections.Immutable;
using System.Text;

namespace StdCompare.Search.Analysis;

/// <summary>Which profiles analyse a document's language, and which a query word written in some script.</summary>
public static class AnalysisProfiles
{
    /// <summary>Every profile, in field order.</summary>
    public static readonly ImmutableArray<AnalysisProfile> All =
        [AnalysisProfile.Chinese, AnalysisProfile.Bigram, AnalysisProfile.English, AnalysisProfile.Russian, AnalysisProfile.Mongolian, AnalysisProfile.General];

    private static readonly ImmutableArray<AnalysisProfile> ChineseProfiles = [AnalysisProfile.Chinese, AnalysisProfile.Bigram];
    private static readonly ImmutableArray<AnalysisProfile> BigramProfiles = [AnalysisProfile.Bigram];
    private static readonly ImmutableArray<AnalysisProfile> EnglishProfiles = [AnalysisProfile.English];
    private static readonly ImmutableArray<AnalysisProfile> RussianProfiles = [AnalysisProfile.Russian];
    private static readonly ImmutableArray<AnalysisProfile> MongolianProfiles = [AnalysisProfile.Mongolian];
    private static readonly ImmutableArray<AnalysisProfile> GeneralProfiles = [AnalysisProfile.General];

    /// <summary>The field-name part of a profile.</summary>
    public static string Name(AnalysisProfile profile) => profile switch
    {
        AnalysisProfile.Chinese => "zh",
        AnalysisProfile.Bigram => "cjk",
        AnalysisProfile.English => "en",
        AnalysisProfile.Russian => "ru",
        AnalysisProfile.Mongolian => "mn",
        AnalysisProfile.General => "gen",
        _ => throw new ArgumentOutOfRangeException(nameof(profile)),
    };

    /// <summary>The profiles a document in <paramref name="language"/> is indexed with; the first is its main one (snippets).</summary>
    public static ImmutableArray<AnalysisProfile> ForLanguage(string language) => language switch
    {
        "zh" => ChineseProfiles,
        "ja" or "ko" or "th" => BigramProfiles,
        "en" => EnglishProfiles,
        "ru" => RussianProfiles,
        "mn" => MongolianProfiles,
        _ => GeneralProfiles,
    };

    /// <summary>The languages a word of this script may be written in, most likely first.</summary>
    public static ImmutableArray<string> LanguagesOf(Script script) => script switch
    {
        Script.Han => ["zh", "ja"],
        Script.Kana => ["ja"],
        Script.Hangul => ["ko"],
        Script.Thai => ["th"],
        Script.Cyrillic => ["ru", "mn", "kk"],
        Script.Latin => ["en", "vi", "uz"],
        _ => ["en"],
    };

    /// <summary>The profiles a query word in this script is searched in.</summary>
    public static ImmutableArray<AnalysisProfile> ForScript(Script script) => script switch
    {
        Script.Han => [AnalysisProfile.Chinese, AnalysisProfile.Bigram],
        Script.Kana or Script.Hangul or Script.Thai => [AnalysisProfile.Bigram],
        Script.Cyrillic => [AnalysisProfile.Russian, AnalysisProfile.Mongolian, AnalysisProfile.General],

        // Latin words also stand in Chinese and Japanese text (Pb, Panax ginseng, HACCP).
        Script.Latin => [AnalysisProfile.English, AnalysisProfile.General, AnalysisProfile.Chinese, AnalysisProfile.Bigram],
        _ => All,
    };

    /// <summary>The main script of a piece of text: the script of most of its letters (kana wins over Han).</summary>
    public static Script ScriptOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<int> counts = stackalloc int[7];
        foreach (var rune in text.EnumerateRunes())
        {
            counts[(int)Classify(rune)]++;
        }

        if (counts[(int)Script.Kana] > 0)
        {
            return Script.Kana;
        }

        var best = Script.Other;
        var max = 0;
        for (var s = 1; s < counts.Length; s++)
        {
            if (counts[s] > max)
            {
                max = counts[s];
                best = (Script)s;
            }
        }

        return best;
    }

    /// <summary>The script of one character.</summary>
    public static Script Classify(Rune rune)
    {
        var v = rune.Value;
        if (v < 0x80)
        {
            return char.IsAsciiLetter((char)v) ? Script.Latin : Script.Other;
        }

        if (IsHan(v))
        {
            return Script.Han;
        }

        if (v is >= 0x3040 and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0xFF66 and <= 0xFF9F)
        {
            return Script.Kana;
        }

        if (v is >= 0xAC00 and <= 0xD7AF or >= 0x1100 and <= 0x11FF or >= 0x3130 and <= 0x318F)
        {
            return Script.Hangul;
        }

        if (v is >= 0x0E00 and <= 0x0E7F)
        {
            return Script.Thai;
        }

        if (v is >= 0x0400 and <= 0x052F)
        {
            return Script.Cyrillic;
        }

        return Rune.IsLetter(rune) ? Script.Latin : Script.Other;
    }

    /// <summary>True for CJK unified ideographs, extensions A–H and compatibility ideographs.</summary>
    public static bool IsHan(int codePoint)
        => codePoint is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x323AF or 0x3007;
}

/// <summary>Scripts StdCompare tells apart when it analyses a query.</summary>
public enum Script
{
    /// <summary>Digits, punctuation, symbols.</summary>
    Other,

    /// <summary>Chinese characters (also Japanese kanji).</summary>
    Han,

    /// <summary>Hiragana and katakana.</summary>
    Kana,

    /// <summary>Korean.</summary>
    Hangul,

    /// <summary>Thai.</summary>
    Thai,

    /// <summary>Russian, Mongolian, Kazakh …</summary>
    Cyrillic,

    /// <summary>Latin letters (and other alphabets).</summary>
    Latin,
}

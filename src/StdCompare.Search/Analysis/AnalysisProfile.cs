namespace StdCompare.Search.Analysis;

/// <summary>An analysis chain, and the text field (<c>text.NAME</c>) analysed with it.</summary>
public enum AnalysisProfile
{
    /// <summary>SmartCn words (Chinese); beside it, <see cref="Bigram"/> keeps characters outside GB2312 findable.</summary>
    Chinese,

    /// <summary>Character bigrams of Han, kana, Hangul and Thai runs (Japanese, Korean, Thai, and Chinese beside SmartCn).</summary>
    Bigram,

    /// <summary>Lucene's English analyzer (Porter stemming, stop words).</summary>
    English,

    /// <summary>Lucene's Russian analyzer (Snowball stemming, stop words).</summary>
    Russian,

    /// <summary>Cyrillic Mongolian: standard tokens, lower case, light suffix stripping.</summary>
    Mongolian,

    /// <summary>Any other language: standard tokens, lower case.</summary>
    General,
}

namespace StdCompare.Alignment.Evaluation;

/// <summary>The link F1 the product promises per language pair (issue 5).</summary>
public static class EvaluationTargets
{
    /// <summary>Within one language.</summary>
    public const double SameLanguage = 0.95;

    /// <summary>Chinese and English.</summary>
    public const double ChineseEnglish = 0.92;

    /// <summary>Other language pairs (zh-ru, zh-ko, zh-ja, zh-mn, en-ru …).</summary>
    public const double Other = 0.88;

    /// <summary>The target F1 of a language pair such as <c>zh-en</c>.</summary>
    public static double For(string languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var parts = languages.Split('-');
        if (parts.Length == 2 && parts[0] == parts[1])
        {
            return SameLanguage;
        }

        return languages is "zh-en" or "en-zh" ? ChineseEnglish : Other;
    }
}

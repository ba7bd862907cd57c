using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace StdCompare.Search.Analysis;

/// <summary>
/// Light stemming of Cyrillic Mongolian: strips one common case or plural suffix (genitive <c>-ийн/-ын/-ний</c>,
/// ablative <c>-аас/-ээс</c>, instrumental <c>-аар/-ээр</c>, comitative <c>-тай/-тэй</c>, plural <c>-ууд/-үүд</c> …)
/// when at least <see cref="MinStem"/> letters remain. Lucene has no Mongolian stemmer; this is a heuristic
/// that makes <c>хүнсний</c> find <c>хүнс</c>, not a morphological analysis.
/// </summary>
internal sealed class MongolianStemFilter : TokenFilter
{
    /// <summary>Fewest letters left after stripping.</summary>
    public const int MinStem = 3;

    // Longest first.
    private static readonly string[] Suffixes =
    [
        "уудын", "үүдийн", "уудаас", "үүдээс", "уудаар", "үүдээр",
        "нууд", "нүүд", "чууд", "чүүд", "гийн", "гаас", "гээс",
        "ийн", "ний", "аас", "ээс", "оос", "өөс", "иас", "иос", "аар", "ээр", "оор", "өөр", "иар", "иор",
        "тай", "тэй", "той", "руу", "рүү", "луу", "лүү", "ууд", "үүд", "ийг", "ыг", "ын", "ны",
        "д", "т", "г",
    ];

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public MongolianStemFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_keyword.IsKeyword)
        {
            return true;
        }

        var length = _term.Length;
        var buffer = _term.Buffer;
        foreach (var suffix in Suffixes)
        {
            if (length - suffix.Length >= MinStem && EndsWith(buffer, length, suffix))
            {
                _term.Length = length - suffix.Length;
                break;
            }
        }

        return true;
    }

    /// <summary>The stem of one lower-case word, as the filter makes it.</summary>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= MinStem && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static bool EndsWith(char[] buffer, int length, string suffix)
    {
        var start = length - suffix.Length;
        for (var i = 0; i < suffix.Length; i++)
        {
            if (buffer[start + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }
}

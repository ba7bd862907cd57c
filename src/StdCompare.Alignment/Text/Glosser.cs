using StdCompare.Terminology;

namespace StdCompare.Alignment.Text;

/// <summary>
/// Glosses Chinese text into English through CC-CEDICT: Han runs are cut into dictionary words by forward
/// maximum matching, and each word of two or more characters gives the stems of the content words of its
/// first glosses. A Chinese clause and an English one overlap through these stems.
/// </summary>
internal sealed class Glosser
{
    private readonly ChineseEnglishDictionary _dictionary;
    private readonly Dictionary<string, ulong[]> _cache = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Creates a glosser over a dictionary.</summary>
    public Glosser(ChineseEnglishDictionary dictionary)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        _dictionary = dictionary;
    }

    /// <summary>True when the dictionary has entries.</summary>
    public bool IsAvailable => _dictionary.Count > 0;

    /// <summary>The glossed words of <paramref name="text"/>: for each dictionary word, its English stems.</summary>
    public List<ulong[]> Gloss(string text)
    {
        var words = new List<ulong[]>();
        if (!IsAvailable)
        {
            return words;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (Scripts.Of(text[i]) != Script.Han)
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && Scripts.Of(text[end]) == Script.Han)
            {
                end++;
            }

            while (i < end)
            {
                var matched = 1;
                for (var length = Math.Min(AlignmentLimits.MaxGlossWordLength, end - i); length >= 2; length--)
                {
                    var candidate = text.Substring(i, length);
                    if (_dictionary.Contains(candidate))
                    {
                        var stems = Stems(candidate);
                        if (stems.Length > 0)
                        {
                            words.Add(stems);
                        }

                        matched = length;
                        break;
                    }
                }

                i += matched;
            }
        }

        return words;
    }

    private ulong[] Stems(string word)
    {
        lock (_lock)
        {
            if (_cache.TryGetValue(word, out var cached))
            {
                return cached;
            }
        }

        var set = new SortedSet<ulong>();
        Span<char> buffer = stackalloc char[64];
        foreach (var gloss in _dictionary.Glosses(word).Take(AlignmentLimits.MaxGlossesPerWord))
        {
            foreach (var part in gloss.Split([' ', '-', ',', ';', '/', '\'', '"', '.'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Length < 2 || part.Length > buffer.Length || !part.All(char.IsAsciiLetter))
                {
                    continue;
                }

                var lower = buffer[..part.Length];
                part.AsSpan().ToLowerInvariant(lower);
                if (EnglishStopWords.Words.Contains(lower.ToString()))
                {
                    continue;
                }

                set.Add(TokenHash.Of(TokenViews.Word, Stemmer.Stem(lower)));
            }
        }

        var stems = set.ToArray();
        lock (_lock)
        {
            _cache[word] = stems;
        }

        return stems;
    }
}

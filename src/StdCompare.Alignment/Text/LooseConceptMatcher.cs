using System.Collections.Frozen;
using StdCompare.Terminology;

namespace StdCompare.Alignment.Text;

/// <summary>
/// Finds terminology concepts in alphabetic scripts by word roots: every word of a term longer than
/// <see cref="RootLength"/> letters matches any text word that starts with its first
/// <see cref="RootLength"/> letters. Catches derived forms the exact matcher misses (<c>хранение</c> and
/// <c>хранят</c>, <c>стандарт</c> and <c>стандартын</c>) at the price of some false matches, which is why
/// its matches feed separate features.
/// </summary>
internal sealed class LooseConceptMatcher
{
    /// <summary>Letters of a word compared.</summary>
    public const int RootLength = 4;

    private readonly FrozenDictionary<string, FrozenDictionary<string, (string[] Roots, string Concept)[]>> _index;

    /// <summary>Indexes the terms of every alphabetic language of the base.</summary>
    public LooseConceptMatcher(TerminologyBase terminology)
    {
        ArgumentNullException.ThrowIfNull(terminology);
        var index = new Dictionary<string, Dictionary<string, List<(string[], string)>>>(StringComparer.Ordinal);
        foreach (var concept in terminology.Concepts)
        {
            foreach (var (language, terms) in concept.Terms)
            {
                if (TermKey.IsUnspaced(language))
                {
                    continue;
                }

                if (!index.TryGetValue(language, out var byRoot))
                {
                    index[language] = byRoot = new Dictionary<string, List<(string[], string)>>(StringComparer.Ordinal);
                }

                foreach (var term in terms)
                {
                    var words = TermKey.Normalize(term).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length == 0 || words.Any(w => w.Length < 2))
                    {
                        continue;
                    }

                    var roots = words.Select(Root).ToArray();
                    if (!byRoot.TryGetValue(roots[0], out var list))
                    {
                        byRoot[roots[0]] = list = [];
                    }

                    list.Add((roots, concept.Id));
                }
            }
        }

        _index = index.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.ToFrozenDictionary(
                x => x.Key,
                x => x.Value.DistinctBy(e => (string.Join(' ', e.Item1), e.Item2)).OrderByDescending(e => e.Item1.Length).ThenBy(e => e.Item2, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal),
            StringComparer.Ordinal);
    }

    /// <summary>True when terms of <paramref name="language"/> are indexed.</summary>
    public bool Covers(string language) => _index.ContainsKey(language);

    /// <summary>The concept ids found in <paramref name="text"/> (normalised or not) written in <paramref name="language"/>.</summary>
    public List<string> Match(string text, string language)
    {
        var result = new List<string>();
        if (!_index.TryGetValue(language, out var byRoot))
        {
            return result;
        }

        var words = TermKey.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < words.Length)
        {
            var matched = 0;
            if (words[i].Length >= 2 && byRoot.TryGetValue(Root(words[i]), out var candidates))
            {
                foreach (var (roots, concept) in candidates)
                {
                    if (i + roots.Length > words.Length)
                    {
                        continue;
                    }

                    var ok = true;
                    for (var k = 0; k < roots.Length && ok; k++)
                    {
                        ok = Matches(words[i + k], roots[k]);
                    }

                    if (ok)
                    {
                        result.Add(concept);
                        matched = roots.Length;
                        break;
                    }
                }
            }

            i += matched > 0 ? matched : 1;
        }

        return result;
    }

    private static string Root(string word) => word.Length <= RootLength ? word : word[..RootLength];

    private static bool Matches(string word, string root)
        => root.Length < RootLength ? string.Equals(word, root, StringComparison.Ordinal) : word.StartsWith(root, StringComparison.Ordinal);
}

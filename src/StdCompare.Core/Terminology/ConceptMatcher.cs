using System.Collections.Frozen;

namespace StdCompare.Terminology;

/// <summary>
/// Finds the concepts of a terminology base in text of any of its languages: substring matching for
/// unspaced scripts (zh, ja, ko), stem matching word by word for the others. Longest match wins; matches
/// do not overlap. Thread-safe once built.
/// </summary>
public sealed class ConceptMatcher
{
    /// <summary>Shortest term matched inside unspaced text (one Han character terms are too ambiguous, except in a list).</summary>
    public const int MinUnspacedTermLength = 1;

    // Unspaced terms by their first two characters (terms of two or more), and by their only character.
    private readonly FrozenDictionary<int, (string Key, string Concept, string Term)[]> _unspaced;
    private readonly FrozenDictionary<char, (string Key, string Concept, string Term)[]> _unspacedSingle;
    private readonly FrozenDictionary<string, (string[] Stems, bool[] Whole, string Concept, string Term)[]> _spaced;

    /// <summary>Builds a matcher for <paramref name="concepts"/>.</summary>
    public ConceptMatcher(IEnumerable<TermConcept> concepts)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        var unspaced = new Dictionary<int, List<(string, string, string)>>();
        var single = new Dictionary<char, List<(string, string, string)>>();
        var spaced = new Dictionary<string, List<(string[], bool[], string, string)>>(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            foreach (var (language, terms) in concept.Terms)
            {
                foreach (var term in terms)
                {
                    var key = TermKey.Normalize(term);
                    if (key.Length == 0)
                    {
                        continue;
                    }

                    // Every term goes in both tables: Latin terms (Pb, E. coli) occur in Chinese text too.
                    if (key.Length == 1)
                    {
                        if (!single.TryGetValue(key[0], out var one))
                        {
                            single[key[0]] = one = [];
                        }

                        one.Add((key, concept.Id, term));
                    }
                    else
                    {
                        if (!unspaced.TryGetValue(Pair(key, 0), out var list))
                        {
                            unspaced[Pair(key, 0)] = list = [];
                        }

                        list.Add((key, concept.Id, term));
                    }

                    if (!TermKey.IsUnspaced(language) || key.Any(char.IsAsciiLetter))
                    {
                        var words = key.Split(' ');
                        var stems = words.Select(TermKey.Stem).ToArray();
                        var whole = words.Select(w => w.Length <= TermKey.WholeWordLength).ToArray();
                        var bucket = Bucket(stems[0]);
                        if (!spaced.TryGetValue(bucket, out var sl))
                        {
                            spaced[bucket] = sl = [];
                        }

                        sl.Add((stems, whole, concept.Id, term));
                    }
                }
            }
        }

        _unspaced = unspaced.ToFrozenDictionary(kv => kv.Key, kv => LongestFirst(kv.Value));
        _unspacedSingle = single.ToFrozenDictionary(kv => kv.Key, kv => LongestFirst(kv.Value));
        _spaced = spaced.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(e => e.Item1.Length).ThenByDescending(e => e.Item1.Sum(s => s.Length)).ThenBy(e => e.Item3, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Concepts found in <paramref name="text"/> written in <paramref name="language"/>.</summary>
    public IReadOnlyList<ConceptMatch> Match(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = TermKey.Normalize(text);
        return TermKey.IsUnspaced(language) ? MatchUnspaced(key) : MatchSpaced(key);
    }

    /// <summary>The distinct concept ids in <paramref name="text"/>.</summary>
    public IReadOnlySet<string> Concepts(string text, string language)
        => Match(text, language).Select(m => m.ConceptId).ToHashSet(StringComparer.Ordinal);

    private List<ConceptMatch> MatchUnspaced(string key)
    {
        var result = new List<ConceptMatch>();
        var i = 0;
        while (i < key.Length)
        {
            // Terms of two or more characters first (the longest that fits wins), then a one-character term.
            var matched = i + 1 < key.Length && _unspaced.TryGetValue(Pair(key, i), out var candidates) ? MatchAt(key, i, candidates, result) : 0;
            if (matched == 0 && _unspacedSingle.TryGetValue(key[i], out var singles))
            {
                matched = MatchAt(key, i, singles, result);
            }

            i += matched > 0 ? matched : 1;
        }

        return result;
    }

    /// <summary>Adds the first of <paramref name="candidates"/> (longest first) found at <paramref name="i"/>; its length, or 0.</summary>
    private static int MatchAt(string key, int i, (string Key, string Concept, string Term)[] candidates, List<ConceptMatch> result)
    {
        foreach (var (term, concept, written) in candidates)
        {
            if (term.Length < MinUnspacedTermLength || i + term.Length > key.Length || string.CompareOrdinal(key, i, term, 0, term.Length) != 0)
            {
                continue;
            }

            // A Latin term must not be part of a longer Latin word.
            if (char.IsAsciiLetter(term[0]) && ((i > 0 && char.IsAsciiLetter(key[i - 1])) || (i + term.Length < key.Length && char.IsAsciiLetter(key[i + term.Length]) && char.IsAsciiLetter(term[^1]))))
            {
                continue;
            }

            result.Add(new ConceptMatch(concept, i, term.Length, written));
            return term.Length;
        }

        return 0;
    }

    private static int Pair(string s, int i) => (s[i] << 16) | s[i + 1];

    private static (string, string, string)[] LongestFirst(List<(string Key, string Concept, string Term)> terms)
        => [.. terms.OrderByDescending(e => e.Key.Length).ThenBy(e => e.Concept, StringComparer.Ordinal)];

    private List<ConceptMatch> MatchSpaced(string key)
    {
        var result = new List<ConceptMatch>();
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var starts = new int[words.Length];
        for (int w = 0, pos = 0; w < words.Length; w++)
        {
            pos = key.IndexOf(words[w], pos, StringComparison.Ordinal);
            starts[w] = pos;
            pos += words[w].Length;
        }

        var i = 0;
        while (i < words.Length)
        {
            var matched = 0;
            if (words[i].Length >= 1 && _spaced.TryGetValue(Bucket(words[i]), out var candidates))
            {
                foreach (var (stems, whole, concept, written) in candidates)
                {
                    if (i + stems.Length > words.Length)
                    {
                        continue;
                    }

                    var ok = true;
                    for (var k = 0; k < stems.Length && ok; k++)
                    {
                        ok = TermKey.MatchesStem(words[i + k], stems[k], whole[k]);
                    }

                    if (ok)
                    {
                        var end = starts[i + stems.Length - 1] + words[i + stems.Length - 1].Length;
                        result.Add(new ConceptMatch(concept, starts[i], end - starts[i], written));
                        matched = stems.Length;
                        break;
                    }
                }
            }

            i += matched > 0 ? matched : 1;
        }

        return result;
    }

    private static string Bucket(string word) => word.Length <= 3 ? word : word[..3];
}

using System.Collections.Frozen;
using System.Collections.Immutable;

namespace StdCompare.Terminology;

/// <summary>
/// A general Chinese–English dictionary (CC-CEDICT, MDBG, CC BY-SA 4.0): simplified headwords to English
/// glosses, and English words back to the headwords that gloss exactly as them.
/// </summary>
public sealed class ChineseEnglishDictionary
{
    private readonly FrozenDictionary<string, ImmutableArray<string>> _glosses;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _reverse;

    /// <summary>Builds the dictionary from (simplified headword, glosses) entries.</summary>
    public ChineseEnglishDictionary(IEnumerable<(string Simplified, IReadOnlyList<string> Glosses)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var glosses = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var reverse = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (word, gl) in entries)
        {
            if (!glosses.TryGetValue(word, out var list))
            {
                glosses[word] = list = [];
            }

            foreach (var g in gl)
            {
                if (!list.Contains(g, StringComparer.Ordinal))
                {
                    list.Add(g);
                }

                var key = g.ToLowerInvariant();
                if (!reverse.TryGetValue(key, out var back))
                {
                    reverse[key] = back = [];
                }

                if (!back.Contains(word, StringComparer.Ordinal))
                {
                    back.Add(word);
                }
            }
        }

        _glosses = glosses.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
        _reverse = reverse.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>An empty dictionary.</summary>
    public static ChineseEnglishDictionary Empty { get; } = new([]);

    /// <summary>Number of headwords.</summary>
    public int Count => _glosses.Count;

    /// <summary>English glosses of a simplified Chinese word.</summary>
    public ImmutableArray<string> Glosses(string simplified)
        => _glosses.TryGetValue(simplified, out var g) ? g : [];

    /// <summary>Chinese words glossed exactly as <paramref name="english"/> (case-insensitive).</summary>
    public ImmutableArray<string> ChineseFor(string english)
        => _reverse.TryGetValue(english.ToLowerInvariant(), out var w) ? w : [];

    /// <summary>True when the word is a headword.</summary>
    public bool Contains(string simplified) => _glosses.ContainsKey(simplified);
}

using StdCompare.Alignment.Profiles;

namespace StdCompare.Alignment.Lexicon;

/// <summary>
/// Learns a <see cref="TranslationLexicon"/> from linked clauses of documents in two languages: a token of one
/// language and a token of the other are associated by the Dice coefficient of the links whose two clauses hold
/// them (2·c(x,y) / (c(x) + c(y)), counted over links). Each token keeps its <see cref="Translations"/> best
/// associates seen together in at least <see cref="MinCount"/> links with a Dice of at least <see cref="MinDice"/>.
/// Deterministic: the same links give the same lexicon.
/// </summary>
internal static class LexiconLearner
{
    /// <summary>Least number of links a token pair must share (a pair seen once is chance).</summary>
    public const int MinCount = 2;

    /// <summary>Least Dice of a kept pair.</summary>
    public const double MinDice = 0.25;

    /// <summary>Translations kept per token.</summary>
    public const int Translations = 3;

    /// <summary>Links whose two clauses make more token pairs than this are left out (long tables associate everything with everything).</summary>
    public const int MaxPairsPerLink = 20_000;

    /// <summary>The linked clauses of one document pair.</summary>
    /// <param name="Left">The left document.</param>
    /// <param name="Right">The right document.</param>
    /// <param name="Links">The linked (left index, right index) pairs.</param>
    internal sealed record LinkedPair(DocumentProfile Left, DocumentProfile Right, IReadOnlyCollection<(int Left, int Right)> Links);

    /// <summary>
    /// The lexicon of every pair of distinct languages among <paramref name="pairs"/> and the
    /// <paramref name="terms"/> segments (<see cref="TermSegments"/>), counted like links.
    /// </summary>
    public static TranslationLexicon Learn(IEnumerable<LinkedPair> pairs, IReadOnlyDictionary<(string A, string B), List<(ulong[] X, ulong[] Y)>>? terms = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var segments = new SortedDictionary<(string A, string B), List<(ulong[] X, ulong[] Y)>>();
        var termCounts = new Dictionary<(string A, string B), int>();
        foreach (var (key, list) in terms ?? new Dictionary<(string A, string B), List<(ulong[] X, ulong[] Y)>>())
        {
            segments[key] = [.. list];
            termCounts[key] = list.Count;
        }

        foreach (var pair in pairs)
        {
            var (la, lb) = (pair.Left.Language, pair.Right.Language);
            if (la.Length == 0 || lb.Length == 0 || string.Equals(la, lb, StringComparison.Ordinal))
            {
                continue;
            }

            var swap = string.CompareOrdinal(la, lb) > 0;
            var key = swap ? (lb, la) : (la, lb);
            if (!segments.TryGetValue(key, out var list))
            {
                segments[key] = list = [];
            }

            foreach (var (i, j) in pair.Links.OrderBy(l => l.Left).ThenBy(l => l.Right))
            {
                var x = pair.Left.Clauses[i].Lexical.Ids;
                var y = pair.Right.Clauses[j].Lexical.Ids;
                if (x.Length == 0 || y.Length == 0 || (long)x.Length * y.Length > MaxPairsPerLink)
                {
                    continue;
                }

                list.Add(swap ? (y, x) : (x, y));
            }
        }

        var directions = new Dictionary<string, Dictionary<ulong, ulong[]>>(StringComparer.Ordinal);
        var links = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var ((a, b), list) in segments)
        {
            var (forward, backward) = Associate(list);
            if (forward.Count > 0)
            {
                directions[TranslationLexicon.Direction(a, b)] = forward;
                directions[TranslationLexicon.Direction(b, a)] = backward;
                var goldLinks = list.Count - termCounts.GetValueOrDefault((a, b));
                links[TranslationLexicon.Direction(a, b)] = goldLinks;
                links[TranslationLexicon.Direction(b, a)] = goldLinks;
            }
        }

        return new TranslationLexicon(directions, links);
    }

    private static (Dictionary<ulong, ulong[]> Forward, Dictionary<ulong, ulong[]> Backward) Associate(List<(ulong[] X, ulong[] Y)> segments)
    {
        var cx = Marginals(segments.Select(s => s.X));
        var cy = Marginals(segments.Select(s => s.Y));
        var joint = new Dictionary<(ulong, ulong), int>();
        foreach (var (xs, ys) in segments)
        {
            foreach (var x in xs)
            {
                if (cx[x] < MinCount)
                {
                    continue;
                }

                foreach (var y in ys)
                {
                    if (cy[y] >= MinCount)
                    {
                        var key = (x, y);
                        joint[key] = joint.TryGetValue(key, out var c) ? c + 1 : 1;
                    }
                }
            }
        }

        var forward = new Dictionary<ulong, List<(double Dice, ulong To)>>();
        var backward = new Dictionary<ulong, List<(double Dice, ulong To)>>();
        foreach (var ((x, y), c) in joint)
        {
            if (c < MinCount)
            {
                continue;
            }

            var dice = 2.0 * c / (cx[x] + cy[y]);
            if (dice < MinDice)
            {
                continue;
            }

            Add(forward, x, dice, y);
            Add(backward, y, dice, x);
        }

        return (Best(forward), Best(backward));
    }

    private static Dictionary<ulong, int> Marginals(IEnumerable<ulong[]> bags)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var bag in bags)
        {
            foreach (var id in bag)
            {
                counts[id] = counts.TryGetValue(id, out var c) ? c + 1 : 1;
            }
        }

        return counts;
    }

    private static void Add(Dictionary<ulong, List<(double Dice, ulong To)>> map, ulong from, double dice, ulong to)
    {
        if (!map.TryGetValue(from, out var list))
        {
            map[from] = list = [];
        }

        list.Add((dice, to));
    }

    private static Dictionary<ulong, ulong[]> Best(Dictionary<ulong, List<(double Dice, ulong To)>> map)
    {
        var result = new Dictionary<ulong, ulong[]>(map.Count);
        foreach (var (from, list) in map)
        {
            result[from] = [.. list.OrderByDescending(e => e.Dice).ThenBy(e => e.To).Take(Translations).Select(e => e.To).Order()];
        }

        return result;
    }
}

using System.Collections.Immutable;
using StdCompare.Alignment.Profiles;

namespace StdCompare.Alignment.Decoding;

/// <summary>
/// Groups kept clause pairs into links whose left × right product is exactly the kept pairs: the pairs of
/// each left clause form its right set, and left clauses with the same right set share a link (many-to-one).
/// </summary>
internal static class LinkBuilder
{
    /// <summary>The links of <paramref name="pairs"/> (sorted by left, right), in the order of their first left clause.</summary>
    public static ImmutableArray<AlignmentLink> Build(List<(int Left, int Right, float Score)> pairs, DocumentProfile left, DocumentProfile right, DecoderOptions options)
    {
        var byLeft = pairs.GroupBy(p => p.Left).Select(g => (Left: g.Key, Rights: g.Select(p => p.Right).OrderBy(r => r).ToArray(), Scores: g.Select(p => p.Score).ToArray()));
        var groups = new Dictionary<string, (List<int> Lefts, int[] Rights, List<float> Scores)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (l, rights, scores) in byLeft)
        {
            var key = string.Join(',', rights);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = ([], rights, []);
                order.Add(key);
            }

            group.Lefts.Add(l);
            group.Scores.AddRange(scores);
        }

        var links = ImmutableArray.CreateBuilder<AlignmentLink>(order.Count);
        foreach (var key in order)
        {
            var (lefts, rights, scores) = groups[key];
            var score = Math.Round(scores.Average(), 4);
            var leftClauses = lefts.Select(i => left.Clauses[i]).ToArray();
            var rightClauses = rights.Select(j => right.Clauses[j]).ToArray();
            links.Add(new AlignmentLink(
                [.. leftClauses.Select(c => c.Id)],
                [.. rightClauses.Select(c => c.Id)],
                score,
                RelationClassifier.Classify(leftClauses, rightClauses, score, options)));
        }

        return links.ToImmutable();
    }
}

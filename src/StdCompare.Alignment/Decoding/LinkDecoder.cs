using StdCompare.Alignment.Candidates;

namespace StdCompare.Alignment.Decoding;

/// <summary>
/// The global assignment: a greedy approximation of the heaviest set of candidate pairs in which every
/// clause pays a fertility cost for each link beyond its first. Pairs are taken best first; a pair is kept
/// when its score reaches the threshold plus the penalty for the links its two clauses already have, and is
/// not far below the best score of both its clauses. Order
/// may cross (no monotonicity constraint): the order and structure prior is in the second-stage features
/// (neighbour, parent, children and anchor-order scores), where it can be outweighed by content.
/// </summary>
internal static class LinkDecoder
{
    /// <summary>The kept pairs (left index, right index, score), sorted by left then right index.</summary>
    public static List<(int Left, int Right, float Score)> Decode(CandidateSet candidates, float[] scores, DecoderOptions options, int leftCount, int rightCount)
    {
        var order = Enumerable.Range(0, candidates.Count)
            .Where(k => scores[k] >= options.Threshold)
            .OrderByDescending(k => scores[k]).ThenBy(k => candidates.Pairs[k].Left).ThenBy(k => candidates.Pairs[k].Right)
            .ToArray();
        var bestLeft = new float[leftCount];
        var bestRight = new float[rightCount];
        for (var k = 0; k < candidates.Count; k++)
        {
            var (i, j) = candidates.Pairs[k];
            bestLeft[i] = Math.Max(bestLeft[i], scores[k]);
            bestRight[j] = Math.Max(bestRight[j], scores[k]);
        }

        var degreeLeft = new int[leftCount];
        var degreeRight = new int[rightCount];
        var kept = new List<(int, int, float)>();
        foreach (var k in order)
        {
            var (i, j) = candidates.Pairs[k];
            var need = options.Threshold + (options.FertilityPenalty * (degreeLeft[i] + degreeRight[j]));
            var competitive = scores[k] >= options.RelativeScore * bestLeft[i] || scores[k] >= options.RelativeScore * bestRight[j];
            if (scores[k] >= need && competitive)
            {
                kept.Add((i, j, scores[k]));
                degreeLeft[i]++;
                degreeRight[j]++;
            }
        }

        kept.Sort((x, y) => x.Item1 != y.Item1 ? x.Item1.CompareTo(y.Item1) : x.Item2.CompareTo(y.Item2));
        return kept;
    }
}

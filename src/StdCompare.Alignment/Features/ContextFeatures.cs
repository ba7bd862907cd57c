using System.Diagnostics;
using StdCompare.Alignment.Model;

namespace StdCompare.Alignment.Features;

/// <summary>Computes the second-stage rows: content features followed by the context features (<see cref="PairFeatures.Context"/>).</summary>
internal static class ContextFeatures
{
    /// <summary>Least first-stage score of a mutual best pair used as an order anchor.</summary>
    public const float AnchorScore = 0.5f;

    /// <summary>Least best score of a child counted in children agreement.</summary>
    public const float ChildScore = 0.3f;

    /// <summary>Ranks above this are written as this.</summary>
    public const int MaxRank = 10;

    /// <summary>The second-stage rows of <paramref name="data"/> given first-stage scores <paramref name="p1"/>.</summary>
    public static FeatureMatrix Build(PairData data, float[] p1) => Build(data, p1, reuse: null);

    /// <summary>
    /// The second-stage rows of <paramref name="data"/> given the previous stage's scores <paramref name="p1"/>, written
    /// into <paramref name="reuse"/> when given: rows this method built for the same <paramref name="data"/> at an
    /// earlier stage and no longer needed, whose content columns are kept and whose context columns are all overwritten
    /// (one large array per alignment instead of one per stage).
    /// </summary>
    public static FeatureMatrix Build(PairData data, float[] p1, FeatureMatrix? reuse)
    {
        var cs = data.Candidates;
        var left = data.Context.Left;
        var right = data.Context.Right;
        var nl = left.Count;
        var nr = right.Count;
        var pairs = cs.Pairs;

        var (bestL, argL, secondL, massL, rankL) = Summaries(cs.ByLeft, p1, k => pairs[k].Right, nl);
        var (bestR, argR, secondR, massR, rankR) = Summaries(cs.ByRight, p1, k => pairs[k].Left, nr);

        // Order anchors: mutual best pairs with a good score, by left index.
        var anchors = new List<(int I, int J)>();
        for (var i = 0; i < nl; i++)
        {
            var j = argL[i];
            if (j >= 0 && bestL[i] >= AnchorScore && argR[j] == i)
            {
                anchors.Add((i, j));
            }
        }

        var anchorLefts = anchors.Select(a => a.I).ToArray();
        var lexicon = data.Context.SameLanguage || anchors.Count == 0 ? null : AnchorLexicon.Learn(data.Context.AnchorTokens, anchors);
        var anchorLinks = data.Context.SameLanguage ? -1f : MathF.Log(1f + anchors.Count);
        var (rightSibling, rightChild) = Relatives(cs.ByLeft, p1, k => pairs[k].Right, right, pairs.Length);
        var (leftSibling, leftChild) = Relatives(cs.ByRight, p1, k => pairs[k].Left, left, pairs.Length);
        var path = MonotonePath.Find(pairs, p1, nr);
        var ratio = nl == 0 ? 1f : nr / (float)nl;
        var content = data.Content;
        var width = PairFeatures.AllCount;
        var copyContent = reuse is null;
        var rows = reuse ?? new FeatureMatrix(pairs.Length, width);
        if (rows.Rows != pairs.Length || rows.Width != width)
        {
            throw new ArgumentException("The rows to reuse are not of this pair's candidates.", nameof(reuse));
        }

        Parallel.For(0, pairs.Length, k =>
        {
            var (i, j) = pairs[k];
            var row = rows.Row(k);
            if (copyContent)
            {
                content.Row(k).CopyTo(row);
            }

            var f = row[PairFeatures.ContentCount..];
            var n = 0;
            var p = p1[k];
            f[n++] = p;
            f[n++] = Math.Min(rankL[k], MaxRank);
            f[n++] = Math.Min(rankR[k], MaxRank);
            f[n++] = p - (argL[i] == j ? secondL[i] : bestL[i]);
            f[n++] = p - (argR[j] == i ? secondR[j] : bestR[j]);
            f[n++] = bestL[i];
            f[n++] = bestR[j];
            f[n++] = argL[i] == j && argR[j] == i ? 1 : 0;

            var pi = left.Clauses[i].Parent;
            var pj = right.Clauses[j].Parent;
            if (pi < 0 || pj < 0)
            {
                f[n++] = -1;
                f[n++] = -1;
            }
            else
            {
                f[n++] = ScoreOf(cs, p1, pi, pj);
                f[n++] = argL[pi] == pj ? 1 : 0;
            }

            f[n++] = i == 0 || j == 0 ? -1 : ScoreOf(cs, p1, i - 1, j - 1);
            f[n++] = i + 1 >= nl || j + 1 >= nr ? -1 : ScoreOf(cs, p1, i + 1, j + 1);
            f[n++] = ChildrenAgree(left.Clauses[i].Children, bestL, argL, right, j);
            f[n++] = ChildrenAgree(right.Clauses[j].Children, bestR, argR, left, i);

            var (offset, consistent) = Order(anchors, anchorLefts, i, j, nr, ratio);
            f[n++] = offset;
            f[n++] = consistent;
            f[n++] = path.OnPath[k] ? 1 : 0;
            f[n++] = path.Offset(i, j, nr);
            f[n++] = massL[i];
            f[n++] = massR[j];
            f[n++] = pi < 0 ? -1 : ScoreOf(cs, p1, pi, j);
            f[n++] = pj < 0 ? -1 : ScoreOf(cs, p1, i, pj);
            f[n++] = j == 0 ? -1 : ScoreOf(cs, p1, i, j - 1);
            f[n++] = j + 1 >= nr ? -1 : ScoreOf(cs, p1, i, j + 1);
            f[n++] = i == 0 ? -1 : ScoreOf(cs, p1, i - 1, j);
            f[n++] = i + 1 >= nl ? -1 : ScoreOf(cs, p1, i + 1, j);
            f[n++] = rightSibling[k];
            f[n++] = leftSibling[k];
            f[n++] = right.Clauses[j].Children.Length == 0 ? -1 : rightChild[k];
            f[n++] = left.Clauses[i].Children.Length == 0 ? -1 : leftChild[k];
            var (lexiconLeft, lexiconRight) = lexicon is null ? (-1f, -1f) : lexicon.Coverage(i, j);
            f[n++] = lexiconLeft;
            f[n++] = lexiconRight;
            f[n++] = anchorLinks;
            Debug.Assert(n == f.Length, "Every context column is written, so that reused rows keep nothing of an earlier stage.");
        });

        return rows;
    }

    private static float ScoreOf(Candidates.CandidateSet cs, float[] p1, int i, int j)
    {
        var k = cs.IndexOf(i, j);
        return k < 0 ? 0 : p1[k];
    }

    private static (float[] Best, int[] Arg, float[] Second, float[] Mass, int[] Rank) Summaries(int[][] groups, float[] p1, Func<int, int> other, int n)
    {
        var best = new float[n];
        var arg = new int[n];
        var second = new float[n];
        var mass = new float[n];
        var rank = new int[p1.Length];
        var buffer = new int[groups.Length == 0 ? 0 : groups.Max(g => g.Length)];
        Comparison<int> bestFirst = (x, y) => p1[x] != p1[y] ? p1[y].CompareTo(p1[x]) : other(x).CompareTo(other(y));
        for (var x = 0; x < n; x++)
        {
            arg[x] = -1;
            var group = groups[x];
            if (group.Length == 0)
            {
                continue;
            }

            // Best first, ties by the other clause's index (as OrderByDescending().ThenBy() would, without its allocations):
            // a strict order, so any sort gives the same ranks.
            var ordered = buffer.AsSpan(0, group.Length);
            group.CopyTo(ordered);
            ordered.Sort(bestFirst);
            for (var r = 0; r < ordered.Length; r++)
            {
                rank[ordered[r]] = r;
                mass[x] += p1[ordered[r]];
            }

            best[x] = p1[ordered[0]];
            arg[x] = other(ordered[0]);
            second[x] = ordered.Length > 1 ? p1[ordered[1]] : 0;
        }

        return (best, arg, second, mass, rank);
    }

    /// <summary>
    /// Per candidate pair, from the candidates of one of its clauses (<paramref name="groups"/>, by clause of one side):
    /// the best score of that clause with a sibling of the pair's other clause (another clause with its parent) and with
    /// a child of it; 0 where there is none. Each group is read once, keyed by the parent of its other clauses, so that
    /// a clause with thousands of candidates (a small document against a very large one) costs linear, not quadratic, time.
    /// </summary>
    private static (float[] Sibling, float[] Child) Relatives(int[][] groups, float[] p1, Func<int, int> other, Profiles.DocumentProfile side, int count)
    {
        var sibling = new float[count];
        var child = new float[count];
        var byParent = new Dictionary<int, (float Best, int Arg, float Second)>();
        foreach (var group in groups)
        {
            if (group.Length < 2)
            {
                continue;
            }

            byParent.Clear();
            foreach (var k in group)
            {
                var c = other(k);
                var parent = side.Clauses[c].Parent;
                var s = p1[k];
                if (!byParent.TryGetValue(parent, out var e))
                {
                    byParent[parent] = (s, c, 0);
                }
                else if (s > e.Best)
                {
                    byParent[parent] = (s, c, e.Best);
                }
                else if (s > e.Second)
                {
                    byParent[parent] = (e.Best, e.Arg, s);
                }
            }

            foreach (var k in group)
            {
                var c = other(k);
                var e = byParent[side.Clauses[c].Parent];
                sibling[k] = e.Arg == c ? e.Second : e.Best;
                child[k] = byParent.TryGetValue(c, out var under) ? under.Best : 0;
            }
        }

        return (sibling, child);
    }

    private static float ChildrenAgree(int[] children, float[] best, int[] arg, Profiles.DocumentProfile other, int counterpart)
    {
        int counted = 0, agree = 0;
        foreach (var c in children)
        {
            if (arg[c] >= 0 && best[c] >= ChildScore)
            {
                counted++;
                agree += other.IsWithin(arg[c], counterpart) ? 1 : 0;
            }
        }

        return counted == 0 ? -1 : agree / (float)counted;
    }

    private static (float Offset, float Consistent) Order(List<(int I, int J)> anchors, int[] anchorLefts, int i, int j, int nr, float ratio)
    {
        if (anchors.Count == 0 || nr == 0)
        {
            return (-1, -1);
        }

        // Nearest anchors strictly before and after i (the pair itself is never its own anchor).
        var pos = Array.BinarySearch(anchorLefts, i);
        int before, after;
        if (pos >= 0)
        {
            before = pos - 1;
            after = pos + 1;
        }
        else
        {
            after = ~pos;
            before = after - 1;
        }

        var hasBefore = before >= 0;
        var hasAfter = after < anchors.Count;
        if (!hasBefore && !hasAfter)
        {
            return (-1, -1);
        }

        float expected;
        bool consistent;
        if (hasBefore && hasAfter)
        {
            var (ib, jb) = anchors[before];
            var (ia, ja) = anchors[after];
            expected = jb + ((i - ib) * (ja - jb) / (float)Math.Max(1, ia - ib));
            consistent = j >= Math.Min(jb, ja) && j <= Math.Max(jb, ja);
        }
        else if (hasBefore)
        {
            var (ib, jb) = anchors[before];
            expected = jb + ((i - ib) * ratio);
            consistent = j >= jb;
        }
        else
        {
            var (ia, ja) = anchors[after];
            expected = ja - ((ia - i) * ratio);
            consistent = j <= ja;
        }

        return (MathF.Abs(j - expected) / nr, consistent ? 1 : 0);
    }
}

using StdCompare.Alignment.Features;
using StdCompare.Documents;
using StdCompare.Matching;

namespace StdCompare.Alignment.Candidates;

/// <summary>
/// Gathers the candidate pairs of an alignment: every source in both directions (so that a right clause
/// nobody retrieved can still retrieve its counterparts), then the neighbours, parents and children of
/// anchor pairs (mutual best pairs by a quick similarity), then at most
/// <see cref="AlignmentLimits.MaxCandidatesPerClause"/> per clause. The same for training and inference.
/// </summary>
internal sealed class CandidateGenerator
{
    /// <summary>Least quick similarity of an anchor.</summary>
    public const float MinAnchorSimilarity = 0.3f;

    /// <summary>Least quick similarity of a best pair whose parents become a candidate.</summary>
    public const float MinParentVoteSimilarity = 0.1f;

    private static readonly IComparer<Entry> PairOrder = Comparer<Entry>.Create(ByPair);

    private readonly IReadOnlyList<ICandidateSource> _sources;

    /// <summary>Creates a generator over the sources.</summary>
    public CandidateGenerator(IReadOnlyList<ICandidateSource> sources) => _sources = sources;

    /// <summary>The candidates of <paramref name="ctx"/>'s documents.</summary>
    public CandidateSet Generate(StandardDocument left, StandardDocument right, PairContext ctx, CancellationToken cancellationToken)
    {
        var nl = ctx.Left.Count;
        var nr = ctx.Right.Count;
        var pairs = new HashSet<(int, int)>();
        foreach (var source in _sources)
        {
            foreach (var c in source.Propose(left, right, AlignmentLimits.CandidatesPerClause, cancellationToken))
            {
                if ((uint)c.LeftIndex < (uint)nl && (uint)c.RightIndex < (uint)nr)
                {
                    pairs.Add((c.LeftIndex, c.RightIndex));
                }
            }

            foreach (var c in source.Propose(right, left, AlignmentLimits.CandidatesPerClause, cancellationToken))
            {
                if ((uint)c.RightIndex < (uint)nl && (uint)c.LeftIndex < (uint)nr)
                {
                    pairs.Add((c.RightIndex, c.LeftIndex));
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var proposed = Scored(ctx, pairs.ToArray());
        foreach (var (i, j) in Anchors(proposed, nl, nr))
        {
            Expand(ctx, i, j, pairs);
        }

        ParentsOfBest(ctx, proposed, pairs);

        var all = new List<(int, int)>(pairs.Count);
        foreach (var p in pairs)
        {
            if (Array.BinarySearch(proposed, new Entry(p.Item1, p.Item2, 0f), PairOrder) < 0)
            {
                all.Add(p);
            }
        }

        return new CandidateSet(Cap([.. proposed, .. Scored(ctx, [.. all])]), nl, nr);
    }

    /// <summary>A cheap similarity for anchors and capping: the best of the language-independent, lexical and Han cosines.</summary>
    internal static float Quick(PairContext ctx, int i, int j)
    {
        var q = ctx.Independent.Compare(i, j).Cosine;
        if (ctx.SameLanguage)
        {
            q = Math.Max(q, ctx.Lexical.Compare(i, j).Cosine);
        }
        else if (ctx.Left.HasHan && ctx.Right.HasHan)
        {
            q = Math.Max(q, 0.8f * ctx.Han.Compare(i, j).Cosine);
        }

        if (string.Equals(ctx.Left.Clauses[i].Id, ctx.Right.Clauses[j].Id, StringComparison.Ordinal))
        {
            q += 0.1f;
        }

        return q;
    }

    /// <summary>The pairs with their quick similarity (computed in parallel), sorted by left then right index.</summary>
    private static Entry[] Scored(PairContext ctx, (int, int)[] pairs)
    {
        var entries = new Entry[pairs.Length];
        Parallel.For(0, pairs.Length, k => entries[k] = new Entry(pairs[k].Item1, pairs[k].Item2, Quick(ctx, pairs[k].Item1, pairs[k].Item2)));
        Array.Sort(entries, ByPair);
        return entries;
    }

    /// <summary>Mutual best pairs by quick similarity; <paramref name="entries"/> sorted by left then right index.</summary>
    private static IEnumerable<(int, int)> Anchors(Entry[] entries, int nl, int nr)
    {
        var bestLeft = new (int J, float Q)[nl];
        var bestRight = new (int I, float Q)[nr];
        Array.Fill(bestLeft, (-1, 0f));
        Array.Fill(bestRight, (-1, 0f));
        foreach (var (i, j, q) in entries)
        {
            if (q > bestLeft[i].Q)
            {
                bestLeft[i] = (j, q);
            }

            if (q > bestRight[j].Q)
            {
                bestRight[j] = (i, q);
            }
        }

        for (var i = 0; i < nl; i++)
        {
            var (j, q) = bestLeft[i];
            if (j >= 0 && q >= MinAnchorSimilarity && bestRight[j].I == i)
            {
                yield return (i, j);
            }
        }
    }

    /// <summary>
    /// The parents of each clause's best pair (by quick similarity, either side): a heading clause whose own words are too
    /// few to be retrieved (<c>4 技术要求</c>, <c>3 ESSENTIAL COMPOSITION AND QUALITY FACTORS</c>) becomes a candidate of the
    /// heading whose children its children correspond to, also where no child pair is a mutual best.
    /// </summary>
    private static void ParentsOfBest(PairContext ctx, Entry[] proposed, HashSet<(int, int)> pairs)
    {
        var a = ctx.Left.Clauses;
        var b = ctx.Right.Clauses;
        var bestLeft = new (int J, float Q)[a.Length];
        var bestRight = new (int I, float Q)[b.Length];
        Array.Fill(bestLeft, (-1, 0f));
        Array.Fill(bestRight, (-1, 0f));
        // proposed is sorted by left then right index: ties go to the first pair, as in Anchors.
        foreach (var (i, j, q) in proposed)
        {
            if (q > bestLeft[i].Q)
            {
                bestLeft[i] = (j, q);
            }

            if (q > bestRight[j].Q)
            {
                bestRight[j] = (i, q);
            }
        }

        for (var i = 0; i < a.Length; i++)
        {
            var j = bestLeft[i].J;
            if (j >= 0 && bestLeft[i].Q >= MinParentVoteSimilarity && a[i].Parent >= 0 && b[j].Parent >= 0)
            {
                pairs.Add((a[i].Parent, b[j].Parent));
            }
        }

        for (var j = 0; j < b.Length; j++)
        {
            var i = bestRight[j].I;
            if (i >= 0 && bestRight[j].Q >= MinParentVoteSimilarity && a[i].Parent >= 0 && b[j].Parent >= 0)
            {
                pairs.Add((a[i].Parent, b[j].Parent));
            }
        }
    }

    private static void Expand(PairContext ctx, int i, int j, HashSet<(int, int)> pairs)
    {
        var a = ctx.Left.Clauses;
        var b = ctx.Right.Clauses;
        if (i > 0 && j > 0)
        {
            pairs.Add((i - 1, j - 1));
        }

        if (i + 1 < a.Length && j + 1 < b.Length)
        {
            pairs.Add((i + 1, j + 1));
        }

        if (a[i].Parent >= 0 && b[j].Parent >= 0)
        {
            pairs.Add((a[i].Parent, b[j].Parent));
        }

        foreach (var ci in a[i].Children.Take(AlignmentLimits.MaxChildrenExpanded))
        {
            foreach (var cj in b[j].Children.Take(AlignmentLimits.MaxChildrenExpanded))
            {
                pairs.Add((ci, cj));
            }
        }
    }

    /// <summary>The best <see cref="AlignmentLimits.MaxCandidatesPerClause"/> pairs of each left clause and the best quarter as many of each right clause (ties by the other index).</summary>
    private static List<(int, int)> Cap(Entry[] entries)
    {
        var max = AlignmentLimits.MaxCandidatesPerClause;
        var keep = new bool[entries.Length];
        var order = new int[entries.Length];
        Keep(max, (x, y) => x.Left != y.Left ? x.Left.CompareTo(y.Left) : x.Q != y.Q ? y.Q.CompareTo(x.Q) : x.Right.CompareTo(y.Right), e => e.Left);

        // A right clause keeps its best candidates even when their left clauses had many.
        Keep(max / 4, (x, y) => x.Right != y.Right ? x.Right.CompareTo(y.Right) : x.Q != y.Q ? y.Q.CompareTo(x.Q) : x.Left.CompareTo(y.Left), e => e.Right);
        var kept = new List<(int, int)>();
        for (var k = 0; k < entries.Length; k++)
        {
            if (keep[k])
            {
                kept.Add((entries[k].Left, entries[k].Right));
            }
        }

        return kept;

        // Sorted into groups (best first within each), the first `take` of every group are kept.
        void Keep(int take, Comparison<Entry> compare, Func<Entry, int> group)
        {
            for (var k = 0; k < order.Length; k++)
            {
                order[k] = k;
            }

            Array.Sort(order, (x, y) => compare(entries[x], entries[y]));
            var taken = 0;
            for (var k = 0; k < order.Length; k++)
            {
                taken = k > 0 && group(entries[order[k]]) == group(entries[order[k - 1]]) ? taken + 1 : 0;
                if (taken < take)
                {
                    keep[order[k]] = true;
                }
            }
        }
    }

    private static int ByPair(Entry x, Entry y) => x.Left != y.Left ? x.Left.CompareTo(y.Left) : x.Right.CompareTo(y.Right);

    /// <summary>A candidate pair and its quick similarity.</summary>
    private readonly record struct Entry(int Left, int Right, float Q);
}

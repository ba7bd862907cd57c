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
        var quick = pairs.ToDictionary(p => p, p => Quick(ctx, p.Item1, p.Item2));
        foreach (var (i, j) in Anchors(quick, nl, nr))
        {
            Expand(ctx, i, j, pairs);
        }

        ParentsOfBest(ctx, quick, pairs);

        foreach (var p in pairs)
        {
            if (!quick.ContainsKey(p))
            {
                quick[p] = Quick(ctx, p.Item1, p.Item2);
            }
        }

        return new CandidateSet(Cap(quick), nl, nr);
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

    private static IEnumerable<(int, int)> Anchors(Dictionary<(int, int), float> quick, int nl, int nr)
    {
        var bestLeft = new (int J, float Q)[nl];
        var bestRight = new (int I, float Q)[nr];
        Array.Fill(bestLeft, (-1, 0f));
        Array.Fill(bestRight, (-1, 0f));
        foreach (var ((i, j), q) in quick.OrderBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2))
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
    private static void ParentsOfBest(PairContext ctx, Dictionary<(int, int), float> quick, HashSet<(int, int)> pairs)
    {
        var a = ctx.Left.Clauses;
        var b = ctx.Right.Clauses;
        var bestLeft = new (int J, float Q)[a.Length];
        var bestRight = new (int I, float Q)[b.Length];
        Array.Fill(bestLeft, (-1, 0f));
        Array.Fill(bestRight, (-1, 0f));
        foreach (var ((i, j), q) in quick.OrderBy(kv => kv.Key.Item1).ThenBy(kv => kv.Key.Item2))
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

    private static HashSet<(int, int)> Cap(Dictionary<(int, int), float> quick)
    {
        var max = AlignmentLimits.MaxCandidatesPerClause;
        var byLeft = quick.GroupBy(kv => kv.Key.Item1);
        var keep = new HashSet<(int, int)>();
        foreach (var g in byLeft)
        {
            foreach (var kv in g.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item2).Take(max))
            {
                keep.Add(kv.Key);
            }
        }

        // A right clause keeps its best candidates even when their left clauses had many.
        foreach (var g in quick.GroupBy(kv => kv.Key.Item2))
        {
            foreach (var kv in g.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item1).Take(max / 4))
            {
                keep.Add(kv.Key);
            }
        }

        return keep;
    }
}

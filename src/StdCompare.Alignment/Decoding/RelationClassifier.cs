using StdCompare.Alignment.Profiles;

namespace StdCompare.Alignment.Decoding;

/// <summary>
/// The relation of a link: <c>modified</c> when a requirement on the same parameter has another value or
/// bound, or when quantities of one dimension differ; otherwise <c>equivalent</c> for a high score and
/// <c>related</c> for a low one (partial overlap), <c>modified</c> between.
/// </summary>
internal static class RelationClassifier
{
    /// <summary>Relative difference below which two values are equal.</summary>
    public const double ValueTolerance = 1e-6;

    /// <summary>The relation of a link between <paramref name="left"/> and <paramref name="right"/> clauses with mean score <paramref name="score"/>.</summary>
    public static LinkRelation Classify(IReadOnlyList<ClauseProfile> left, IReadOnlyList<ClauseProfile> right, double score, DecoderOptions options)
    {
        if (Deviates(left, right))
        {
            return LinkRelation.Modified;
        }

        if (score >= options.EquivalentScore)
        {
            return LinkRelation.Equivalent;
        }

        return score < options.RelatedScore ? LinkRelation.Related : LinkRelation.Modified;
    }

    /// <summary>True when the two sides limit a shared parameter differently, or state different quantities of a shared dimension.</summary>
    public static bool Deviates(IReadOnlyList<ClauseProfile> left, IReadOnlyList<ClauseProfile> right)
    {
        var byParameter = new Dictionary<ulong, List<RequirementKey>>();
        foreach (var c in right)
        {
            foreach (var r in c.Requirements)
            {
                if (!byParameter.TryGetValue(r.Parameter, out var list))
                {
                    byParameter[r.Parameter] = list = [];
                }

                list.Add(r);
            }
        }

        foreach (var c in left)
        {
            foreach (var r in c.Requirements)
            {
                if (byParameter.TryGetValue(r.Parameter, out var others) && !others.Any(o => Same(r, o)))
                {
                    return true;
                }
            }
        }

        var leftQuantities = Union(left, c => c.Quantities);
        var rightQuantities = Union(right, c => c.Quantities);
        if (leftQuantities.Count == 0 || rightQuantities.Count == 0)
        {
            return false;
        }

        var leftDimensions = Union(left, c => c.Dimensions);
        var rightDimensions = Union(right, c => c.Dimensions);
        return leftDimensions.Overlaps(rightDimensions) && !leftQuantities.SetEquals(rightQuantities);
    }

    private static bool Same(RequirementKey a, RequirementKey b)
    {
        if (a.Op != b.Op && !(IsUpper(a.Op) && IsUpper(b.Op)) && !(IsLower(a.Op) && IsLower(b.Op)))
        {
            return false;
        }

        if (double.IsNaN(a.Canonical) || double.IsNaN(b.Canonical))
        {
            return double.IsNaN(a.Canonical) == double.IsNaN(b.Canonical);
        }

        var scale = Math.Max(Math.Abs(a.Canonical), Math.Abs(b.Canonical));
        return scale == 0 || Math.Abs(a.Canonical - b.Canonical) / scale <= ValueTolerance;
    }

    private static bool IsUpper(Requirements.RequirementOperator op) => op is Requirements.RequirementOperator.LessOrEqual or Requirements.RequirementOperator.Less;

    private static bool IsLower(Requirements.RequirementOperator op) => op is Requirements.RequirementOperator.GreaterOrEqual or Requirements.RequirementOperator.Greater;

    private static HashSet<ulong> Union(IReadOnlyList<ClauseProfile> clauses, Func<ClauseProfile, TokenBag> select)
    {
        var set = new HashSet<ulong>();
        foreach (var c in clauses)
        {
            set.UnionWith(select(c).Ids);
        }

        return set;
    }
}

namespace StdCompare.Alignment.Features;

/// <summary>
/// The heaviest chain of candidate pairs in document order on both sides (left and right indexes never
/// decrease, so one-to-many and many-to-one steps are allowed), over first-stage scores above
/// <see cref="Bias"/>: what an order-preserving aligner such as Vecalign would choose. It enters the second
/// stage as features, not as a constraint, so that moved clauses can still be linked on their content.
/// Weighted longest-chain search with a Fenwick tree of prefix maxima: O(k log n) for k candidates.
/// </summary>
internal sealed class MonotonePath
{
    /// <summary>Scores at or below this do not join the chain.</summary>
    public const float Bias = 0.2f;

    private readonly int[] _pathLefts;
    private readonly int[] _pathRights;

    private MonotonePath(bool[] onPath, int[] pathLefts, int[] pathRights)
    {
        OnPath = onPath;
        _pathLefts = pathLefts;
        _pathRights = pathRights;
    }

    /// <summary>For each candidate, true when it is on the chain.</summary>
    public bool[] OnPath { get; }

    /// <summary>True when the chain is empty.</summary>
    public bool IsEmpty => _pathLefts.Length == 0;

    /// <summary>The chain over candidates <paramref name="pairs"/> (sorted by left then right) with scores <paramref name="scores"/>.</summary>
    public static MonotonePath Find((int Left, int Right)[] pairs, float[] scores, int rightCount)
    {
        var onPath = new bool[pairs.Length];
        if (pairs.Length == 0 || rightCount == 0)
        {
            return new MonotonePath(onPath, [], []);
        }

        var tree = new (float Value, int Index)[rightCount + 1];
        Array.Fill(tree, (0f, -1));
        var total = new float[pairs.Length];
        var previous = new int[pairs.Length];
        var best = (Value: 0f, Index: -1);
        for (var k = 0; k < pairs.Length; k++)
        {
            var w = scores[k] - Bias;
            if (w <= 0)
            {
                previous[k] = -2;
                continue;
            }

            var before = Query(tree, pairs[k].Right + 1);
            total[k] = w + (before.Index >= 0 ? before.Value : 0);
            previous[k] = before.Index;
            Update(tree, pairs[k].Right + 1, (total[k], k));
            if (total[k] > best.Value)
            {
                best = (total[k], k);
            }
        }

        var lefts = new List<int>();
        var rights = new List<int>();
        for (var k = best.Index; k >= 0; k = previous[k])
        {
            onPath[k] = true;
            lefts.Add(pairs[k].Left);
            rights.Add(pairs[k].Right);
        }

        lefts.Reverse();
        rights.Reverse();
        return new MonotonePath(onPath, [.. lefts], [.. rights]);
    }

    /// <summary>|j − the right index the chain implies at left index i| / right count; -1 for an empty chain.</summary>
    public float Offset(int i, int j, int rightCount)
    {
        if (_pathLefts.Length == 0 || rightCount == 0)
        {
            return -1;
        }

        // Last chain point at or before i, first at or after i.
        var hi = Array.BinarySearch(_pathLefts, i);
        int before, after;
        if (hi >= 0)
        {
            before = hi;
            while (before > 0 && _pathLefts[before - 1] == i)
            {
                before--;
            }

            after = before;
            var nearest = int.MaxValue;
            for (var k = before; k < _pathLefts.Length && _pathLefts[k] == i; k++)
            {
                nearest = Math.Min(nearest, Math.Abs(_pathRights[k] - j));
            }

            return nearest / (float)rightCount;
        }

        after = ~hi;
        before = after - 1;
        float expected;
        if (before >= 0 && after < _pathLefts.Length)
        {
            expected = _pathRights[before] + ((i - _pathLefts[before]) * (_pathRights[after] - _pathRights[before]) / (float)(_pathLefts[after] - _pathLefts[before]));
        }
        else if (before >= 0)
        {
            expected = _pathRights[before] + (i - _pathLefts[before]);
        }
        else
        {
            expected = _pathRights[after] - (_pathLefts[after] - i);
        }

        return MathF.Abs(j - expected) / rightCount;
    }

    private static (float Value, int Index) Query((float Value, int Index)[] tree, int position)
    {
        var best = (Value: 0f, Index: -1);
        for (var p = position; p > 0; p -= p & -p)
        {
            if (tree[p].Index >= 0 && (best.Index < 0 || tree[p].Value > best.Value))
            {
                best = tree[p];
            }
        }

        return best;
    }

    private static void Update((float Value, int Index)[] tree, int position, (float Value, int Index) item)
    {
        for (var p = position; p < tree.Length; p += p & -p)
        {
            if (tree[p].Index < 0 || item.Value > tree[p].Value)
            {
                tree[p] = item;
            }
        }
    }
}

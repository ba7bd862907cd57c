using System.Runtime.Intrinsics;

namespace StdCompare.Alignment.Model;

/// <summary>
/// The leaf each tree of an ensemble gives a row, found feature by feature instead of by walking each tree
/// (the QuickScorer method of Lucchese et al., SIGIR 2015). Each tree's leaves are numbered left to right and a
/// row starts with every leaf possible; a split whose test the row fails (it goes right) rules out the leaves
/// of its left subtree. The splits of each feature are sorted by threshold, so a row visits only the splits it
/// fails, without an unpredictable branch per split, and the leftmost leaf still possible in each tree is the
/// one the walk reaches. Sums run over the trees in their order, so every sum is the walk's, to the bit.
/// <see cref="SumLanes"/> does the same for <see cref="Lanes"/> rows at once with vector instructions.
/// </summary>
internal sealed class LeafMasks
{
    /// <summary>Most leaves of one tree (one bit each).</summary>
    public const int MaxLeaves = 32;

    private readonly int[] _start;      // splits of feature f: _start[f] … _start[f + 1] − 1
    private readonly float[] _threshold; // ascending within a feature
    private readonly int[] _tree;
    private readonly uint[] _mask;      // the leaves that stay possible when the row fails the split
    private readonly uint[] _all;       // every leaf of tree t
    private readonly double[] _value;   // tree t's leaves, left to right, weighted: _value[t * MaxLeaves + position]

    /// <summary>Indexes trees given as split arrays per tree (children: split index, or ~leaf index) and weighted leaf values.</summary>
    public LeafMasks(int[][] feature, float[][] threshold, int[][] left, int[][] right, double[][] weightedLeaves)
    {
        Trees = feature.Length;
        _all = new uint[Trees];
        _value = new double[Trees * MaxLeaves];
        var splits = new List<(int Feature, float Threshold, int Tree, uint Mask)>();
        var features = 0;
        for (var t = 0; t < Trees; t++)
        {
            var leaves = weightedLeaves[t].Length;
            if (leaves > MaxLeaves)
            {
                throw new NotSupportedException($"a tree has {leaves} leaves; at most {MaxLeaves} are supported");
            }

            // Leaf positions left to right, and the positions under each split's left child.
            var position = new int[leaves];
            var next = 0;
            var leftLeaves = new uint[feature[t].Length];
            if (feature[t].Length == 0)
            {
                position[0] = next++;
            }
            else
            {
                Number(0);
            }

            _all[t] = leaves == MaxLeaves ? uint.MaxValue : (1u << leaves) - 1;
            for (var l = 0; l < leaves; l++)
            {
                _value[(t * MaxLeaves) + position[l]] = weightedLeaves[t][l];
            }

            for (var n = 0; n < feature[t].Length; n++)
            {
                splits.Add((feature[t][n], threshold[t][n], t, _all[t] & ~leftLeaves[n]));
                features = Math.Max(features, feature[t][n] + 1);
            }

            // The leaves under a node, numbering them on the way (left before right).
            uint Number(int node)
            {
                if (node < 0)
                {
                    position[~node] = next;
                    return 1u << next++;
                }

                var under = Number(left[t][node]);
                leftLeaves[node] = under;
                return under | Number(right[t][node]);
            }
        }

        // Ascending threshold within each feature; ties in any fixed order (the masks commute).
        splits.Sort((x, y) => x.Feature != y.Feature ? x.Feature.CompareTo(y.Feature)
            : x.Threshold != y.Threshold ? x.Threshold.CompareTo(y.Threshold)
            : x.Tree.CompareTo(y.Tree));
        _start = new int[features + 1];
        _threshold = new float[splits.Count];
        _tree = new int[splits.Count];
        _mask = new uint[splits.Count];
        for (var k = 0; k < splits.Count; k++)
        {
            _start[splits[k].Feature + 1] = k + 1;
            (_threshold[k], _tree[k], _mask[k]) = (splits[k].Threshold, splits[k].Tree, splits[k].Mask);
        }

        for (var f = 1; f <= features; f++)
        {
            _start[f] = Math.Max(_start[f], _start[f - 1]);
        }
    }

    /// <summary>Rows scored at once by <see cref="SumLanes"/>.</summary>
    public const int Lanes = 8;

    /// <summary>True when <see cref="SumLanes"/> runs on vector hardware (otherwise rows go one by one).</summary>
    public static bool Vectorized => Vector256.IsHardwareAccelerated;

    /// <summary>Number of trees.</summary>
    public int Trees { get; }

    /// <summary><paramref name="bias"/> plus the weighted leaf of every tree for <paramref name="row"/>, added tree after tree; <paramref name="leaves"/> is scratch space of <see cref="Trees"/> entries.</summary>
    public double Sum(ReadOnlySpan<float> row, double bias, Span<uint> leaves)
    {
        _all.CopyTo(leaves);
        var threshold = _threshold;
        var tree = _tree;
        var mask = _mask;
        for (var f = 0; f + 1 < _start.Length; f++)
        {
            var x = row[f];
            var end = _start[f + 1];

            // The walk goes left when x <= threshold; every split with a smaller threshold is failed (a NaN fails all).
            for (var k = _start[f]; k < end && !(x <= threshold[k]); k++)
            {
                leaves[tree[k]] &= mask[k];
            }
        }

        var sum = bias;
        for (var t = 0; t < leaves.Length; t++)
        {
            sum += _value[(t * MaxLeaves) + System.Numerics.BitOperations.TrailingZeroCount(leaves[t])];
        }

        return sum;
    }

    /// <summary>
    /// <see cref="Sum"/> for <paramref name="count"/> (at most <see cref="Lanes"/>) consecutive rows of
    /// <paramref name="rows"/> from <paramref name="start"/>, into <paramref name="sums"/>; <paramref name="leaves"/> is
    /// scratch space of <see cref="Trees"/> × <see cref="Lanes"/> entries.
    /// </summary>
    public void SumLanes(FeatureMatrix rows, int start, int count, double bias, Span<double> sums, Span<uint> leaves)
    {
        for (var t = 0; t < Trees; t++)
        {
            leaves.Slice(t * Lanes, Lanes).Fill(_all[t]);
        }

        var width = rows.Width;
        var values = rows.Values;
        Span<float> lane = stackalloc float[Lanes];
        for (var f = 0; f + 1 < _start.Length; f++)
        {
            for (var r = 0; r < Lanes; r++)
            {
                // Lanes past the last row repeat the first; their sums are not used.
                lane[r] = values[((start + (r < count ? r : 0)) * width) + f];
            }

            var x = Vector256.Create<float>(lane);
            var end = _start[f + 1];
            for (var k = _start[f]; k < end; k++)
            {
                // Lanes that fail the split (not x <= threshold, a NaN too) lose the split's left leaves.
                var fail = ~Vector256.LessThanOrEqual(x, Vector256.Create(_threshold[k])).AsUInt32();
                if (fail == Vector256<uint>.Zero)
                {
                    break; // thresholds ascend: every later split of this feature is passed by every lane
                }

                var slot = leaves.Slice(_tree[k] * Lanes, Lanes);
                (Vector256.Create<uint>(slot) & (Vector256.Create(_mask[k]) | ~fail)).CopyTo(slot);
            }
        }

        for (var r = 0; r < count; r++)
        {
            var sum = bias;
            for (var t = 0; t < Trees; t++)
            {
                sum += _value[(t * MaxLeaves) + System.Numerics.BitOperations.TrailingZeroCount(leaves[(t * Lanes) + r])];
            }

            sums[r] = sum;
        }
    }
}

using StdCompare.Alignment.Profiles;

namespace StdCompare.Alignment.Features;

/// <summary>
/// One token view of a document pair weighted by inverse document frequency over the clauses of both
/// documents: a token that occurs in few clauses says more. Per clause: the idf of each token, the tf-idf
/// weights and their norm, so that cosine, Dice, containment and BM25 of a pair are one merge of sorted ids.
/// </summary>
internal sealed class ViewWeights
{
    /// <summary>BM25 term-frequency saturation.</summary>
    public const float K1 = 1.2f;

    /// <summary>BM25 length normalisation.</summary>
    public const float B = 0.75f;

    private readonly TokenBag[] _left;
    private readonly TokenBag[] _right;
    private readonly float[][] _leftIdf;
    private readonly float[][] _rightIdf;
    private readonly float[][] _leftTfIdf;
    private readonly float[][] _rightTfIdf;
    private readonly float[] _leftNorm;
    private readonly float[] _rightNorm;
    private readonly float[] _leftIdfSum;
    private readonly float[] _rightIdfSum;
    private readonly float _leftAvgLength;
    private readonly float _rightAvgLength;

    /// <summary>Weights the view <paramref name="select"/> of both documents.</summary>
    public ViewWeights(DocumentProfile left, DocumentProfile right, Func<ClauseProfile, TokenBag> select)
    {
        _left = Array.ConvertAll(left.Clauses, c => select(c));
        _right = Array.ConvertAll(right.Clauses, c => select(c));
        var df = new Dictionary<ulong, int>();
        Count(_left, df);
        Count(_right, df);
        var n = Math.Max(1, _left.Length + _right.Length);
        (_leftIdf, _leftTfIdf, _leftNorm, _leftIdfSum) = Weigh(_left, df, n);
        (_rightIdf, _rightTfIdf, _rightNorm, _rightIdfSum) = Weigh(_right, df, n);
        _leftAvgLength = Math.Max(1f, _left.Length == 0 ? 1f : _left.Average(b => b.Total));
        _rightAvgLength = Math.Max(1f, _right.Length == 0 ? 1f : _right.Average(b => b.Total));
    }

    /// <summary>The bag of a left clause.</summary>
    public TokenBag Left(int i) => _left[i];

    /// <summary>The bag of a right clause.</summary>
    public TokenBag Right(int j) => _right[j];

    /// <summary>Idf of each token of a left clause.</summary>
    public float[] LeftIdf(int i) => _leftIdf[i];

    /// <summary>Idf of each token of a right clause.</summary>
    public float[] RightIdf(int j) => _rightIdf[j];

    /// <summary>Sum of the idf of the distinct tokens of a left clause.</summary>
    public float LeftIdfSum(int i) => _leftIdfSum[i];

    /// <summary>Sum of the idf of the distinct tokens of a right clause.</summary>
    public float RightIdfSum(int j) => _rightIdfSum[j];

    /// <summary>The figures of one pair.</summary>
    public Overlap Compare(int i, int j)
    {
        var a = _left[i];
        var b = _right[j];
        if (a.IsEmpty || b.IsEmpty)
        {
            return default;
        }

        var ia = a.Ids;
        var ib = b.Ids;
        var wa = _leftTfIdf[i];
        var wb = _rightTfIdf[j];
        var idfA = _leftIdf[i];
        float dot = 0, sharedIdf = 0, bm25Lr = 0, bm25Rl = 0;
        var shared = 0;
        var normA = 1f - B + (B * a.Total / _leftAvgLength);
        var normB = 1f - B + (B * b.Total / _rightAvgLength);
        int x = 0, y = 0;
        while (x < ia.Length && y < ib.Length)
        {
            if (ia[x] == ib[y])
            {
                var idf = idfA[x];
                dot += wa[x] * wb[y];
                sharedIdf += idf;
                shared++;
                var tfB = b.Counts[y];
                var tfA = a.Counts[x];
                bm25Lr += idf * (tfB * (K1 + 1f)) / (tfB + (K1 * normB));
                bm25Rl += idf * (tfA * (K1 + 1f)) / (tfA + (K1 * normA));
                x++;
                y++;
            }
            else
            {
                // Advance the smaller side without a branch: which side is smaller is a coin toss for hashed ids.
                var less = ia[x] < ib[y];
                x += less ? 1 : 0;
                y += less ? 0 : 1;
            }
        }

        if (shared == 0)
        {
            return default;
        }

        var sumA = _leftIdfSum[i];
        var sumB = _rightIdfSum[j];
        return new Overlap(
            shared,
            dot / (_leftNorm[i] * _rightNorm[j]),
            2f * sharedIdf / (sumA + sumB),
            sharedIdf / Math.Min(sumA, sumB),
            0.5f * ((bm25Lr / ((K1 + 1f) * sumA)) + (bm25Rl / ((K1 + 1f) * sumB))));
    }

    private static void Count(TokenBag[] bags, Dictionary<ulong, int> df)
    {
        foreach (var bag in bags)
        {
            foreach (var id in bag.Ids)
            {
                df[id] = df.TryGetValue(id, out var d) ? d + 1 : 1;
            }
        }
    }

    /// <summary>The weights of one side; a token's idf is log(1 + n / df), computed where it is needed (no table of them).</summary>
    private static (float[][] Idf, float[][] TfIdf, float[] Norm, float[] IdfSum) Weigh(TokenBag[] bags, Dictionary<ulong, int> df, int n)
    {
        var idfs = new float[bags.Length][];
        var weights = new float[bags.Length][];
        var norms = new float[bags.Length];
        var sums = new float[bags.Length];
        for (var i = 0; i < bags.Length; i++)
        {
            var bag = bags[i];
            var iv = new float[bag.Count];
            var wv = new float[bag.Count];
            float norm = 0, sum = 0;
            for (var k = 0; k < bag.Count; k++)
            {
                iv[k] = MathF.Log(1f + (n / (float)df[bag.Ids[k]]));
                wv[k] = (1f + MathF.Log(bag.Counts[k])) * iv[k];
                norm += wv[k] * wv[k];
                sum += iv[k];
            }

            idfs[i] = iv;
            weights[i] = wv;
            norms[i] = MathF.Sqrt(norm);
            sums[i] = sum;
        }

        return (idfs, weights, norms, sums);
    }
}

/// <summary>How two bags of one view overlap.</summary>
/// <param name="Shared">Distinct tokens in both.</param>
/// <param name="Cosine">Cosine of the tf-idf vectors.</param>
/// <param name="Dice">Idf-weighted Dice of the token sets.</param>
/// <param name="Containment">Shared idf over the smaller side's idf.</param>
/// <param name="Bm25">BM25 of each side as a query against the other, normalised to 0 … 1 and averaged.</param>
internal readonly record struct Overlap(int Shared, float Cosine, float Dice, float Containment, float Bm25);

using System.Buffers;
using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers.FastTree;

namespace StdCompare.Alignment.Model;

/// <summary>
/// Evaluates a trained ML.NET tree ensemble (FastTree or LightGBM, Platt-calibrated) directly on feature
/// rows: the same trees, thresholds, leaf values and calibration as ML.NET's <c>Transform</c>, without
/// building an <c>IDataView</c> per batch, which costs more than the trees on the few thousand rows of one
/// comparison. Built only when the model is such an ensemble and it reproduces ML.NET's probabilities on
/// probe rows; otherwise scoring goes through ML.NET. Rows are scored with <see cref="LeafMasks"/> (which leaf each
/// tree gives, found feature by feature instead of by walking: the same leaves); <see cref="Walk"/> is the plain
/// walk it is checked against.
/// </summary>
internal sealed class TreeScorer
{
    /// <summary>Largest difference from ML.NET's probability accepted on a probe row.</summary>
    public const double Tolerance = 1e-5;

    /// <summary>Rows per parallel work item.</summary>
    public const int BlockRows = 256;

    private readonly int[][] _feature;
    private readonly float[][] _threshold;
    private readonly int[][] _left;
    private readonly int[][] _right;
    private readonly double[][] _leaf;
    private readonly double[] _weight;
    private readonly double _bias;
    private readonly double _slope;
    private readonly double _offset;
    private readonly LeafMasks _masks;

    private TreeScorer(RegressionTreeEnsemble ensemble, PlattCalibrator calibrator)
    {
        var trees = ensemble.Trees;
        _feature = [.. trees.Select(t => t.NumericalSplitFeatureIndexes.ToArray())];
        _threshold = [.. trees.Select(t => t.NumericalSplitThresholds.ToArray())];
        _left = [.. trees.Select(t => t.LeftChild.ToArray())];
        _right = [.. trees.Select(t => t.RightChild.ToArray())];
        _leaf = [.. trees.Select(t => t.LeafValues.ToArray())];
        _weight = [.. ensemble.TreeWeights];
        _bias = ensemble.Bias;
        _slope = calibrator.Slope;
        _offset = calibrator.Offset;
        _masks = new LeafMasks(_feature, _threshold, _left, _right, [.. _leaf.Select((leaf, t) => leaf.Select(v => _weight[t] * v).ToArray())]);
    }

    /// <summary>A scorer for <paramref name="model"/>, or null when it is not a calibrated numeric tree ensemble that matches ML.NET on probe rows.</summary>
    public static TreeScorer? TryCreate(MLContext ml, ITransformer model, int width)
    {
        if (model is not ISingleFeaturePredictionTransformer<object> prediction)
        {
            return null;
        }

        var parameters = prediction.Model;
        if (CalibratedBase(parameters.GetType()) is not { } type)
        {
            return null;
        }

        const BindingFlags declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        var sub = type.GetProperty("SubModel", declared)?.GetValue(parameters) as TreeEnsembleModelParametersBasedOnRegressionTree;
        var calibrator = type.GetProperty("Calibrator", declared)?.GetValue(parameters) as PlattCalibrator;
        if (sub is null || calibrator is null || sub.TrainedTreeEnsemble.Trees.Any(t => t.CategoricalSplitFlags.Any(f => f)))
        {
            return null;
        }

        var scorer = new TreeScorer(sub.TrainedTreeEnsemble, calibrator);
        return scorer.Agrees(ml, model, width) ? scorer : null;
    }

    /// <summary>The probability of one row.</summary>
    public float Score(ReadOnlySpan<float> row)
    {
        Span<uint> leaves = stackalloc uint[_masks.Trees];
        return Probability(_masks.Sum(row, _bias, leaves));
    }

    /// <summary>Probabilities of all rows, in parallel.</summary>
    public float[] Score(FeatureMatrix rows)
    {
        var result = new float[rows.Rows];
        Parallel.For(0, (rows.Rows + BlockRows - 1) / BlockRows, b => ScoreBlock(rows, b * BlockRows, Math.Min(rows.Rows, (b + 1) * BlockRows), result));
        return result;
    }

    /// <summary>Rows <paramref name="start"/> … <paramref name="end"/> − 1, <see cref="LeafMasks.Lanes"/> at a time when vectorised.</summary>
    internal void ScoreBlock(FeatureMatrix rows, int start, int end, float[] result)
    {
        if (!LeafMasks.Vectorized)
        {
            Span<uint> leaves = stackalloc uint[_masks.Trees];
            for (var r = start; r < end; r++)
            {
                result[r] = Probability(_masks.Sum(rows.Row(r), _bias, leaves));
            }

            return;
        }

        // Scratch space, filled by SumLanes before use: rented, as every block of every scoring needs one.
        var rented = ArrayPool<uint>.Shared.Rent(_masks.Trees * LeafMasks.Lanes);
        var lanes = rented.AsSpan(0, _masks.Trees * LeafMasks.Lanes);
        Span<double> sums = stackalloc double[LeafMasks.Lanes];
        for (var r = start; r < end; r += LeafMasks.Lanes)
        {
            var count = Math.Min(LeafMasks.Lanes, end - r);
            _masks.SumLanes(rows, r, count, _bias, sums, lanes);
            for (var l = 0; l < count; l++)
            {
                result[r + l] = Probability(sums[l]);
            }
        }

        ArrayPool<uint>.Shared.Return(rented);
    }

    /// <summary>The distinct thresholds the trees test <paramref name="feature"/> against, ascending.</summary>
    internal float[] ThresholdsOf(int feature)
        => [.. _feature.SelectMany((f, t) => f.Select((x, n) => (x, _threshold[t][n]))).Where(s => s.x == feature).Select(s => s.Item2).Distinct().Order()];

    /// <summary>The probability of one row by walking every tree from its root: what <see cref="LeafMasks"/> must reproduce.</summary>
    internal float Walk(ReadOnlySpan<float> row)
    {
        var sum = _bias;
        for (var t = 0; t < _leaf.Length; t++)
        {
            var feature = _feature[t];
            var threshold = _threshold[t];
            var left = _left[t];
            var right = _right[t];
            var node = feature.Length == 0 ? ~0 : 0;
            while (node >= 0)
            {
                node = row[feature[node]] <= threshold[node] ? left[node] : right[node];
            }

            sum += _weight[t] * _leaf[t][~node];
        }

        return Probability(sum);
    }

    private float Probability(double sum) => (float)(1 / (1 + Math.Exp((_slope * (float)sum) + _offset)));

    private static Type? CalibratedBase(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(CalibratedModelParametersBase<,>))
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>True when this scorer gives ML.NET's probabilities on seeded probe rows.</summary>
    private bool Agrees(MLContext ml, ITransformer model, int width)
    {
        var random = new Random(7);
        var probe = new FeatureMatrix(64, width);
        for (var k = 0; k < probe.Values.Length; k++)
        {
            probe.Values[k] = random.Next(4) switch
            {
                0 => -1f,
                1 => 0f,
                2 => (float)random.NextDouble(),
                _ => random.Next(5),
            };
        }

        var expected = ClauseSimilarityModel.Score(ml, model, probe);
        for (var r = 0; r < probe.Rows; r++)
        {
            if (Math.Abs(Score(probe.Row(r)) - expected[r]) > Tolerance)
            {
                return false;
            }
        }

        return true;
    }
}

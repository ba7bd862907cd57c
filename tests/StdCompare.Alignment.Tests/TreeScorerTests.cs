using StdCompare.Alignment.Model;

namespace StdCompare.Alignment.Tests;

/// <summary>The leaf masks (one row, and rows in vector lanes) give exactly the probabilities of walking the trees.</summary>
[Collection(CorpusCollection.Name)]
public sealed class TreeScorerTests(CorpusFixture corpus)
{
    [Fact]
    public void Every_stage_scores_rows_bit_for_bit_as_the_tree_walk_does()
    {
        var scorers = corpus.Model.Scorers;
        Assert.All(scorers, s => Assert.NotNull(s));
        foreach (var scorer in scorers)
        {
            var width = scorer == scorers[0] ? Features.PairFeatures.ContentCount : Features.PairFeatures.AllCount;

            // 1,003 rows: not a multiple of the lanes or of the parallel blocks, so partial blocks are scored too.
            var rows = RandomRows(scorer!, width, 1_003, seed: width);
            var all = scorer!.Score(rows);
            for (var r = 0; r < rows.Rows; r++)
            {
                var walked = scorer.Walk(rows.Row(r));
                Assert.Equal(BitConverter.SingleToInt32Bits(walked), BitConverter.SingleToInt32Bits(all[r]));
                Assert.Equal(BitConverter.SingleToInt32Bits(walked), BitConverter.SingleToInt32Bits(scorer.Score(rows.Row(r))));
            }
        }
    }

    [Fact]
    public void A_row_on_a_threshold_goes_left_and_a_NaN_goes_right_as_in_the_walk()
    {
        var scorer = corpus.Model.Scorers[0]!;
        var width = Features.PairFeatures.ContentCount;
        var rows = new FeatureMatrix(2, width);
        for (var f = 0; f < width; f++)
        {
            var thresholds = scorer.ThresholdsOf(f);
            rows.Row(0)[f] = thresholds.Length > 0 ? thresholds[thresholds.Length / 2] : 0f;
            rows.Row(1)[f] = float.NaN;
        }

        var all = scorer.Score(rows);
        Assert.Equal(scorer.Walk(rows.Row(0)), all[0]);
        Assert.Equal(scorer.Walk(rows.Row(1)), all[1]);
    }

    /// <summary>Rows whose values are thresholds of their feature, just above or below one, common feature values (−1, 0, 1), random values, or NaN.</summary>
    private static FeatureMatrix RandomRows(TreeScorer scorer, int width, int count, int seed)
    {
        var random = new Random(seed);
        var thresholds = Enumerable.Range(0, width).Select(scorer.ThresholdsOf).ToArray();
        var rows = new FeatureMatrix(count, width);
        for (var r = 0; r < count; r++)
        {
            for (var f = 0; f < width; f++)
            {
                var t = thresholds[f];
                var pick = t.Length > 0 ? t[random.Next(t.Length)] : 0f;
                rows.Row(r)[f] = random.Next(8) switch
                {
                    0 or 1 => pick,
                    2 => MathF.BitIncrement(pick),
                    3 => MathF.BitDecrement(pick),
                    4 => random.Next(3) - 1,
                    5 => (float)((random.NextDouble() * 6) - 1),
                    6 => random.Next(50) == 0 ? float.NaN : pick,
                    _ => (float)random.NextDouble(),
                };
            }
        }

        return rows;
    }
}

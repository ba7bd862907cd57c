using StdCompare.Alignment.Candidates;
using StdCompare.Alignment.Features;
using StdCompare.Alignment.Model;

namespace StdCompare.Alignment.Tests;

/// <summary>Context features read from the first-stage scores of related pairs.</summary>
[Collection(CorpusCollection.Name)]
public sealed class ContextFeatureTests(CorpusFixture corpus)
{
    // An annex method on the left (A with A.1, A.2) against one body clause on the right (9, under no parent; 9.1 under 9).
    private static readonly Documents.StandardDocument Left = Synthetic.Document("left", "zh",
        ("1", "范围", "本标准适用于食糖。"), ("A", "干燥失重的测定", ""), ("A.1", "原理", "试样在105 °C下干燥。"), ("A.2", "计算", "按式计算。"));

    private static readonly Documents.StandardDocument Right = Synthetic.Document("right", "en",
        ("1", "Scope", "This standard applies to sugars."), ("9", "Loss on drying", "Dry at 105 °C."), ("9.1", "Calculation", "Calculate."));

    [Fact]
    public void A_subclause_reads_the_score_of_its_parent_with_the_same_counterpart_and_the_other_way_round()
    {
        var ctx = new PairContext(corpus.Profiler.Get(Left), corpus.Profiler.Get(Right));
        Assert.Equal(1, ctx.Left.Clauses[2].Parent);
        Assert.Equal(1, ctx.Right.Clauses[2].Parent);
        Assert.True(ctx.Right.Clauses[1].Parent < 0);

        // Pairs: (1,1) (A,9) (A.1,9) (A.2,9) (A,9.1) (A.1,9.1); A.2 with 9.1 is not a candidate.
        var scores = new Dictionary<(int, int), float>
        {
            [(0, 0)] = 0.9f, [(1, 1)] = 0.8f, [(2, 1)] = 0.1f, [(3, 1)] = 0.2f, [(1, 2)] = 0.3f, [(2, 2)] = 0.05f,
        };
        var candidates = new CandidateSet([.. scores.Keys], 4, 3);
        var data = new PairData(ctx, candidates, new FeatureMatrix(candidates.Count, PairFeatures.ContentCount));
        var p1 = candidates.Pairs.Select(p => scores[p]).ToArray();
        var rows = ContextFeatures.Build(data, p1);
        var leftParent = PairFeatures.AllNames.IndexOf("left_parent_with_right");
        var rightParent = PairFeatures.AllNames.IndexOf("right_parent_with_left");

        float Feature(int left, int right, int column) => rows.Row(candidates.IndexOf(left, right))[column];

        // A.1 and A.2 with 9 read the score of A with 9; 9 has no parent.
        Assert.Equal(0.8f, Feature(2, 1, leftParent));
        Assert.Equal(0.8f, Feature(3, 1, leftParent));
        Assert.Equal(-1f, Feature(2, 1, rightParent));

        // A.1 with 9.1 reads A with 9.1 (0.3) and A.1 with 9 (0.1); A with 9.1 reads A with 9 from the right side.
        Assert.Equal(0.3f, Feature(2, 2, leftParent));
        Assert.Equal(0.1f, Feature(2, 2, rightParent));
        Assert.Equal(0.8f, Feature(1, 2, rightParent));

        // Top-level clauses have no parent; a parent pair that is not a candidate scores 0.
        Assert.Equal(-1f, Feature(0, 0, leftParent));
        Assert.Equal(-1f, Feature(1, 1, leftParent));
        var sparse = new CandidateSet([(3, 1), (3, 2)], 4, 3);
        var sparseRows = ContextFeatures.Build(new PairData(ctx, sparse, new FeatureMatrix(sparse.Count, PairFeatures.ContentCount)), [0.5f, 0.5f]);
        Assert.Equal(0f, sparseRows.Row(sparse.IndexOf(3, 1))[leftParent]);
    }
}

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

    [Fact]
    public void A_pair_reads_the_scores_of_its_clauses_with_the_neighbours_siblings_and_children_of_the_other_clause()
    {
        var ctx = new PairContext(corpus.Profiler.Get(Left), corpus.Profiler.Get(Right));
        var scores = new Dictionary<(int, int), float>
        {
            [(0, 0)] = 0.9f, [(1, 1)] = 0.8f, [(2, 1)] = 0.1f, [(3, 1)] = 0.2f, [(1, 2)] = 0.3f, [(2, 2)] = 0.05f,
        };
        var candidates = new CandidateSet([.. scores.Keys], 4, 3);
        var data = new PairData(ctx, candidates, new FeatureMatrix(candidates.Count, PairFeatures.ContentCount));
        var rows = ContextFeatures.Build(data, [.. candidates.Pairs.Select(p => scores[p])]);

        float Feature(int left, int right, string name) => rows.Row(candidates.IndexOf(left, right))[PairFeatures.AllNames.IndexOf(name)];

        // A with 9: the next right clause and the child of 9 is 9.1 (0.3); the children of A are A.1 (0.1) and A.2 (0.2).
        Assert.Equal(0.3f, Feature(1, 1, "left_with_next_right"));
        Assert.Equal(0.3f, Feature(1, 1, "left_with_right_child"));
        Assert.Equal(0.2f, Feature(1, 1, "right_with_left_child"));

        // A with 1 is no candidate (0); the clause before A.1 is A, after it A.2.
        Assert.Equal(0f, Feature(1, 1, "left_with_previous_right"));
        Assert.Equal(0.8f, Feature(2, 1, "previous_left_with_right"));
        Assert.Equal(0.2f, Feature(2, 1, "next_left_with_right"));

        // A.1 has the sibling A.2 (0.2 with 9); 9's siblings are the top-level clause 1, no candidate of A.1.
        Assert.Equal(0.2f, Feature(2, 1, "right_with_left_sibling"));
        Assert.Equal(0f, Feature(2, 1, "left_with_right_sibling"));

        // Clauses without children, and document ends.
        Assert.Equal(-1f, Feature(3, 1, "next_left_with_right"));
        Assert.Equal(-1f, Feature(2, 2, "left_with_next_right"));
        Assert.Equal(-1f, Feature(2, 2, "left_with_right_child"));
        Assert.Equal(-1f, Feature(0, 0, "previous_left_with_right"));
    }

    [Fact]
    public void The_lexicon_of_the_document_pair_links_words_that_recur_across_its_confident_pairs()
    {
        // Twenty clauses a side, each with a word of its own; clauses 0–3 also say 水分 on the left and чийг on the right.
        const string Han = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木火土山川日月风云雷电江河湖海松竹梅兰";
        string[] words = ["алтан", "бороо", "гэрэл", "далай", "жимсний", "зураг", "модон", "нохой", "оргил", "сүүлчийн",
            "тэмээ", "уулын", "хаалга", "цагаан", "шувуу", "эрдэм", "ягаан", "байгаль", "вандан", "гүүрэн"];
        var left = Synthetic.Document("lex-left", "zh", [.. Enumerable.Range(1, 20).Select(k =>
            ($"{k}", "", (k <= 4 ? "水分" : "") + Han.Substring(2 * (k - 1), 2)))]);
        var right = Synthetic.Document("lex-right", "mn", [.. Enumerable.Range(1, 20).Select(k =>
            ($"{k}", "", (k <= 4 ? "чийг " : "") + words[k - 1]))]);
        var ctx = new PairContext(corpus.Profiler.Get(left), corpus.Profiler.Get(right));

        // Clauses 0, 1, 2 and 4 … 19 are confident mutual best pairs with their namesakes; 3 is not, nor is 3 with 5.
        var scores = Enumerable.Range(0, 20).ToDictionary(k => (k, k), k => k == 3 ? 0.1f : 0.9f);
        scores[(3, 5)] = 0.2f;
        var candidates = new CandidateSet([.. scores.Keys], 20, 20);
        var data = new PairData(ctx, candidates, new FeatureMatrix(candidates.Count, PairFeatures.ContentCount));
        var rows = ContextFeatures.Build(data, [.. candidates.Pairs.Select(p => scores[p])]);

        float Feature(int l, int r, string name) => rows.Row(candidates.IndexOf(l, r))[PairFeatures.AllNames.IndexOf(name)];

        // 水分 and чийг were together in three anchors: the weak pair 3–3 shares them, 3–5 does not.
        Assert.Equal(1f, Feature(3, 3, "anchor_lexicon_left"));
        Assert.Equal(1f, Feature(3, 3, "anchor_lexicon_right"));
        Assert.Equal(0f, Feature(3, 5, "anchor_lexicon_left"));

        // An anchor learns without itself: 0–0 still finds the words through the two other anchors.
        Assert.Equal(1f, Feature(0, 0, "anchor_lexicon_left"));

        // A clause with no word that recurs has nothing to translate.
        Assert.Equal(-1f, Feature(7, 7, "anchor_lexicon_left"));
        Assert.Equal(MathF.Log(1f + 19), Feature(7, 7, "anchor_links"), 5);
    }

    [Fact]
    public void A_later_stage_written_over_the_rows_of_an_earlier_one_gives_the_rows_built_afresh()
    {
        var ctx = new PairContext(corpus.Profiler.Get(Left), corpus.Profiler.Get(Right));
        var candidates = new CandidateSet([(0, 0), (1, 1), (2, 1), (3, 1), (1, 2), (2, 2)], 4, 3);
        var content = new FeatureMatrix(candidates.Count, PairFeatures.ContentCount);
        for (var k = 0; k < candidates.Count; k++)
        {
            ContentFeatures.Compute(ctx, candidates.Pairs[k].Left, candidates.Pairs[k].Right, content.Row(k));
        }

        var data = new PairData(ctx, candidates, content);
        float[] first = [0.9f, 0.8f, 0.1f, 0.2f, 0.3f, 0.05f];
        float[] second = [0.7f, 0.2f, 0.6f, 0.4f, 0.9f, 0.3f];
        var reused = ContextFeatures.Build(data, second, ContextFeatures.Build(data, first));
        var fresh = ContextFeatures.Build(data, second);
        Assert.Equal(fresh.Values.ToArray(), reused.Values.ToArray());

        var other = new FeatureMatrix(candidates.Count - 1, PairFeatures.AllCount);
        Assert.Throws<ArgumentException>(() => ContextFeatures.Build(data, second, other));
    }

    [Fact]
    public void The_lexicon_of_the_document_pair_does_not_apply_within_one_language()
    {
        var ctx = new PairContext(corpus.Profiler.Get(Left), corpus.Profiler.Get(Left));
        var candidates = new CandidateSet([(0, 0), (1, 1)], 4, 4);
        var rows = ContextFeatures.Build(new PairData(ctx, candidates, new FeatureMatrix(2, PairFeatures.ContentCount)), [0.9f, 0.9f]);

        Assert.Equal(-1f, rows.Row(0)[PairFeatures.AllNames.IndexOf("anchor_lexicon_left")]);
        Assert.Equal(-1f, rows.Row(0)[PairFeatures.AllNames.IndexOf("anchor_links")]);
    }
}

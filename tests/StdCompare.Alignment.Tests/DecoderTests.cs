using StdCompare.Alignment.Candidates;
using StdCompare.Alignment.Decoding;
using StdCompare.Alignment.Features;
using StdCompare.Alignment.Profiles;

namespace StdCompare.Alignment.Tests;

/// <summary>The global assignment, link grouping and the order-preserving chain.</summary>
public sealed class DecoderTests
{
    private static readonly DecoderOptions Options = new(Threshold: 0.5, FertilityPenalty: 0.2, EquivalentScore: 0.8, RelatedScore: 0.5);

    [Fact]
    public void The_best_pairs_win_and_a_second_link_needs_more_evidence()
    {
        // Left 0 fits right 0 (0.9) and weakly right 1 (0.6); left 1 fits right 1 (0.8).
        var set = new CandidateSet([(0, 0), (0, 1), (1, 1)], 2, 2);
        var kept = LinkDecoder.Decode(set, [0.9f, 0.6f, 0.8f], Options, 2, 2);
        Assert.Equal(new[] { (0, 0), (1, 1) }, kept.Select(k => (k.Left, k.Right)));
    }

    [Fact]
    public void One_to_many_links_are_kept_when_the_evidence_is_strong()
    {
        // Left 0 was split into right 0 and right 1.
        var set = new CandidateSet([(0, 0), (0, 1)], 1, 2);
        var kept = LinkDecoder.Decode(set, [0.95f, 0.85f], Options, 1, 2);
        Assert.Equal(2, kept.Count);
    }

    [Fact]
    public void Crossing_links_are_allowed()
    {
        var set = new CandidateSet([(0, 1), (1, 0)], 2, 2);
        var kept = LinkDecoder.Decode(set, [0.9f, 0.9f], Options, 2, 2);
        Assert.Equal(new[] { (0, 1), (1, 0) }, kept.Select(k => (k.Left, k.Right)));
    }

    [Fact]
    public void Nothing_below_the_threshold_is_linked()
    {
        var set = new CandidateSet([(0, 0)], 1, 1);
        Assert.Empty(LinkDecoder.Decode(set, [0.3f], Options, 1, 1));
    }

    [Fact]
    public void Links_group_pairs_so_that_their_products_are_exactly_the_pairs()
    {
        var doc = Synthetic.Document("X", "en", ("1", "A", "alpha"), ("2", "B", "beta"), ("3", "C", "gamma"));
        var profile = new ClauseProfiler(AlignmentResources.Empty).Get(doc);

        // 1 → {1, 2}; 2 → {3}; 3 → {3}: a one-to-many link and a many-to-one link.
        var pairs = new List<(int, int, float)> { (0, 0, 0.9f), (0, 1, 0.9f), (1, 2, 0.9f), (2, 2, 0.9f) };
        var links = LinkBuilder.Build(pairs, profile, profile, Options);
        Assert.Equal(2, links.Length);
        Assert.Equal(new[] { "1" }, links[0].Left);
        Assert.Equal(new[] { "1", "2" }, links[0].Right);
        Assert.Equal(new[] { "2", "3" }, links[1].Left);
        Assert.Equal(new[] { "3" }, links[1].Right);
    }

    [Fact]
    public void A_changed_limit_makes_a_link_modified()
    {
        var left = Synthetic.Document("L", "en", ("1", "Lead", "Lead: max. 0.2 mg/kg."));
        var right = Synthetic.Document("R", "en", ("1", "Lead", "Lead: max. 0.1 mg/kg."));
        var profiler = new ClauseProfiler(AlignmentResources.Empty);
        Assert.Equal(LinkRelation.Modified, RelationClassifier.Classify(profiler.Get(left).Clauses, profiler.Get(right).Clauses, 0.99, Options));
        Assert.Equal(LinkRelation.Equivalent, RelationClassifier.Classify(profiler.Get(left).Clauses, profiler.Get(left).Clauses, 0.99, Options));
    }

    [Fact]
    public void The_order_chain_skips_a_moved_pair()
    {
        // Diagonal pairs and one crossing pair (3 → 0), all strong.
        var pairs = new[] { (0, 0), (1, 1), (2, 2), (3, 0), (3, 3) };
        var path = MonotonePath.Find(pairs, [0.9f, 0.9f, 0.9f, 0.8f, 0.9f], 4);
        Assert.Equal(new[] { true, true, true, false, true }, path.OnPath);
        Assert.Equal(0f, path.Offset(2, 2, 4));
        Assert.True(path.Offset(3, 0, 4) > 0.5f);
    }
}

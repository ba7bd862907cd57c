using StdCompare.Alignment.Candidates;

namespace StdCompare.Alignment.Tests;

/// <summary>The candidate pairs of one alignment: their order and their look-ups.</summary>
public sealed class CandidateSetTests
{
    [Fact]
    public void Pairs_are_distinct_and_sorted_by_left_then_right_whatever_order_they_come_in()
    {
        var set = new CandidateSet([(2, 0), (0, 3), (0, 1), (2, 0), (1, 2)], 3, 4);
        Assert.Equal(new[] { (0, 1), (0, 3), (1, 2), (2, 0) }, set.Pairs);
        Assert.Equal(4, set.Count);
    }

    [Fact]
    public void A_pair_is_found_at_its_index_and_any_other_is_not_found()
    {
        var set = new CandidateSet([(2, 0), (0, 3), (0, 1), (1, 2), (2, 3)], 4, 4);
        for (var k = 0; k < set.Count; k++)
        {
            Assert.Equal(k, set.IndexOf(set.Pairs[k].Left, set.Pairs[k].Right));
        }

        Assert.Equal(-1, set.IndexOf(0, 2));   // its left clause has pairs, not this one
        Assert.Equal(-1, set.IndexOf(3, 0));   // a left clause without pairs
        Assert.Equal(-1, set.IndexOf(4, 0));   // beyond the left document
        Assert.Equal(-1, set.IndexOf(-1, 0));
        Assert.Equal(-1, set.IndexOf(0, 9));   // beyond the right document
        Assert.Equal(-1, set.IndexOf(0, -1));
    }

    [Fact]
    public void Each_clause_lists_its_pairs_in_pair_order()
    {
        var set = new CandidateSet([(2, 0), (0, 3), (0, 1), (1, 2), (2, 3)], 4, 4);
        Assert.Equal(new[] { 0, 1 }, set.ByLeft[0]);
        Assert.Equal(new[] { 2 }, set.ByLeft[1]);
        Assert.Equal(new[] { 3, 4 }, set.ByLeft[2]);
        Assert.Empty(set.ByLeft[3]);
        Assert.Equal(new[] { 3 }, set.ByRight[0]);
        Assert.Equal(new[] { 0 }, set.ByRight[1]);
        Assert.Equal(new[] { 2 }, set.ByRight[2]);
        Assert.Equal(new[] { 1, 4 }, set.ByRight[3]);
    }
}

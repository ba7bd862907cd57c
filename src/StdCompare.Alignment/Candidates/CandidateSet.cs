namespace StdCompare.Alignment.Candidates;

/// <summary>The candidate pairs of one alignment, sorted by left then right index, with lookups by clause and by pair.</summary>
internal sealed class CandidateSet
{
    /// <summary>Where each left clause's pairs start in <see cref="Pairs"/>; one more entry, the end.</summary>
    private readonly int[] _leftStart;

    /// <summary>The right index of each pair: a pair is found by binary search among its left clause's pairs.</summary>
    private readonly int[] _rights;

    /// <summary>Creates a set from distinct pairs (any order).</summary>
    public CandidateSet(IEnumerable<(int Left, int Right)> pairs, int leftCount, int rightCount)
    {
        Pairs = [.. pairs.Distinct()];
        Array.Sort(Pairs);
        _leftStart = new int[leftCount + 1];
        _rights = new int[Pairs.Length];
        var rightSizes = new int[rightCount];
        for (var k = 0; k < Pairs.Length; k++)
        {
            var (l, r) = Pairs[k];
            _leftStart[l + 1]++;
            _rights[k] = r;
            rightSizes[r]++;
        }

        var byLeft = new int[leftCount][];
        for (var l = 0; l < leftCount; l++)
        {
            var start = _leftStart[l];
            _leftStart[l + 1] += start;
            byLeft[l] = Range(start, _leftStart[l + 1] - start);
        }

        // By right clause, in pair order (by left index), as the pairs are visited.
        var byRight = new int[rightCount][];
        for (var r = 0; r < rightCount; r++)
        {
            byRight[r] = rightSizes[r] == 0 ? [] : new int[rightSizes[r]];
            rightSizes[r] = 0;
        }

        for (var k = 0; k < Pairs.Length; k++)
        {
            var r = Pairs[k].Right;
            byRight[r][rightSizes[r]++] = k;
        }

        ByLeft = byLeft;
        ByRight = byRight;
    }

    /// <summary>The pairs, sorted.</summary>
    public (int Left, int Right)[] Pairs { get; }

    /// <summary>For each left clause, the indexes of its pairs.</summary>
    public int[][] ByLeft { get; }

    /// <summary>For each right clause, the indexes of its pairs.</summary>
    public int[][] ByRight { get; }

    /// <summary>Number of pairs.</summary>
    public int Count => Pairs.Length;

    /// <summary>Index of a pair, or -1.</summary>
    public int IndexOf(int left, int right)
    {
        if ((uint)left >= (uint)(_leftStart.Length - 1))
        {
            return -1;
        }

        var start = _leftStart[left];
        var k = Array.BinarySearch(_rights, start, _leftStart[left + 1] - start, right);
        return k < 0 ? -1 : k;
    }

    private static int[] Range(int start, int count)
    {
        if (count == 0)
        {
            return [];
        }

        var range = new int[count];
        for (var n = 0; n < count; n++)
        {
            range[n] = start + n;
        }

        return range;
    }
}

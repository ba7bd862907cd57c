namespace StdCompare.Alignment.Candidates;

/// <summary>The candidate pairs of one alignment, sorted by left then right index, with lookups by clause and by pair.</summary>
internal sealed class CandidateSet
{
    private readonly Dictionary<long, int> _index;

    /// <summary>Creates a set from distinct pairs (any order).</summary>
    public CandidateSet(IEnumerable<(int Left, int Right)> pairs, int leftCount, int rightCount)
    {
        Pairs = [.. pairs.Distinct().OrderBy(p => p.Left).ThenBy(p => p.Right)];
        _index = new Dictionary<long, int>(Pairs.Length);
        var byLeft = new List<int>[leftCount];
        var byRight = new List<int>[rightCount];
        for (var k = 0; k < Pairs.Length; k++)
        {
            var (l, r) = Pairs[k];
            _index[Key(l, r)] = k;
            (byLeft[l] ??= []).Add(k);
            (byRight[r] ??= []).Add(k);
        }

        ByLeft = Array.ConvertAll(byLeft, l => l?.ToArray() ?? []);
        ByRight = Array.ConvertAll(byRight, l => l?.ToArray() ?? []);
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
    public int IndexOf(int left, int right) => _index.TryGetValue(Key(left, right), out var k) ? k : -1;

    private static long Key(int left, int right) => ((long)left << 32) | (uint)right;
}

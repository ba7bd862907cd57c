namespace StdCompare.Alignment.Profiles;

/// <summary>A bag of hashed tokens: ids sorted ascending, with their counts.</summary>
internal sealed class TokenBag
{
    /// <summary>The empty bag.</summary>
    public static readonly TokenBag Empty = new([], []);

    /// <summary>Creates a bag from sorted, distinct ids and their counts.</summary>
    public TokenBag(ulong[] ids, float[] counts)
    {
        Ids = ids;
        Counts = counts;
        var total = 0f;
        foreach (var c in counts)
        {
            total += c;
        }

        Total = total;
    }

    /// <summary>Distinct token ids, ascending.</summary>
    public ulong[] Ids { get; }

    /// <summary>Occurrences of each id.</summary>
    public float[] Counts { get; }

    /// <summary>Sum of the counts.</summary>
    public float Total { get; }

    /// <summary>Number of distinct tokens.</summary>
    public int Count => Ids.Length;

    /// <summary>True when the bag holds no token.</summary>
    public bool IsEmpty => Ids.Length == 0;

    /// <summary>True when the bag holds <paramref name="id"/>.</summary>
    public bool Contains(ulong id)
    {
        // A plain binary search: Array.BinarySearch goes through a generic comparer, which costs more than the search on these small arrays.
        var ids = Ids;
        int lo = 0, hi = ids.Length - 1;
        while (lo <= hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            var v = ids[mid];
            if (v == id)
            {
                return true;
            }

            if (v < id)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    /// <summary>Number of distinct tokens both bags hold.</summary>
    public int SharedCount(TokenBag other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int i = 0, j = 0, shared = 0;
        var a = Ids;
        var b = other.Ids;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else
            {
                // Without a branch on which side is smaller (a coin toss for hashed ids).
                var less = a[i] < b[j];
                i += less ? 1 : 0;
                j += less ? 0 : 1;
            }
        }

        return shared;
    }
}

/// <summary>Collects tokens into a <see cref="TokenBag"/>.</summary>
internal sealed class TokenBagBuilder
{
    private readonly Dictionary<ulong, float> _counts = [];

    /// <summary>Adds a token.</summary>
    public void Add(ulong id, float count = 1f)
        => _counts[id] = _counts.TryGetValue(id, out var c) ? c + count : count;

    /// <summary>Adds every token of a bag.</summary>
    public void Add(TokenBag bag)
    {
        ArgumentNullException.ThrowIfNull(bag);
        for (var i = 0; i < bag.Ids.Length; i++)
        {
            Add(bag.Ids[i], bag.Counts[i]);
        }
    }

    /// <summary>Number of distinct tokens so far.</summary>
    public int Count => _counts.Count;

    /// <summary>The bag.</summary>
    public TokenBag Build()
    {
        if (_counts.Count == 0)
        {
            return TokenBag.Empty;
        }

        var ids = new ulong[_counts.Count];
        _counts.Keys.CopyTo(ids, 0);
        Array.Sort(ids);
        var counts = new float[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            counts[i] = _counts[ids[i]];
        }

        return new TokenBag(ids, counts);
    }
}

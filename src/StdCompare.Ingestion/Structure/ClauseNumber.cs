using System.Globalization;

namespace StdCompare.Ingestion.Structure;

/// <summary>
/// Whether a number at the start of a line can be the next clause: a sibling a little further on, a first
/// child, or a step back up the tree. This keeps lines such as "25 g of the sample…" or a page number from
/// being read as clauses.
/// </summary>
internal static class ClauseNumber
{
    /// <summary>How far a number may jump past its predecessor (deleted clauses leave gaps).</summary>
    public const int MaxSkip = 6;

    /// <summary>Largest number a first clause (of the body or an annex) may have.</summary>
    public const int MaxFirst = 6;

    public static int[]? Segments(string numeric)
    {
        var parts = numeric.Split('.');
        var result = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out result[i]))
            {
                return null;
            }
        }

        return result;
    }

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/> (null: nothing numbered yet).</summary>
    public static bool CanFollow(int[]? previous, int[] next)
    {
        if (next.Length == 0 || (next[0] == 0 && (previous is null || previous[0] != 0)))
        {
            return false;
        }

        if (previous is null)
        {
            return next[0] <= MaxFirst && next.Skip(1).All(s => s is >= 1 and <= MaxFirst);
        }

        // First child: 4.2 → 4.2.1 (or a grandchild when a level was skipped).
        if (next.Length > previous.Length && next.Length <= previous.Length + 2
            && previous.AsSpan().SequenceEqual(next.AsSpan(0, previous.Length))
            && next.Skip(previous.Length).All(s => s is >= 1 and <= MaxFirst))
        {
            return true;
        }

        // Next sibling at some level: 4.2.3 → 4.2.4, 4.3, 5, 5.1.
        for (var j = 0; j < Math.Min(previous.Length, next.Length); j++)
        {
            if (!previous.AsSpan(0, j).SequenceEqual(next.AsSpan(0, j)))
            {
                break;
            }

            if (next[j] > previous[j] && next[j] <= previous[j] + MaxSkip
                && next.Skip(j + 1).All(s => s is >= 1 and <= MaxFirst))
            {
                return true;
            }
        }

        return false;
    }

    public static int Level(string id)
        => id is Documents.Clause.ForewordId or Documents.Clause.IntroductionId ? 1 : id.Count(c => c == '.') + 1;
}

namespace StdCompare.Alignment.Evaluation;

/// <summary>Counts of clause pairs: found and right, found, and in the gold alignment.</summary>
/// <param name="Correct">Pairs both found and in the gold alignment.</param>
/// <param name="Predicted">Pairs found.</param>
/// <param name="Gold">Pairs in the gold alignment.</param>
public sealed record LinkCounts(int Correct, int Predicted, int Gold)
{
    /// <summary>Nothing counted.</summary>
    public static LinkCounts Zero { get; } = new(0, 0, 0);

    /// <summary>Correct / predicted (1 when nothing was predicted and nothing was expected).</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : Correct / (double)Predicted;

    /// <summary>Correct / gold (1 when there was nothing to find).</summary>
    public double Recall => Gold == 0 ? 1 : Correct / (double)Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Sum of two counts (micro-averaging).</summary>
    public static LinkCounts operator +(LinkCounts a, LinkCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new LinkCounts(a.Correct + b.Correct, a.Predicted + b.Predicted, a.Gold + b.Gold);
    }

    /// <summary>Sum of two counts.</summary>
    public static LinkCounts Add(LinkCounts a, LinkCounts b) => a + b;

    /// <summary>Counts of <paramref name="predicted"/> against <paramref name="gold"/>.</summary>
    public static LinkCounts Of(IReadOnlySet<(string, string)> predicted, IReadOnlySet<(string, string)> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        return new LinkCounts(predicted.Count(gold.Contains), predicted.Count, gold.Count);
    }
}

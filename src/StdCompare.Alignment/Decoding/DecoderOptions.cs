namespace StdCompare.Alignment.Decoding;

/// <summary>
/// Settings of the decoder, tuned with the model on held-out training pairs and stored in the model file.
/// </summary>
/// <param name="Threshold">Least score of a link between two clauses that have no link yet.</param>
/// <param name="FertilityPenalty">Added to the threshold for every link either clause already has: one-to-many links need more evidence.</param>
/// <param name="EquivalentScore">Least score of an <c>equivalent</c> link (with no requirement deviation).</param>
/// <param name="RelatedScore">Below this score a link is <c>related</c>.</param>
/// <param name="RelativeScore">A pair is kept only when its score is at least this share of the best score of its left or of its right clause.</param>
public sealed record DecoderOptions(double Threshold, double FertilityPenalty, double EquivalentScore, double RelatedScore, double RelativeScore = 0)
{
    /// <summary>Settings before tuning.</summary>
    public static DecoderOptions Default { get; } = new(0.5, 0.2, 0.8, 0.5);
}

using System.Collections.Immutable;

namespace StdCompare.Alignment.Evaluation;

/// <summary>Link quality on one gold pair.</summary>
/// <param name="PairId">The gold pair.</param>
/// <param name="Languages">Its language pair.</param>
/// <param name="Links">Clause-pair counts.</param>
/// <param name="RelationsCorrect">Correctly found pairs whose link has the gold relation.</param>
/// <param name="Degree">The computed degree.</param>
/// <param name="GoldDegree">The gold degree.</param>
/// <param name="Milliseconds">Time taken to align the pair.</param>
public sealed record PairEvaluation(string PairId, string Languages, LinkCounts Links, int RelationsCorrect, string Degree, string GoldDegree, double Milliseconds);

/// <summary>Link quality of one language pair (micro-averaged over its gold pairs).</summary>
/// <param name="Languages">The language pair.</param>
/// <param name="Pairs">Number of gold pairs.</param>
/// <param name="Links">Summed counts.</param>
/// <param name="Target">The F1 the product promises.</param>
public sealed record LanguageEvaluation(string Languages, int Pairs, LinkCounts Links, double Target)
{
    /// <summary>True when F1 reaches the target.</summary>
    public bool MeetsTarget => Links.F1 >= Target;
}

/// <summary>Link quality over a set of gold pairs.</summary>
/// <param name="Pairs">Per gold pair, in id order.</param>
/// <param name="Languages">Per language pair, in ordinal order.</param>
/// <param name="Overall">Summed over all pairs.</param>
/// <param name="Milliseconds">Total time to align all pairs.</param>
public sealed record EvaluationReport(ImmutableArray<PairEvaluation> Pairs, ImmutableArray<LanguageEvaluation> Languages, LinkCounts Overall, double Milliseconds)
{
    /// <summary>True when every language pair meets its target.</summary>
    public bool MeetsTargets => Languages.All(l => l.MeetsTarget);

    /// <summary>Share of correctly found pairs whose relation is the gold one.</summary>
    public double RelationAccuracy => Overall.Correct == 0 ? 0 : Pairs.Sum(p => p.RelationsCorrect) / (double)Overall.Correct;

    /// <summary>Share of pairs whose computed degree is the gold one.</summary>
    public double DegreeAccuracy => Pairs.IsEmpty ? 0 : Pairs.Count(p => p.Degree == p.GoldDegree) / (double)Pairs.Length;
}

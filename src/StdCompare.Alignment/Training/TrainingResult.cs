using System.Collections.Immutable;
using StdCompare.Alignment.Decoding;
using StdCompare.Alignment.Evaluation;
using StdCompare.Alignment.Model;

namespace StdCompare.Alignment.Training;

/// <summary>How a learner did on held-out training pairs (cross-validation by pair group).</summary>
/// <param name="Learner">The learner.</param>
/// <param name="Links">Link counts on the held-out gold training pairs, decoded with the tuned settings.</param>
/// <param name="Decoder">The decoder settings tuned on those held-out scores.</param>
/// <param name="RelationAccuracy">Share of correctly found pairs given their gold relation.</param>
/// <param name="Languages">Link counts per language pair.</param>
public sealed record LearnerValidation(Learner Learner, LinkCounts Links, DecoderOptions Decoder, double RelationAccuracy, ImmutableArray<LanguageEvaluation> Languages)
{
    /// <summary>
    /// Link counts per language pair and gold degree of correspondence (<c>zh-en IDT/MOD</c>, <c>zh-en NEQ</c>): adoptions keep
    /// their model's structure and wording, standards that are not adoptions (NEQ) correspond only loosely.
    /// </summary>
    public ImmutableArray<LanguageEvaluation> Degrees { get; init; } = [];
}

/// <summary>Figures of the training data.</summary>
/// <param name="GoldPairs">Gold training pairs.</param>
/// <param name="PerturbedPairs">Perturbed variants of them.</param>
/// <param name="SelfPairs">Documents against perturbed copies of themselves.</param>
/// <param name="Rows">Candidate pairs (training rows).</param>
/// <param name="Positives">Rows that are gold links.</param>
/// <param name="CandidateRecall">Share of the gold links of the gold training pairs that are among the candidates.</param>
public sealed record TrainingStatistics(int GoldPairs, int PerturbedPairs, int SelfPairs, int Rows, int Positives, double CandidateRecall);

/// <summary>A trained model and how it was chosen.</summary>
/// <param name="Model">The model (decoder settings included).</param>
/// <param name="Validation">Per learner measured, in enum order.</param>
/// <param name="Statistics">Figures of the training data.</param>
/// <param name="TrainPairIds">The gold pairs trained on.</param>
/// <param name="SelfPairDocuments">The documents paired with perturbed copies of themselves.</param>
/// <param name="Seconds">Training time.</param>
public sealed record TrainingResult(
    ClauseSimilarityModel Model,
    ImmutableArray<LearnerValidation> Validation,
    TrainingStatistics Statistics,
    ImmutableArray<string> TrainPairIds,
    ImmutableArray<string> SelfPairDocuments,
    double Seconds);

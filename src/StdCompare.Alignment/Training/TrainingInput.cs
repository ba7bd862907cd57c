using System.Collections.Immutable;
using StdCompare.Alignment.Evaluation;
using StdCompare.Documents;

namespace StdCompare.Alignment.Training;

/// <summary>What the model is trained on.</summary>
/// <param name="TrainPairs">The gold pairs of the training split (never a test pair).</param>
/// <param name="SelfPairDocuments">Documents aligned against perturbed copies of themselves (never a document of a test pair).</param>
public sealed record TrainingInput(ImmutableArray<GoldCase> TrainPairs, ImmutableArray<StandardDocument> SelfPairDocuments);

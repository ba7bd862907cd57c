using StdCompare.Alignment.Candidates;
using StdCompare.Alignment.Model;

namespace StdCompare.Alignment.Features;

/// <summary>A document pair made ready for scoring: its context, candidates and their content features.</summary>
/// <param name="Context">The weighted views of both documents.</param>
/// <param name="Candidates">The candidate pairs.</param>
/// <param name="Content">Content features, one row per candidate.</param>
internal sealed record PairData(PairContext Context, CandidateSet Candidates, FeatureMatrix Content);

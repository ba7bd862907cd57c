using System.Collections.Immutable;
using StdCompare.Alignment.Decoding;
using StdCompare.Alignment.Features;
using StdCompare.Alignment.Model;
using StdCompare.Alignment.Profiles;
using StdCompare.Documents;

namespace StdCompare.Alignment;

/// <summary>
/// Aligns the clauses of two standards, in any two languages: candidates from the composed sources, pair
/// features, the two-stage clause-similarity model, and a global decoding that allows one-to-many,
/// many-to-one and crossing links. Immutable and thread-safe; build it with <see cref="ClauseAlignerBuilder"/>.
/// </summary>
public sealed class ClauseAligner
{
    private readonly FeaturePipeline _pipeline;

    internal ClauseAligner(FeaturePipeline pipeline, ClauseSimilarityModel model)
    {
        _pipeline = pipeline;
        Model = model;
    }

    /// <summary>The model.</summary>
    public ClauseSimilarityModel Model { get; }

    /// <summary>Names of the composed candidate sources.</summary>
    public ImmutableArray<string> CandidateSources => [.. _pipeline.Sources.Select(s => s.Name)];

    /// <summary>True when the composed sources are the ones the model was trained with (otherwise scores may be off).</summary>
    public bool SourcesMatchModel => CandidateSources.SequenceEqual(Model.Metadata.CandidateSources, StringComparer.Ordinal);

    /// <summary>Aligns <paramref name="left"/> to <paramref name="right"/>. Large documents report progress.</summary>
    public ClauseAlignment Align(StandardDocument left, StandardDocument right, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var warnings = ImmutableArray.CreateBuilder<string>();
        foreach (var (side, doc) in new[] { ("LEFT", left), ("RIGHT", right) })
        {
            if (doc.Clauses.Length > AlignmentLimits.MaxClauses)
            {
                warnings.Add($"{side} has {doc.Clauses.Length} clauses; only the first {AlignmentLimits.MaxClauses} were aligned");
            }
        }

        var scored = Score(left, right, progress, cancellationToken);
        var options = Model.Metadata.Decoder;
        var kept = LinkDecoder.Decode(scored.Data.Candidates, scored.Scores, options, scored.Data.Context.Left.Count, scored.Data.Context.Right.Count);
        if (left.Clauses.Length + right.Clauses.Length >= AlignmentLimits.ProgressThreshold)
        {
            progress?.Report($"{kept.Count} clause pairs linked");
        }

        var links = LinkBuilder.Build(kept, scored.Data.Context.Left, scored.Data.Context.Right, options);
        var linkedLeft = kept.Select(p => p.Left).ToHashSet();
        var linkedRight = kept.Select(p => p.Right).ToHashSet();
        ImmutableArray<string> unmatchedLeft = [.. left.Clauses.Where((c, i) => !linkedLeft.Contains(i)).Select(c => c.Id)];
        ImmutableArray<string> unmatchedRight = [.. right.Clauses.Where((c, j) => !linkedRight.Contains(j)).Select(c => c.Id)];
        return new ClauseAlignment
        {
            Left = left,
            Right = right,
            Links = links,
            UnmatchedLeft = unmatchedLeft,
            UnmatchedRight = unmatchedRight,
            Degree = DegreeEstimator.Estimate(left, right, links, unmatchedLeft, unmatchedRight),
            CandidateCount = scored.Data.Candidates.Count,
            Warnings = warnings.ToImmutable(),
        };
    }

    /// <summary>The candidates of a pair with their second-stage scores.</summary>
    internal ScoredPair Score(StandardDocument left, StandardDocument right, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var data = _pipeline.Prepare(left, right, progress, cancellationToken);
        if (data.Candidates.Count == 0)
        {
            return new ScoredPair(data, []);
        }

        LexiconFeatures.Fill(data, Model.Lexicon);

        var scores = Model.ScoreContent(data.Content);
        FeatureMatrix? rows = null;
        for (var stage = 0; stage < Model.ContextStages; stage++)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Each stage's rows are scored before the next stage writes its own over them.
            rows = ContextFeatures.Build(data, scores, rows);
            scores = Model.ScoreContext(stage, rows);
        }

        return new ScoredPair(data, scores);
    }
}

/// <summary>A prepared pair and the final score of each candidate.</summary>
internal sealed record ScoredPair(PairData Data, float[] Scores);

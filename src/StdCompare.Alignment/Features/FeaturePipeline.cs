using StdCompare.Alignment.Candidates;
using StdCompare.Alignment.Model;
using StdCompare.Alignment.Profiles;
using StdCompare.Documents;
using StdCompare.Matching;

namespace StdCompare.Alignment.Features;

/// <summary>Profiles, candidates and content features of a document pair: the part of alignment that training and inference share.</summary>
internal sealed class FeaturePipeline
{
    private readonly CandidateGenerator _generator;

    /// <summary>Creates the pipeline.</summary>
    public FeaturePipeline(ClauseProfiler profiler, IReadOnlyList<ICandidateSource> sources)
    {
        Profiler = profiler;
        Sources = sources;
        _generator = new CandidateGenerator(sources);
    }

    /// <summary>The shared profiler.</summary>
    public ClauseProfiler Profiler { get; }

    /// <summary>The candidate sources.</summary>
    public IReadOnlyList<ICandidateSource> Sources { get; }

    /// <summary>Prepares a pair.</summary>
    public PairData Prepare(StandardDocument left, StandardDocument right, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var large = left.Clauses.Length + right.Clauses.Length >= AlignmentLimits.ProgressThreshold;
        var a = Profiler.Get(left);
        var b = Profiler.Get(right);
        if (large)
        {
            progress?.Report($"profiled {a.Count} + {b.Count} clauses");
        }

        var ctx = new PairContext(a, b);
        var candidates = _generator.Generate(left, right, ctx, cancellationToken);
        if (large)
        {
            progress?.Report($"{candidates.Count} candidate pairs");
        }

        var content = new FeatureMatrix(candidates.Count, PairFeatures.ContentCount);
        var pairs = candidates.Pairs;
        Parallel.For(0, pairs.Length, new ParallelOptions { CancellationToken = cancellationToken }, k =>
            ContentFeatures.Compute(ctx, pairs[k].Left, pairs[k].Right, content.Row(k)));
        if (large)
        {
            progress?.Report($"features of {candidates.Count} pairs computed");
        }

        return new PairData(ctx, candidates, content);
    }
}

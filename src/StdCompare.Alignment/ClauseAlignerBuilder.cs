using StdCompare.Alignment.Candidates;
using StdCompare.Alignment.Features;
using StdCompare.Alignment.Model;
using StdCompare.Alignment.Profiles;
using StdCompare.Matching;

namespace StdCompare.Alignment;

/// <summary>
/// Composes a <see cref="ClauseAligner"/>: the model, the shared profiler and the candidate sources. Hosts
/// add the sources they have (the alignment's own structure and concept sources, the search engine's Lucene
/// source); training composes the same ones.
/// </summary>
public sealed class ClauseAlignerBuilder
{
    private readonly List<ICandidateSource> _sources = [];
    private readonly ClauseSimilarityModel _model;
    private readonly ClauseProfiler _profiler;

    /// <summary>Starts a builder for <paramref name="model"/> over <paramref name="profiler"/>.</summary>
    public ClauseAlignerBuilder(ClauseSimilarityModel model, ClauseProfiler profiler)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(profiler);
        _model = model;
        _profiler = profiler;
    }

    /// <summary>The alignment's own sources: structure and concepts, over <paramref name="profiler"/>.</summary>
    public static IReadOnlyList<ICandidateSource> BuiltInSources(ClauseProfiler profiler)
        => [new StructureCandidateSource(profiler), new ConceptCandidateSource(profiler)];

    /// <summary>Adds a candidate source.</summary>
    public ClauseAlignerBuilder AddCandidateSource(ICandidateSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _sources.Add(source);
        return this;
    }

    /// <summary>Adds candidate sources.</summary>
    public ClauseAlignerBuilder AddCandidateSources(IEnumerable<ICandidateSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        foreach (var source in sources)
        {
            AddCandidateSource(source);
        }

        return this;
    }

    /// <summary>The aligner; the built-in sources when none was added.</summary>
    public ClauseAligner Build()
    {
        var sources = _sources.Count > 0 ? _sources.ToArray() : BuiltInSources(_profiler);
        return new ClauseAligner(new FeaturePipeline(_profiler, sources), _model);
    }
}

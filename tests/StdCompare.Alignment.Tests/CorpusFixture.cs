using System.Collections.Immutable;
using StdCompare.Alignment.Evaluation;
using StdCompare.Alignment.Model;
using StdCompare.Alignment.Profiles;
using StdCompare.Corpus;
using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion.Corpus;
using StdCompare.Testing;

namespace StdCompare.Alignment.Tests;

/// <summary>The corpus, its reference data, the committed model and an aligner, loaded once for all tests.</summary>
public sealed class CorpusFixture
{
    /// <summary>Loads everything.</summary>
    public CorpusFixture()
    {
        var layout = new CorpusLayout(RepositoryPaths.Corpus);
        var diagnostics = new List<Diagnostic>();
        Documents = CorpusLoader.LoadDocuments(RepositoryPaths.Corpus).Documents;
        Resources = Cli.Commands.CompareCommand.LoadResources(RepositoryPaths.Corpus);
        Profiler = new ClauseProfiler(Resources);
        ModelPath = RepositoryPaths.InRepository("models/" + ClauseSimilarityModel.FileName);
        Model = ClauseSimilarityModel.Load(ModelPath);
        Sources = Cli.Commands.CompareCommand.CandidateSources(Profiler, Resources);
        Aligner = new ClauseAlignerBuilder(Model, Profiler).AddCandidateSources(Sources).Build();
        var gold = GoldPairReader.ReadAll(layout, diagnostics);
        var splits = GoldPairReader.ReadSplits(layout, diagnostics);
        var byPath = Documents.ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
        Cases = [.. gold.Select(g => new GoldCase(g, byPath[g.Left], byPath[g.Right]))];
        Splits = splits;
    }

    /// <summary>The corpus documents.</summary>
    public ImmutableArray<StandardDocument> Documents { get; }

    /// <summary>Terminology and CC-CEDICT.</summary>
    public AlignmentResources Resources { get; }

    /// <summary>The shared profiler.</summary>
    public ClauseProfiler Profiler { get; }

    /// <summary>Where the committed model is.</summary>
    public string ModelPath { get; }

    /// <summary>The committed model.</summary>
    public ClauseSimilarityModel Model { get; }

    /// <summary>The candidate sources the CLI composes.</summary>
    public IReadOnlyList<Matching.ICandidateSource> Sources { get; }

    /// <summary>An aligner with the candidate sources the CLI composes.</summary>
    public ClauseAligner Aligner { get; }

    /// <summary>All gold pairs with their documents.</summary>
    public ImmutableArray<GoldCase> Cases { get; }

    /// <summary>The split of each gold pair.</summary>
    public ImmutableSortedDictionary<string, GoldSplit> Splits { get; }

    /// <summary>The gold pairs of one split.</summary>
    public IEnumerable<GoldCase> InSplit(GoldSplit split) => Cases.Where(c => Splits[c.Gold.Id] == split);

    /// <summary>A corpus document by its path under documents/.</summary>
    public StandardDocument Document(string relativePath) => Documents.Single(d => d.SourcePath == "documents/" + relativePath);
}

/// <summary>Tests that share the corpus fixture.</summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "corpus";
}

using System.IO.Compression;
using StdCompare.Alignment.Model;
using StdCompare.Testing;

namespace StdCompare.Alignment.Tests;

/// <summary>A missing, corrupt or outdated model file gives one clear message.</summary>
[Collection(CorpusCollection.Name)]
public sealed class ModelFileTests(CorpusFixture corpus)
{
    [Fact]
    public void A_missing_model_says_so_and_how_to_get_one()
    {
        var e = Assert.Throws<ModelLoadException>(() => ClauseSimilarityModel.Load("/nonexistent/clause-similarity.zip"));
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
        Assert.Contains("stdcompare train", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_model_says_so()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteBytes("clause-similarity.zip", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7]);
        var e = Assert.Throws<ModelLoadException>(() => ClauseSimilarityModel.Load(path));
        Assert.Contains("is corrupt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_that_is_not_a_model_says_so()
    {
        using var temp = new TempDirectory();
        var path = temp.File("clause-similarity.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var w = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            w.Write("not a model");
        }

        var e = Assert.Throws<ModelLoadException>(() => ClauseSimilarityModel.Load(path));
        Assert.Contains("model.json", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    // No lexicon entry at all.
    [InlineData(null)]
    // A lexicon whose count of directions does not fit its size.
    [InlineData(new byte[] { 1, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x7F })]
    // One direction "a>b" whose count of entries (2^31 - 1) does not fit: refused before anything is allocated.
    [InlineData(new byte[] { 1, 0, 0, 0, 1, 0, 0, 0, 3, 0x61, 0x3E, 0x62, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0x7F })]
    // A truncated lexicon.
    [InlineData(new byte[] { 1, 0, 0, 0, 1, 0 })]
    public void A_model_with_a_missing_or_broken_lexicon_says_it_is_corrupt(byte[]? lexicon)
    {
        using var temp = new TempDirectory();
        var path = temp.File("clause-similarity.zip");
        File.Copy(corpus.ModelPath, path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            zip.GetEntry("lexicon.bin")!.Delete();
            if (lexicon is not null)
            {
                using var s = zip.CreateEntry("lexicon.bin").Open();
                s.Write(lexicon);
            }
        }

        var e = Assert.Throws<ModelLoadException>(() => ClauseSimilarityModel.Load(path));
        Assert.Contains("is corrupt", e.Message, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_model_loads_and_scores_the_same()
    {
        using var temp = new TempDirectory();
        var path = temp.File("copy.zip");
        corpus.Model.Save(path);
        var copy = ClauseSimilarityModel.Load(path);
        Assert.Equal(corpus.Model.Metadata.Decoder, copy.Metadata.Decoder);
        var c = corpus.Cases[0];
        var a = corpus.Aligner.Align(c.Left, c.Right);
        var b = new ClauseAlignerBuilder(copy, corpus.Profiler).AddCandidateSources(corpus.Sources).Build().Align(c.Left, c.Right);
        Assert.Equal(a.Links.Select(l => (string.Join(',', l.Left), string.Join(',', l.Right), l.Score)), b.Links.Select(l => (string.Join(',', l.Left), string.Join(',', l.Right), l.Score)));
    }

    [Fact]
    public void The_trees_are_evaluated_exactly_as_MLNET_evaluates_them()
    {
        Assert.True(corpus.Model.ScoresDirectly);
        var c = corpus.Cases.Single(x => x.Gold.Id == "gb-t-19001-2016--iso-9001-2015");
        var profiles = new Features.PairContext(corpus.Profiler.Get(c.Left), corpus.Profiler.Get(c.Right));
        var rows = new FeatureMatrix(profiles.Left.Count, Features.PairFeatures.ContentCount);
        for (var i = 0; i < rows.Rows; i++)
        {
            Features.ContentFeatures.Compute(profiles, i, Math.Min(i, profiles.Right.Count - 1), rows.Row(i));
        }

        var direct = corpus.Model.ScoreContent(rows);
        var mlnet = corpus.Model.ScoreContentWithMlNet(rows);
        for (var r = 0; r < rows.Rows; r++)
        {
            Assert.Equal(mlnet[r], direct[r], 5);
        }
    }

    [Fact]
    public void The_committed_model_is_small_and_records_its_training()
    {
        Assert.True(new FileInfo(corpus.ModelPath).Length < 5 * 1024 * 1024);
        Assert.True(corpus.Aligner.SourcesMatchModel, $"model: {string.Join(", ", corpus.Model.Metadata.CandidateSources)}; composed: {string.Join(", ", corpus.Aligner.CandidateSources)}");
        Assert.True(File.Exists(RepositoryPaths.InRepository("models/README.md")));
        var manifest = File.ReadAllText(RepositoryPaths.InRepository("models/clause-similarity.manifest.json"));
        foreach (var test in corpus.Cases.Where(c => corpus.Splits[c.Gold.Id] == Corpus.GoldSplit.Test))
        {
            Assert.DoesNotContain("\"" + test.Gold.Id + "\"", manifest.Split("excludedTestPairs")[0], StringComparison.Ordinal);
        }
    }
}

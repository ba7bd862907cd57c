using System.Text.Json;
using StdCompare.Testing;

namespace StdCompare.Cli.Tests;

/// <summary>`stdcompare corpus check` passes on the embedded corpus, and its figures meet what the corpus promises.</summary>
public sealed class CorpusCommandTests
{
    [Fact]
    public void Corpus_check_passes_with_no_error()
    {
        var run = CliRunner.Run(["corpus", "check"], environment: new Dictionary<string, string?> { ["STDCOMPARE_CORPUS"] = null });
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(": 0 error(s)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_stats_show_the_promised_breadth()
    {
        var run = CliRunner.Run(["corpus", "stats", "--format", "json"], environment: new Dictionary<string, string?> { ["STDCOMPARE_CORPUS"] = null });
        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("stdcompare.corpus-stats/1", root.GetProperty("schema").GetString());
        Assert.True(root.GetProperty("documents").GetInt32() >= 60);
        Assert.True(root.GetProperty("clauses").GetInt32() >= 3000);
        foreach (var language in new[] { "zh", "en", "ru", "ko", "ja", "mn" })
        {
            Assert.True(root.GetProperty("languages").GetProperty(language).GetProperty("documents").GetInt32() >= 4, language);
        }

        var pairs = root.GetProperty("pairs");
        Assert.True(pairs.GetProperty("total").GetInt32() >= 18);
        foreach (var languagePair in new[] { "zh-en", "zh-ru", "zh-ko", "zh-ja", "zh-mn", "en-ru", "zh-zh" })
        {
            Assert.True(pairs.GetProperty("byLanguagePair").TryGetProperty(languagePair, out _), languagePair);
        }

        Assert.True(pairs.GetProperty("oneToMany").GetInt32() > 0 && pairs.GetProperty("manyToOne").GetInt32() > 0 && pairs.GetProperty("crossing").GetInt32() > 0);
        Assert.True(root.GetProperty("catalogue").GetProperty("entries").GetInt32() >= 400);
        Assert.True(root.GetProperty("concepts").GetProperty("total").GetInt32() >= 800);
        Assert.True(root.GetProperty("notifications").GetProperty("total").GetInt32() >= 60);
        Assert.True(root.GetProperty("sizeBytes").GetInt64() < 40L * 1024 * 1024);
    }
}

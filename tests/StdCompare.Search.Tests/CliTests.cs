using System.Text.Json;
using StdCompare.Testing;

namespace StdCompare.Search.Tests;

public sealed class CliTests
{
    [Fact]
    public void The_first_search_builds_the_index_and_answers_in_the_search_contract()
    {
        using var tmp = new TempDirectory();
        var corpus = MiniCorpus.Write(tmp);
        var result = CliRunner.Run(["search", "人参", "--format", "json"], environment: MiniCorpus.Environment(corpus, tmp)!);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("building the search index", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("stdcompare.search/1", json.RootElement.GetProperty("schema").GetString());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
        var hit = json.RootElement.GetProperty("hits")[0];
        Assert.Equal("TST 9000-2020", hit.GetProperty("standard").GetString());
        Assert.Equal("sample", hit.GetProperty("provenance").GetString());
        Assert.Contains("agri.ginseng", json.RootElement.GetProperty("expandedQuery").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_syntax_error_is_one_line_and_a_usage_exit_code()
    {
        using var tmp = new TempDirectory();
        var corpus = MiniCorpus.Write(tmp);
        var result = CliRunner.Run(["search", "*ginseng"], environment: MiniCorpus.Environment(corpus, tmp)!);
        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.StderrLines, l => l.StartsWith("stdcompare:", StringComparison.Ordinal));
        Assert.Contains("wildcard", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_says_that_sample_values_are_illustrative()
    {
        using var tmp = new TempDirectory();
        var corpus = MiniCorpus.Write(tmp);
        var result = CliRunner.Run(["search", "pesticide", "--format", "md"], environment: MiniCorpus.Environment(corpus, tmp)!);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("sample text — values illustrative", result.Stdout, StringComparison.Ordinal);
    }
}

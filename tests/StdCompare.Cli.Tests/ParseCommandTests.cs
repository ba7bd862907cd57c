using System.Text.Json;
using StdCompare.Testing;

namespace StdCompare.Cli.Tests;

public sealed class ParseCommandTests
{
    [Fact]
    public void Json_should_be_a_stdcompare_document()
    {
        var run = CliRunner.Run("parse", Sample.RelativePath, "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("\"schema\": \"stdcompare.document/1\"", run.Stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        Assert.Equal("ISO 99008:2024", root.GetProperty("id").GetString());
        Assert.Equal(
            ["foreword", "1", "2", "2.1", "2.2", "A", "A.1"],
            root.GetProperty("clauses").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Json_is_the_default_format()
    {
        var run = CliRunner.Run("parse", Sample.RelativePath);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(CliRunner.Run("parse", Sample.RelativePath, "--format", "json").Stdout, run.Stdout);
    }

    [Fact]
    public void Json_output_should_match_its_expectation()
        => Golden.Assert(CliRunner.Run("parse", Sample.RelativePath, "--format", "json").Stdout, "Expectations/parse-json.json");

    [Fact]
    public void Markdown_output_should_match_its_expectation()
    {
        var run = CliRunner.Run("parse", Sample.RelativePath, "--format", "md");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("# ISO 99008:2024 — Sample for the command line — Limits", run.Stdout, StringComparison.Ordinal);
        Golden.Assert(run.Stdout, "Expectations/parse-md.md");
    }

    [Fact]
    public void A_path_outside_the_current_folder_should_work()
    {
        using var dir = new TempDirectory();

        var run = CliRunner.Run(["parse", Sample.FullPath, "--format", "md"], workingDirectory: dir.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public void Several_files_should_give_a_json_array()
    {
        var run = CliRunner.Run("parse", Sample.RelativePath, Sample.RelativePath);

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(2, json.RootElement.GetArrayLength());
    }

    [Theory]
    // A format that does not exist.
    [InlineData("xml")]
    // Case matters, as in every option value.
    [InlineData("JSON")]
    public void A_bad_format_should_exit_2_and_say_why(string format)
    {
        var run = CliRunner.Run("parse", Sample.RelativePath, "--format", format);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains(format, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void No_file_should_exit_2()
    {
        var run = CliRunner.Run("parse");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
    }
}

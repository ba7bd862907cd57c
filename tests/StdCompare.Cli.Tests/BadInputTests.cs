using System.Text.Json;
using StdCompare.Testing;

namespace StdCompare.Cli.Tests;

/// <summary>
/// Input that cannot be read, through the CLI: exit code 1, exactly one clear line on standard error that
/// names the file, its code and the reason, no stack trace, nothing on standard output.
/// </summary>
public sealed class BadInputTests
{
    public static TheoryData<string> Inputs => [.. BadInput.All.Select(b => b.Name)];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parse_should_exit_1_with_one_line_naming_the_file_and_the_reason(string name)
    {
        var input = BadInput.Get(name);
        using var dir = new TempDirectory();
        var path = input.Create(dir);

        var run = CliRunner.Run("parse", path);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith(path, line, StringComparison.Ordinal);
        Assert.Contains($"error {input.ExpectedCode}: ", line, StringComparison.Ordinal);
        Assert.Contains(input.ExpectedReason, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_batch_should_print_the_good_document_and_one_error_line_and_exit_1()
    {
        using var dir = new TempDirectory();
        var good = dir.WriteText("good.txt", File.ReadAllText(Sample.FullPath));
        var missing = dir.File("missing.txt");

        var run = CliRunner.Run(["parse", "good.txt", "missing.txt"], workingDirectory: dir.Path);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("missing.txt: error SC0101: no such file", Assert.Single(run.StderrLines));
        using var json = JsonDocument.Parse(run.Stdout);
        var document = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("stdcompare.document/1", document.GetProperty("schema").GetString());
        Assert.Equal("good.txt", document.GetProperty("metadata").GetProperty("source").GetString());
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_batch_should_go_on_after_a_bad_file_whatever_its_place()
    {
        using var dir = new TempDirectory();
        dir.WriteText("good.txt", File.ReadAllText(Sample.FullPath));
        BadInput.Get("binary").Create(dir);

        var run = CliRunner.Run(["parse", "binary.txt", "good.txt", "--format", "md"], workingDirectory: dir.Path);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("binary.txt: error SC0105: holds binary data, not text", Assert.Single(run.StderrLines));
        Assert.StartsWith("# ISO 99008:2024", run.Stdout, StringComparison.Ordinal);
    }
}

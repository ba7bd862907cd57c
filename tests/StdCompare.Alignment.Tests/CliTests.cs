using System.Text.Json;
using StdCompare.Testing;

namespace StdCompare.Alignment.Tests;

/// <summary><c>stdcompare compare</c> and <c>eval</c> as a user runs them.</summary>
public sealed class CliTests
{
    [Fact]
    public void Compare_by_designation_prints_the_contract()
    {
        var result = CliRunner.Run("compare", "GB/T 19001-2016", "ISO 9001:2015");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("stdcompare.compare/1", json.RootElement.GetProperty("schema").GetString());
        Assert.True(json.RootElement.GetProperty("links").GetArrayLength() > 40);
    }

    [Fact]
    public void Compare_accepts_files_and_designations_without_year()
    {
        var result = CliRunner.Run("compare", "corpora/documents/zh/gb-t-90201-2019.txt", "KS H 9021", "--format", "csv");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("left_ids,right_ids,relation,score,left_text,right_text,provenance", lines[0]);
        Assert.Contains("sample text — values illustrative", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("md")] // Markdown, side by side
    [InlineData("html")] // a self-contained page
    public void Readable_forms_show_both_sides_and_say_the_text_is_sample(string format)
    {
        var result = CliRunner.Run("compare", "GB 4599-2007", "KS R 9043:2017", "--format", format);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("sample text — values illustrative", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("GB 4599-2007", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("KS R 9043:2017", result.Stdout, StringComparison.Ordinal);
        if (format == "html")
        {
            Assert.StartsWith("<!DOCTYPE html>", result.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_model_gives_one_clear_line()
    {
        var result = CliRunner.Run(["compare", "GB 4599-2007", "KS R 9043:2017"], environment: new Dictionary<string, string?> { ["STDCOMPARE_MODEL"] = "/nonexistent/model.zip" });
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.Contains("does not exist", line, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void A_corrupt_model_gives_one_clear_line()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteText("model.zip", "this is not a zip file");
        var result = CliRunner.Run(["compare", "GB 4599-2007", "KS R 9043:2017"], environment: new Dictionary<string, string?> { ["STDCOMPARE_MODEL"] = path });
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is corrupt", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_gives_one_clear_line_naming_it()
    {
        using var temp = new TempDirectory();
        var path = temp.WriteText("empty.txt", "");
        var result = CliRunner.Run("compare", path, "ISO 9001:2015");
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.Contains("empty.txt", line, StringComparison.Ordinal);
        Assert.Contains("empty", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_designation_gives_one_clear_line()
    {
        var result = CliRunner.Run("compare", "ISO 99999", "ISO 9001:2015");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ISO 99999", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_finds_a_standard_added_with_index_by_its_designation_and_names_its_file_when_gone()
    {
        using var temp = new TempDirectory();
        var file = temp.WriteText("db22-t-9999-2026.txt", """
            ---
            id: DB22/T 9999-2026
            title: 人参饮料
            language: zh
            provenance: user
            ---
            DB22/T 9999-2026
            人参饮料

            1 范围
            本文件规定了人参饮料的技术要求。

            2 技术要求
            2.1 感官要求
            色泽均匀，无杂质。
            2.2 理化指标
            铅（以Pb计）≤0.1 mg/kg。
            """);
        var index = temp.File("index");
        var added = CliRunner.Run("index", file, "--index", index);
        Assert.True(added.ExitCode == 0, added.ToString());

        var result = CliRunner.Run("compare", "DB22/T 9999", "CXS 198-1995", "--index", index);
        Assert.True(result.ExitCode == 0, result.ToString());
        using (var json = JsonDocument.Parse(result.Stdout))
        {
            Assert.Equal("DB22/T 9999-2026", json.RootElement.GetProperty("left").GetProperty("id").GetString());
        }

        // Without the index the designation is unknown; with the file gone the message names the file.
        Assert.Equal(1, CliRunner.Run("compare", "DB22/T 9999", "CXS 198-1995", "--index", temp.File("other-index")).ExitCode);
        File.Delete(file);
        var gone = CliRunner.Run("compare", "DB22/T 9999-2026", "CXS 198-1995", "--index", index);
        Assert.Equal(1, gone.ExitCode);
        Assert.Contains(file, Assert.Single(gone.StderrLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--out")] // where the model would go
    [InlineData("--errors")] // where held-out errors would go (with --validate-only)
    [InlineData("--scores")] // where held-out scores would go (with --validate-only)
    public void Train_refuses_a_place_it_cannot_write_before_it_trains(string option)
    {
        using var temp = new TempDirectory();
        var notAFolder = Path.Combine(temp.WriteText("file.txt", "a file, not a folder"), "inside");
        string[] args = option == "--out" ? ["train", "--out", notAFolder] : ["train", "--validate-only", option, Path.Combine(notAFolder, "held-out.txt")];
        var result = CliRunner.Run(args);
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines);
        Assert.Contains(notAFolder, line, StringComparison.Ordinal);
        Assert.StartsWith(option == "--out" ? "stdcompare: cannot write the model" : $"stdcompare: {option} ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--errors")]
    [InlineData("--scores")]
    public void Train_writes_held_out_files_only_when_it_only_validates(string option)
    {
        using var temp = new TempDirectory();
        var result = CliRunner.Run("train", option, temp.File("held-out.txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{option} needs --validate-only", Assert.Single(result.StderrLines), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("held-out.txt")));
    }

    [Fact]
    public void Eval_reports_every_language_pair_and_says_whether_the_targets_are_met()
    {
        // The targets themselves are held by EvaluationTests; here: the report, and exit 0 (met) or 3 (missed).
        var result = CliRunner.Run("eval", "--pairs", "test", "--format", "json");
        Assert.True(result.ExitCode is 0 or 3, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var languages = json.RootElement.GetProperty("languages");
        Assert.Equal(7, languages.GetArrayLength());
        Assert.Equal(result.ExitCode == 0, languages.EnumerateArray().All(l => l.GetProperty("met").GetBoolean()));
        Assert.True(json.RootElement.GetProperty("seconds").GetDouble() > 0);
    }
}

using StdCompare.Diagnostics;
using StdCompare.Testing;

namespace StdCompare.Ingestion.Tests;

/// <summary>
/// Input that cannot be read gives no document and exactly one error that names the file and the reason;
/// nothing is thrown. The same inputs go through the CLI in StdCompare.Cli.Tests.
/// </summary>
public sealed class BadInputTests
{
    public static TheoryData<string> Inputs => [.. BadInput.All.Select(b => b.Name)];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Should_give_no_document_and_one_error_naming_the_file_and_the_reason(string name)
    {
        var input = BadInput.Get(name);
        using var dir = new TempDirectory();
        var path = input.Create(dir);

        var result = DocumentReader.Read(path);

        Assert.Null(result.Document);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(input.ExpectedCode, error.Code);
        Assert.Equal(path, error.File);
        Assert.Contains(input.ExpectedReason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith(path, error.ToString(), StringComparison.Ordinal);
        Assert.Same(error, result.FirstError);
    }

    [Fact]
    public void Should_name_the_file_as_the_user_named_it()
    {
        using var dir = new TempDirectory();

        var result = DocumentReader.Read(dir.File("missing.txt"), "docs/missing.txt");

        Assert.Equal("docs/missing.txt: error SC0101: no such file", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Should_not_read_the_over_size_file()
    {
        // The limit is checked on the file's length before a byte is read: the sparse file takes no time.
        var input = BadInput.Get("over-size-limit");
        using var dir = new TempDirectory();
        var path = input.Create(dir);
        Assert.Equal(BadInput.OversizeBytes, new FileInfo(path).Length);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var result = DocumentReader.Read(path);

        Assert.Null(result.Document);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
        Assert.Contains("200 MB", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_read_a_good_file_after_a_bad_one()
    {
        using var dir = new TempDirectory();
        var bad = DocumentReader.Read(BadInput.Get("binary").Create(dir));
        var good = DocumentReader.Read(dir.WriteText("good.txt", "ISO 99007:2024\nSample\n\n1 Scope\nThis document applies to samples.\n"));

        Assert.Null(bad.Document);
        Assert.NotNull(good.Document);
        Assert.Equal(["1"], Fixtures.Ids(good.Document));
    }

    [Fact]
    public void Should_read_bytes_given_directly_with_the_same_checks()
    {
        var result = DocumentReader.ReadBytes([], "stdin.txt", ".txt");

        Assert.Equal(DiagnosticCodes.EmptyFile, Assert.Single(result.Diagnostics).Code);
    }
}

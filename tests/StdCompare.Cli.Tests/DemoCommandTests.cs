using System.Globalization;
using System.Text.RegularExpressions;
using StdCompare.Testing;

namespace StdCompare.Cli.Tests;

public sealed partial class DemoCommandTests
{
    [Fact]
    public void Demo_should_read_the_whole_corpus_and_give_its_figures()
    {
        var corpusFiles = Directory.EnumerateFiles(RepositoryPaths.CorpusDocuments, "*", SearchOption.AllDirectories)
            .Count(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase));

        // No STDCOMPARE_CORPUS: the program finds the embedded corpus of the checkout it was built in, as on a fresh clone.
        var run = CliRunner.Run(["demo"], environment: new Dictionary<string, string?> { ["STDCOMPARE_CORPUS"] = null });

        Assert.True(run.ExitCode == 0, run.ToString());
        var figures = Figures().Match(run.Stdout);
        Assert.True(figures.Success, run.Stdout);
        Assert.Equal(corpusFiles, int.Parse(figures.Groups["docs"].Value, CultureInfo.InvariantCulture));
        Assert.True(int.Parse(figures.Groups["clauses"].Value, CultureInfo.InvariantCulture) > corpusFiles);
        Assert.True(int.Parse(figures.Groups["requirements"].Value, CultureInfo.InvariantCulture) > 0);
        Assert.Equal("0", figures.Groups["failed"].Value);
        Assert.Contains("| language | documents | clauses | requirements |", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("| zh |", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_should_say_clearly_when_the_corpus_is_not_there()
    {
        using var dir = new TempDirectory();

        var run = CliRunner.Run(["demo"], environment: new Dictionary<string, string?> { ["STDCOMPARE_CORPUS"] = Path.Combine(dir.Path, "nowhere") });

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains("STDCOMPARE_CORPUS", line, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Read (?<docs>\d+) standard texts \((?<clauses>\d+) clauses, (?<requirements>\d+) requirements\) in [\d.]+ s; (?<failed>\d+) could not be read", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Figures();
}

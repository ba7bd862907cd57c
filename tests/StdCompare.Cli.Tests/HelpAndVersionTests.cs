using StdCompare.Testing;

namespace StdCompare.Cli.Tests;

public sealed class HelpAndVersionTests
{
    [Fact]
    public void Help_should_name_the_commands_and_exit_0()
    {
        var run = CliRunner.Run("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Usage:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("parse", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("demo", run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Version_should_print_the_version_and_exit_0()
    {
        var run = CliRunner.Run("--version");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Stdout);
    }

    [Fact]
    public void Parse_help_should_show_an_example()
    {
        var run = CliRunner.Run("parse", "--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Example:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("stdcompare parse ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--format", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_of_parse_help_should_work()
    {
        var help = CliRunner.Run("parse", "--help").Stdout.Split('\n');
        var example = help.SkipWhile(l => !l.Trim().StartsWith("Example:", StringComparison.Ordinal)).Skip(1).First().Trim();
        Assert.StartsWith("stdcompare ", example, StringComparison.Ordinal);

        var run = CliRunner.Run(example["stdcompare ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("# ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_should_exit_2_with_a_hint()
    {
        var run = CliRunner.Run("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }
}

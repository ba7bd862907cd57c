using System.CommandLine;

namespace StdCompare.Cli.Commands;

/// <summary><c>stdcompare corpus check|stats</c>.</summary>
public static class CorpusCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("corpus", "Check the embedded corpus, or show its figures.");
        return command;
    }
}

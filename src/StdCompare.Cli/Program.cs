using System.CommandLine;
using StdCompare.Cli.Commands;
using StdCompare.Cli.Infrastructure;

namespace StdCompare.Cli;

/// <summary>The <c>stdcompare</c> program.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    public static int Main(string[] args)
    {
        try
        {
            var root = BuildRoot();
            var result = root.Parse(args);
            if (result.Errors.Count > 0)
            {
                foreach (var error in result.Errors)
                {
                    CliConsole.Error(error.Message);
                }

                CliConsole.Error("see 'stdcompare --help' or 'stdcompare COMMAND --help'");
                return ExitCodes.UsageError;
            }

            return result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("STDCOMPARE_DEBUG") != "1")
        {
            CliConsole.Error($"internal error: {e.GetType().Name}: {e.Message} (set STDCOMPARE_DEBUG=1 for details)");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The command tree.</summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "StdCompare: compare standards across countries and languages (GB, DB22, ISO, IEC, Codex, UNECE, ГОСТ, KS, JIS, MNS …).\n\n" +
            "Example:\n  stdcompare parse corpora/documents/zh/gb-8537-2018.txt --format md")
        {
            ParseCommand.Create(),
            DemoCommand.Create(),
            CorpusCommand.Create(),
            CompareCommand.Create(),
            EvalCommand.Create(),
            TrainCommand.Create(),
            SearchCommand.Create(),
            IndexCommand.Create(),
        };
        return root;
    }
}

using System.CommandLine;
using StdCompare.Cli.Infrastructure;
using StdCompare.Cli.Output;
using StdCompare.Contracts;
using StdCompare.Ingestion;

namespace StdCompare.Cli.Commands;

/// <summary><c>stdcompare parse FILE… [--format json|md]</c>: the parsed documents.</summary>
public static class ParseCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Standard texts: .txt, .md, .html or .pdf", Arity = ArgumentArity.OneOrMore };
        var format = Options.Format("json", "md");
        var command = new Command("parse",
            "Read standard documents and print their metadata, clauses, tables and requirements.\n" +
            "One file gives one JSON object (schema stdcompare.document/1); several give a JSON array.\n\n" +
            "Example:\n  stdcompare parse corpora/documents/zh/gb-8537-2018.txt --format md")
        {
            files, format,
        };
        command.SetAction(result => Run(result.GetRequiredValue(files), result.GetRequiredValue(format)));
        return command;
    }

    private static int Run(string[] files, string format)
    {
        var documents = new List<DocumentContract>();
        var markdown = new List<string>();
        var failed = 0;
        foreach (var file in files)
        {
            var read = DocumentReader.Read(file);
            foreach (var d in read.Diagnostics.Where(d => d.Severity != Diagnostics.DiagnosticSeverity.Info))
            {
                CliConsole.Report(d);
            }

            if (read.Document is null)
            {
                failed++;
                continue;
            }

            if (format == "md")
            {
                markdown.Add(DocumentMarkdown.Render(read.Document));
            }
            else
            {
                documents.Add(DocumentContract.From(read.Document));
            }
        }

        if (format == "md")
        {
            if (markdown.Count > 0)
            {
                CliConsole.Out(string.Join("\n---\n\n", markdown));
            }
        }
        else if (documents.Count > 0)
        {
            CliConsole.Out(files.Length == 1 ? ContractJson.Serialize(documents[0]) : ContractJson.Serialize(documents));
        }

        return failed > 0 ? ExitCodes.InputError : ExitCodes.Ok;
    }
}

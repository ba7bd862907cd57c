using System.CommandLine;
using System.Globalization;
using System.Text;
using StdCompare.Cli.Infrastructure;
using StdCompare.Cli.Output;
using StdCompare.Ingestion;
using StdCompare.Ingestion.Corpus;

namespace StdCompare.Cli.Commands;

/// <summary><c>stdcompare demo</c>: the main job on the embedded corpus.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("demo",
            "Run StdCompare on the embedded corpus: read every standard text and show what was found.\n\n" +
            "Example:\n  stdcompare demo");
        command.SetAction(_ => Run());
        return command;
    }

    private static int Run()
    {
        var corpusRoot = Workspace.FindCorpus();
        if (corpusRoot is null)
        {
            CliConsole.Error($"the corpus folder was not found; set {Workspace.CorpusVariable} to the 'corpora' folder of a StdCompare checkout");
            return ExitCodes.InputError;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var corpus = CorpusLoader.LoadDocuments(corpusRoot);
        var elapsed = started.Elapsed;
        var sb = new StringBuilder();
        var docs = corpus.Documents;
        sb.Append(CultureInfo.InvariantCulture, $"StdCompare demo — embedded corpus at {corpusRoot}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Read {docs.Length} standard texts ({docs.Sum(d => d.Clauses.Length)} clauses, {docs.Sum(d => d.Clauses.Sum(c => c.Requirements.Length))} requirements) in {elapsed.TotalSeconds:0.00} s; {corpus.Failures.Length} could not be read.\n");
        sb.Append("All corpus texts marked 'provenance: sample' were written for StdCompare: their values are illustrative, never a real standard's requirement.\n\n");
        sb.Append("| language | documents | clauses | requirements |\n|---|---:|---:|---:|\n");
        foreach (var g in docs.GroupBy(d => d.Metadata.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {g.Key} | {g.Count()} | {g.Sum(d => d.Clauses.Length)} | {g.Sum(d => d.Clauses.Sum(c => c.Requirements.Length))} |\n");
        }

        sb.Append("\nA few requirements read from the texts:\n\n");
        foreach (var d in docs.GroupBy(d => d.Metadata.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.First()))
        {
            var r = d.Clauses.SelectMany(c => c.Requirements.Select(r => (c, r))).FirstOrDefault(x => x.r.Unit.Symbol.Length > 0);
            if (r.r is not null)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- {d.Id} ({d.Metadata.Language}) clause {r.c.Id}: {DocumentMarkdown.Describe(r.r)}   [sample]\n");
            }
        }

        foreach (var f in corpus.Failures)
        {
            CliConsole.Report(f);
        }

        CliConsole.Out(sb.ToString());
        return corpus.Failures.Length > 0 ? ExitCodes.InputError : ExitCodes.Ok;
    }
}

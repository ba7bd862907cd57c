using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using System.Text;
using StdCompare.Alignment;
using StdCompare.Alignment.Evaluation;
using StdCompare.Alignment.Profiles;
using StdCompare.Cli.Infrastructure;
using StdCompare.Contracts;
using StdCompare.Corpus;
using StdCompare.Diagnostics;
using StdCompare.Ingestion.Corpus;

namespace StdCompare.Cli.Commands;

/// <summary><c>stdcompare eval [--pairs test|train|all]</c>: link precision, recall and F1 on the corpus's gold pairs.</summary>
public static class EvalCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var pairs = new Option<string>("--pairs") { Description = "Which gold pairs: the held-out test pairs (default), the training pairs, or all", DefaultValueFactory = _ => "test" };
        pairs.AcceptOnlyFromAmong("test", "train", "all");
        var format = Options.Format("md", "json");
        var model = CompareCommand.ModelOption();
        var command = new Command("eval",
            "Align the corpus's gold pairs and report precision, recall and F1 of links (pairs of clause ids) per language\n" +
            "pair and overall, with the targets, and the time taken. Exits with status 3 when a target is missed.\n\n" +
            "Example:\n  stdcompare eval --pairs test")
        {
            pairs, format, model,
        };
        command.SetAction(result => Run(result.GetRequiredValue(pairs), result.GetRequiredValue(format), result.GetValue(model)));
        return command;
    }

    private static int Run(string which, string format, string? modelOption)
    {
        var corpusRoot = Workspace.FindCorpus();
        if (corpusRoot is null)
        {
            CliConsole.Error($"the corpus folder was not found; set {Workspace.CorpusVariable} to the 'corpora' folder of a StdCompare checkout");
            return ExitCodes.InputError;
        }

        var model = CompareCommand.LoadModel(modelOption);
        if (model is null)
        {
            return ExitCodes.InputError;
        }

        var cases = LoadCases(corpusRoot, which == "all" ? null : which == "train" ? GoldSplit.Train : GoldSplit.Test, out var problems);
        if (problems > 0)
        {
            return ExitCodes.InputError;
        }

        var resources = CompareCommand.LoadResources(corpusRoot);
        var profiler = new ClauseProfiler(resources);
        var aligner = new ClauseAlignerBuilder(model, profiler).AddCandidateSources(CompareCommand.CandidateSources(profiler, resources)).Build();
        CompareCommand.WarnOnSourceMismatch(aligner);
        var report = AlignmentEvaluator.Evaluate(aligner, cases);
        CliConsole.Out(format == "json" ? Json(report, which) : Markdown(report, which, model.Metadata.Learner.ToString(), aligner.CandidateSources));
        return which == "train" || report.MeetsTargets ? ExitCodes.Ok : ExitCodes.CheckFailed;
    }

    /// <summary>The gold pairs of a split (all when null) with their documents; problems are reported.</summary>
    public static ImmutableArray<GoldCase> LoadCases(string corpusRoot, GoldSplit? split, out int problems)
    {
        var layout = new CorpusLayout(corpusRoot);
        var diagnostics = new List<Diagnostic>();
        var gold = GoldPairReader.ReadAll(layout, diagnostics);
        var splits = GoldPairReader.ReadSplits(layout, diagnostics);
        var documents = CorpusLoader.LoadDocuments(corpusRoot);
        var byPath = documents.Documents.GroupBy(d => d.SourcePath.Replace('\\', '/'), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var cases = ImmutableArray.CreateBuilder<GoldCase>();
        foreach (var pair in gold)
        {
            if (!splits.TryGetValue(pair.Id, out var s))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BadMetadataValue, $"pair '{pair.Id}' is not in gold/splits.tsv; left out", "gold/splits.tsv"));
                continue;
            }

            if (split is { } wanted && s != wanted)
            {
                continue;
            }

            if (!byPath.TryGetValue(pair.Left, out var left) || !byPath.TryGetValue(pair.Right, out var right))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileNotFound, $"a document of gold pair '{pair.Id}' could not be read", "gold/pairs/" + pair.Id + ".json"));
                continue;
            }

            cases.Add(new GoldCase(pair, left, right));
        }

        foreach (var d in diagnostics.Concat(documents.Failures))
        {
            CliConsole.Report(d);
        }

        problems = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) + documents.Failures.Length;
        return cases.ToImmutable();
    }

    /// <summary>The report as a Markdown table, as the model card shows it too.</summary>
    public static string Markdown(EvaluationReport report, string which, string learner, IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"# Link quality on the {which} pairs\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"Model: {learner}; candidate sources: {string.Join(", ", sources)}. Sample texts: values illustrative.\n\n");
        sb.Append(EvaluationTable.Markdown(report)).Append('\n').Append(EvaluationTable.PairsMarkdown(report, withTimes: true));

        sb.Append(CultureInfo.InvariantCulture, $"\nRelation accuracy {report.RelationAccuracy:F3}; degree accuracy {report.DegreeAccuracy:F2}; {report.Pairs.Length} pairs aligned in {report.Milliseconds / 1000:F2} s.\n");
        sb.Append(report.MeetsTargets ? "All targets met.\n" : "Some targets are NOT met.\n");
        return sb.ToString();
    }

    private static string Json(EvaluationReport report, string which)
        => ContractJson.Serialize(new
        {
            schema = "stdcompare.eval/1",
            pairs = which,
            languages = report.Languages.Select(l => new { languages = l.Languages, pairs = l.Pairs, precision = Round(l.Links.Precision), recall = Round(l.Links.Recall), f1 = Round(l.Links.F1), target = l.Target, met = l.MeetsTarget }),
            overall = new { precision = Round(report.Overall.Precision), recall = Round(report.Overall.Recall), f1 = Round(report.Overall.F1) },
            byPair = report.Pairs.Select(p => new { pair = p.PairId, languages = p.Languages, correct = p.Links.Correct, predicted = p.Links.Predicted, gold = p.Links.Gold, f1 = Round(p.Links.F1), degree = p.Degree, goldDegree = p.GoldDegree }),
            relationAccuracy = Round(report.RelationAccuracy),
            seconds = Math.Round(report.Milliseconds / 1000, 3),
        });

    private static double Round(double value) => Math.Round(value, 4);
}

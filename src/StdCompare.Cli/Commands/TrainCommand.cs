using System.Collections.Immutable;
using System.CommandLine;
using StdCompare.Alignment;
using StdCompare.Alignment.Evaluation;
using StdCompare.Alignment.Model;
using StdCompare.Alignment.Profiles;
using StdCompare.Alignment.Training;
using StdCompare.Cli.Infrastructure;
using StdCompare.Contracts;
using StdCompare.Corpus;

namespace StdCompare.Cli.Commands;

/// <summary><c>stdcompare train</c>: trains the clause-similarity model on the corpus's training pairs and writes it with its model card and manifest.</summary>
public static class TrainCommand
{
    /// <summary>The manifest file: which pairs and documents trained the model.</summary>
    public const string ManifestFile = "clause-similarity.manifest.json";

    /// <summary>The model card.</summary>
    public const string CardFile = "README.md";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var output = new Option<string?>("--out") { Description = "Folder to write the model, card and manifest to (default: models/ of the repository)" };
        var seed = new Option<int>("--seed") { Description = "Seed of every random choice", DefaultValueFactory = _ => TrainingOptions.DefaultSeed };
        var learner = new Option<string>("--learner") { Description = "auto measures both learners on held-out training pairs and keeps the better", DefaultValueFactory = _ => "auto" };
        learner.AcceptOnlyFromAmong("auto", "fasttree", "lightgbm");
        var variants = new Option<int>("--variants") { Description = "Perturbed variants of each training pair", DefaultValueFactory = _ => new TrainingOptions().Variants };
        var validateOnly = new Option<bool>("--validate-only") { Description = "Only cross-validate on the training pairs (held-out figures per language pair); write no model and touch no test pair" };
        var errors = new Option<string?>("--errors") { Description = "With --validate-only: write the held-out missed and wrong links of the training pairs to this file" };
        var scores = new Option<string?>("--scores") { Description = "With --validate-only: write every held-out candidate pair of the gold training pairs with its score and gold label (TSV), for studying decoders" };
        var command = new Command("train",
            "Train the clause-similarity model on the corpus's training pairs (never its test pairs), seeded and reproducible.\n" +
            "Writes clause-similarity.zip, README.md (the model card, with figures on the test pairs) and\n" +
            "clause-similarity.manifest.json. Takes several minutes.\n\n" +
            "Example:\n  stdcompare train")
        {
            output, seed, learner, variants, validateOnly, errors, scores,
        };
        command.SetAction(result => Run(result.GetValue(output), result.GetRequiredValue(seed), result.GetRequiredValue(learner), result.GetRequiredValue(variants), result.GetValue(validateOnly), result.GetValue(errors), result.GetValue(scores)));
        return command;
    }

    private static int Run(string? output, int seed, string learner, int variants, bool validateOnly, string? errors, string? scores)
    {
        var corpusRoot = Workspace.FindCorpus();
        if (corpusRoot is null)
        {
            CliConsole.Error($"the corpus folder was not found; set {Workspace.CorpusVariable} to the 'corpora' folder of a StdCompare checkout");
            return ExitCodes.InputError;
        }

        if ((errors is not null || scores is not null) && !validateOnly)
        {
            CliConsole.Error($"{(errors is not null ? "--errors" : "--scores")} needs --validate-only");
            return ExitCodes.UsageError;
        }

        if (variants is < 0 or > 20)
        {
            CliConsole.Error("--variants must be between 0 and 20");
            return ExitCodes.UsageError;
        }

        var folder = output ?? Path.Combine(Workspace.FindRepositoryRoot() ?? Path.GetDirectoryName(corpusRoot)!, CompareCommand.ModelsFolder);

        // Where the results go is checked before minutes of training, so that none of it is lost at the end.
        if (!validateOnly && WriteProblem(folder) is { } folderProblem)
        {
            CliConsole.Error($"cannot write the model to {folder}: {folderProblem}");
            return ExitCodes.InputError;
        }

        if (!TryCreate("--errors", errors, out var errorsWriter))
        {
            return ExitCodes.InputError;
        }

        using var errorsFile = errorsWriter;
        if (!TryCreate("--scores", scores, out var scoresWriter))
        {
            return ExitCodes.InputError;
        }

        using var scoresFile = scoresWriter;
        var all = EvalCommand.LoadCases(corpusRoot, null, out var problems);
        if (problems > 0)
        {
            return ExitCodes.InputError;
        }

        var splits = Ingestion.Corpus.GoldPairReader.ReadSplits(new Ingestion.Corpus.CorpusLayout(corpusRoot), []);
        var train = all.Where(c => splits.GetValueOrDefault(c.Gold.Id) == GoldSplit.Train).ToImmutableArray();
        var test = all.Where(c => splits.GetValueOrDefault(c.Gold.Id) == GoldSplit.Test).ToImmutableArray();
        var testDocuments = test.SelectMany(c => new[] { c.Left.Id, c.Right.Id }).ToHashSet(StringComparer.Ordinal);
        var selfDocuments = Ingestion.Corpus.CorpusLoader.LoadDocuments(corpusRoot).Documents
            .Where(d => !testDocuments.Contains(d.Id))
            .ToImmutableArray();

        var options = new TrainingOptions
        {
            Seed = seed,
            Variants = variants,
            Learner = learner switch { "fasttree" => Learner.FastTree, "lightgbm" => Learner.LightGbm, _ => null },
        };
        var resources = CompareCommand.LoadResources(corpusRoot);
        var profiler = new ClauseProfiler(resources);
        var sources = CompareCommand.CandidateSources(profiler, resources);
        var progress = new Reporter();
        if (validateOnly)
        {
            return Validate(new ModelTrainer(profiler, sources), new TrainingInput(train, selfDocuments), options, progress, errorsFile, scoresFile);
        }

        var result = new ModelTrainer(profiler, sources).Train(new TrainingInput(train, selfDocuments), options, progress);

        Directory.CreateDirectory(folder);
        var modelPath = Path.Combine(folder, ClauseSimilarityModel.FileName);
        result.Model.Save(modelPath);
        var aligner = new ClauseAlignerBuilder(ClauseSimilarityModel.Load(modelPath), profiler).AddCandidateSources(sources).Build();
        var report = AlignmentEvaluator.Evaluate(aligner, test);
        var testIds = test.Select(c => c.Gold.Id).Order(StringComparer.Ordinal).ToArray();
        File.WriteAllText(Path.Combine(folder, CardFile), ModelCard.Render(result, options, report, testIds, Command(seed, learner, variants)));
        File.WriteAllText(Path.Combine(folder, ManifestFile), Manifest(result, options, testIds) + "\n");
        CliConsole.Progress($"stdcompare: wrote {modelPath}, {CardFile} and {ManifestFile} in {folder}");
        CliConsole.Out(EvaluationTable.Markdown(report));
        return ExitCodes.Ok;
    }

    /// <summary>Opens <paramref name="path"/> for writing when given; false (after saying why) when it cannot be.</summary>
    private static bool TryCreate(string option, string? path, out StreamWriter? writer)
    {
        writer = null;
        if (path is null)
        {
            return true;
        }

        try
        {
            writer = new StreamWriter(path);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CliConsole.Error($"{option} {path}: {e.Message}");
            return false;
        }
    }

    private static int Validate(ModelTrainer trainer, TrainingInput input, TrainingOptions options, Reporter progress, TextWriter? errors, TextWriter? scores)
    {
        var validation = trainer.CrossValidate(input, options, progress, errors, scores);
        foreach (var v in validation)
        {
            CliConsole.Out(FormattableString.Invariant($"{v.Learner}: held-out P {v.Links.Precision:F4} R {v.Links.Recall:F4} F1 {v.Links.F1:F4}; decoder threshold {v.Decoder.Threshold}, penalty {v.Decoder.FertilityPenalty}, relative {v.Decoder.RelativeScore}"));
            foreach (var l in v.Languages.Concat(v.Degrees))
            {
                CliConsole.Out(FormattableString.Invariant($"  {l.Languages} ({l.Pairs}) P {l.Links.Precision:F4} R {l.Links.Recall:F4} F1 {l.Links.F1:F4}"));
            }
        }

        return ExitCodes.Ok;
    }

    /// <summary>Why files cannot be written into <paramref name="folder"/> (created if missing), or null when they can.</summary>
    private static string? WriteProblem(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".write-check-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }
    }

    private static string Command(int seed, string learner, int variants)
    {
        var defaults = new TrainingOptions();
        var parts = new List<string> { "stdcompare train" };
        if (seed != defaults.Seed)
        {
            parts.Add($"--seed {seed}");
        }

        if (learner != "auto")
        {
            parts.Add($"--learner {learner}");
        }

        if (variants != defaults.Variants)
        {
            parts.Add($"--variants {variants}");
        }

        return string.Join(' ', parts);
    }

    private static string Manifest(TrainingResult result, TrainingOptions options, IReadOnlyList<string> testIds)
        => ContractJson.Serialize(new
        {
            schema = "stdcompare.model-manifest/1",
            model = ClauseSimilarityModel.FileName,
            learner = result.Model.Metadata.Learner.ToString(),
            seed = options.Seed,
            trainingPairs = result.TrainPairIds,
            perturbedVariantsPerPair = options.Variants,
            selfPairDocuments = result.SelfPairDocuments,
            excludedTestPairs = testIds,
            candidateSources = result.Model.Metadata.CandidateSources,
        });

    private sealed class Reporter : IProgress<string>
    {
        public void Report(string value) => CliConsole.Progress("stdcompare train: " + value);
    }
}

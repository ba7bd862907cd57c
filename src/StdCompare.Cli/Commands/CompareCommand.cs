using System.CommandLine;
using StdCompare.Alignment;
using StdCompare.Alignment.Model;
using StdCompare.Alignment.Profiles;
using StdCompare.Cli.Infrastructure;
using StdCompare.Cli.Output;
using StdCompare.Contracts;
using StdCompare.Designations;
using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion;
using StdCompare.Ingestion.Corpus;
using StdCompare.Ingestion.Reference;
using StdCompare.Matching;
using StdCompare.Search.Matching;

namespace StdCompare.Cli.Commands;

/// <summary>
/// <c>stdcompare compare LEFT RIGHT [--format json|md|html|csv]</c>: which clauses correspond, how closely, and
/// the degree. Also the composition the <c>eval</c> and <c>train</c> commands share: reference data, the
/// model, and the candidate sources.
/// </summary>
public static class CompareCommand
{
    /// <summary>Environment variable naming the model file.</summary>
    public const string ModelVariable = "STDCOMPARE_MODEL";

    /// <summary>The models folder under the repository root.</summary>
    public const string ModelsFolder = "models";

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var left = new Argument<string>("LEFT") { Description = "The standard you start from: a file (.txt, .md, .html, .pdf), or the designation of a corpus document or of a standard added with 'stdcompare index' (GB 8537-2018, GB 8537)" };
        var right = new Argument<string>("RIGHT") { Description = "The standard compared against: a file or a designation" };
        var format = Options.Format("json", "md", "html", "csv");
        var model = ModelOption();
        var index = IndexCommand.IndexOption();
        var bench = new Option<int>("--bench") { Description = "Align N more times after the first and report timings and peak memory on standard error (for scripts/bench-compare)", DefaultValueFactory = _ => 0 };
        var warmup = new Option<int>("--bench-warmup") { Description = "With --bench: align this many more times, untimed, before the timed runs (lets tiered JIT settle, as in a long-running host)", DefaultValueFactory = _ => 0 };
        var command = new Command("compare",
            "Align the clauses of two standards, in any two languages: links (one-to-one, one-to-many, many-to-one,\n" +
            "out of order), clauses without counterpart, and the degree of correspondence (IDT, MOD, NEQ).\n" +
            "JSON follows docs/compare-json.md (schema stdcompare.compare/1); md and html show both standards side by side.\n\n" +
            "Example:\n  stdcompare compare \"GB 8537-2018\" \"CXS 108-1981\" --format md")
        {
            left, right, format, model, index, bench, warmup,
        };
        command.SetAction(result => Run(result.GetRequiredValue(left), result.GetRequiredValue(right), result.GetRequiredValue(format), result.GetValue(model), IndexCommand.IndexPath(result.GetValue(index)), result.GetRequiredValue(bench), result.GetRequiredValue(warmup)));
        return command;
    }

    /// <summary><c>--model</c>: the model file.</summary>
    public static Option<string?> ModelOption()
        => new("--model") { Description = $"The clause-similarity model (default: ${ModelVariable}, else models/{ClauseSimilarityModel.FileName} of the repository)" };

    private static int Run(string leftArgument, string rightArgument, string format, string? modelOption, string indexPath, int bench, int warmup)
    {
        var model = LoadModel(modelOption);
        if (model is null)
        {
            return ExitCodes.InputError;
        }

        var corpusRoot = Workspace.FindCorpus();
        var corpus = new Lazy<CorpusDocuments?>(() => corpusRoot is null ? null : CorpusLoader.LoadDocuments(corpusRoot));
        var indexed = new IndexedStandards(indexPath);
        var left = ResolveDocument(leftArgument, "LEFT", corpus, indexed);
        var right = ResolveDocument(rightArgument, "RIGHT", corpus, indexed);
        if (left is null || right is null)
        {
            return ExitCodes.InputError;
        }

        var resources = LoadResources(corpusRoot);
        var profiler = new ClauseProfiler(resources);
        var aligner = new ClauseAlignerBuilder(model, profiler).AddCandidateSources(CandidateSources(profiler, resources)).Build();
        WarnOnSourceMismatch(aligner);
        var progress = new Progress(message => CliConsole.Progress("stdcompare: " + message));
        var ready = DateTime.Now;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var alignment = aligner.Align(left, right, progress);
        var first = watch.Elapsed.TotalMilliseconds;
        if (bench > 0)
        {
            Benchmark(aligner, left, right, bench, Math.Max(0, warmup), first, ready, alignment.CandidateCount);
        }
        foreach (var warning in alignment.Warnings)
        {
            CliConsole.Error("warning: " + warning);
        }

        var contract = alignment.ToContract();
        CliConsole.Out(format switch
        {
            "md" => CompareMarkdown.Render(alignment, contract),
            "html" => CompareHtml.Render(alignment, contract),
            "csv" => CompareCsv.Render(alignment, contract),
            _ => ContractJson.Serialize(contract),
        });
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Aligns <paramref name="warmup"/> times untimed, then <paramref name="runs"/> more times (profiles are cached per document, as in a long-running host) and reports the figures as one
    /// JSON line on standard error: wall-clock and process CPU time per run (CPU time is what a shared machine does not distort), and the
    /// garbage collections and their pauses over the warm runs.
    /// </summary>
    private static void Benchmark(ClauseAligner aligner, StandardDocument left, StandardDocument right, int runs, int warmup, double first, DateTime ready, int candidates)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var w = 0; w < warmup; w++)
        {
            aligner.Align(left, right);
        }

        var times = new List<double>(runs);
        var cpu = new List<double>(runs);
        var collections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) };
        var pause = GC.GetTotalPauseDuration();
        for (var r = 0; r < runs; r++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            aligner.Align(left, right);
            times.Add(watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }

        times.Sort();
        cpu.Sort();
        process.Refresh();
        var startup = (ready - process.StartTime).TotalMilliseconds;
        CliConsole.Progress(ContractJson.Serialize(new
        {
            bench = "compare",
            leftClauses = left.Clauses.Length,
            rightClauses = right.Clauses.Length,
            candidates,
            startupMs = Math.Round(startup),
            firstMs = Math.Round(first, 1),
            warmup,
            runs,
            minMs = Math.Round(times[0], 1),
            medianMs = Math.Round(times[times.Count / 2], 1),
            maxMs = Math.Round(times[^1], 1),
            cpuMinMs = Math.Round(cpu[0], 1),
            cpuMedianMs = Math.Round(cpu[cpu.Count / 2], 1),
            cpuMaxMs = Math.Round(cpu[^1], 1),
            gcCollections = $"{GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]}",
            gcPauseMs = Math.Round((GC.GetTotalPauseDuration() - pause).TotalMilliseconds, 1),
            peakWorkingSetMb = Math.Round(process.PeakWorkingSet64 / (1024.0 * 1024.0), 1),
        }).Replace("\n", "", StringComparison.Ordinal).Replace("  ", "", StringComparison.Ordinal));
    }

    /// <summary>The model from <c>--model</c>, <c>$STDCOMPARE_MODEL</c> or <c>models/</c>; null after one clear error line.</summary>
    public static ClauseSimilarityModel? LoadModel(string? modelOption)
    {
        var path = ModelPath(modelOption);
        try
        {
            return ClauseSimilarityModel.Load(path);
        }
        catch (ModelLoadException e)
        {
            CliConsole.Error(e.Message);
            return null;
        }
    }

    /// <summary>Says so on standard error when the composed candidate sources are not those the model was trained with.</summary>
    public static void WarnOnSourceMismatch(ClauseAligner aligner)
    {
        ArgumentNullException.ThrowIfNull(aligner);
        if (!aligner.SourcesMatchModel)
        {
            CliConsole.Error($"warning: the model was trained with the candidate sources {string.Join(", ", aligner.Model.Metadata.CandidateSources)}, this program composes {string.Join(", ", aligner.CandidateSources)}; run 'stdcompare train'");
        }
    }

    /// <summary>Where the model is looked for.</summary>
    public static string ModelPath(string? modelOption)
    {
        if (!string.IsNullOrEmpty(modelOption))
        {
            return modelOption;
        }

        var env = Environment.GetEnvironmentVariable(ModelVariable);
        if (!string.IsNullOrEmpty(env))
        {
            return env;
        }

        var root = Workspace.FindRepositoryRoot();
        if (root is null && Workspace.FindCorpus() is { } corpus)
        {
            root = Path.GetDirectoryName(corpus);
        }

        return Path.Combine(root ?? Directory.GetCurrentDirectory(), ModelsFolder, ClauseSimilarityModel.FileName);
    }

    /// <summary>The terminology base, CC-CEDICT and the correspondences of the corpus; none (with a warning) when there is no corpus.</summary>
    public static AlignmentResources LoadResources(string? corpusRoot)
    {
        if (corpusRoot is null)
        {
            CliConsole.Error($"warning: the corpus was not found (set {Workspace.CorpusVariable}); aligning without the terminology base and CC-CEDICT");
            return AlignmentResources.Empty;
        }

        var layout = new CorpusLayout(corpusRoot);
        var diagnostics = new List<Diagnostic>();
        var terminology = TerminologyReader.ReadFolder(layout.Terminology, diagnostics);

        var dictionary = File.Exists(layout.CcCedict) ? CcCedictReader.Read(layout.CcCedict) : Terminology.ChineseEnglishDictionary.Empty;
        var correspondences = CorrespondenceReader.ReadCorpus(layout, diagnostics);
        foreach (var d in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            CliConsole.Report(d);
        }

        return new AlignmentResources(terminology, dictionary) { Correspondences = correspondences };
    }

    /// <summary>The candidate sources alignment and training compose: the alignment's own (structure, concepts) and the search engine's Lucene source.</summary>
    public static IReadOnlyList<ICandidateSource> CandidateSources(ClauseProfiler profiler, AlignmentResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return [.. ClauseAlignerBuilder.BuiltInSources(profiler), new LuceneCandidateSource(resources.Terminology, resources.Dictionary)];
    }

    /// <summary>
    /// A file; else a standard added to the index with <c>stdcompare index</c>, by designation, read again from the
    /// file it was added from (a user's document wins over a corpus document with the same designation, as in
    /// <c>search</c>); else a corpus document by designation (as written, or without its year). Null after one
    /// clear error line.
    /// </summary>
    internal static StandardDocument? ResolveDocument(string argument, string side, Lazy<CorpusDocuments?> corpus, IndexedStandards indexed)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(indexed);
        if (File.Exists(argument) || Directory.Exists(argument))
        {
            return Read(argument);
        }

        var id = StandardId.TryParse(argument, out var parsedId) ? parsedId : null;
        if (id is not null && indexed.Find(id) is { Count: > 0 } added)
        {
            if (added.Count > 1)
            {
                CliConsole.Error($"{side} '{argument}' names {added.Count} standards added to the index ({string.Join(", ", added.Select(a => a.Designation))}); give the year");
                return null;
            }

            var source = added[0].Source;
            if (File.Exists(source))
            {
                return Read(source);
            }

            CliConsole.Error($"{side} '{argument}' is {added[0].Designation} in the index {indexed.IndexPath}, but the file it was added from, {source}, is no longer readable; add it again with 'stdcompare index FILE'");
            return null;
        }

        var documents = corpus.Value?.Documents ?? [];
        var exact = documents.Where(d => string.Equals(d.Id, argument, StringComparison.Ordinal)).ToArray();
        if (exact.Length == 0 && id is not null)
        {
            exact = [.. documents.Where(d => d.StandardId is { } other && (other.ToString() == id.ToString() || (id.Year is null && other.SameStandardAs(id))))];
        }

        if (exact.Length == 1)
        {
            return exact[0];
        }

        if (exact.Length == 0 && id is null && (argument.IndexOfAny(['/', '\\']) >= 0 || Path.HasExtension(argument)))
        {
            return Read(argument);
        }

        CliConsole.Error(exact.Length > 1
            ? $"{side} '{argument}' names {exact.Length} corpus documents ({string.Join(", ", exact.Select(d => d.Id))}); give the year"
            : $"{side} '{argument}' is neither a readable file nor the designation of a corpus document or of a standard added with 'stdcompare index'");
        return null;
    }

    private static StandardDocument? Read(string path)
    {
        var read = DocumentReader.Read(path);
        foreach (var d in read.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            CliConsole.Report(d);
        }

        return read.Document;
    }

    /// <summary>Reports progress lines to standard error.</summary>
    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}

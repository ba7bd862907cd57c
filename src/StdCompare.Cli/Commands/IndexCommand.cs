using System.Collections.Immutable;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StdCompare.Cli.Infrastructure;
using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion;
using StdCompare.Ingestion.Corpus;
using StdCompare.Ingestion.Reference;
using StdCompare.Search;
using StdCompare.Search.Indexing;
using StdCompare.Terminology;

namespace StdCompare.Cli.Commands;

/// <summary>
/// <c>stdcompare index [PATH…] [--remove ID]… [--rebuild] [--index DIR]</c>: adds or replaces standards in the
/// search index by designation, removes them, or rebuilds the index; also the one place that keeps the
/// index's corpus part in step with the embedded corpus (used by <c>search</c> on first use).
/// </summary>
public static class IndexCommand
{
    /// <summary>Documents read and added between two commits, by default.</summary>
    public const int DefaultCommitEvery = 100;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Standard texts or folders of them (.txt, .md, .html, .pdf) to add or replace, by designation", Arity = ArgumentArity.ZeroOrMore };
        var remove = new Option<string[]>("--remove") { Description = "Remove a standard by designation (without a year: every edition); repeatable", AllowMultipleArgumentsPerToken = true };
        var rebuild = new Option<bool>("--rebuild") { Description = "Rebuild the whole index: the corpus again, and users' documents from their files" };
        var index = IndexOption();
        var commitEvery = new Option<int>("--commit-every") { Description = "Commit after this many documents (each commit is durable)", DefaultValueFactory = _ => DefaultCommitEvery };
        var command = new Command("index",
            "Add or replace standards in the search index (by designation), remove them, or rebuild it.\n" +
            "Without arguments: bring the index up to date with the corpus and show its figures.\n\n" +
            "Examples:\n  stdcompare index my-standards/\n  stdcompare index --remove \"GB/T 19001-2016\"\n  stdcompare index --rebuild")
        {
            paths, remove, rebuild, index, commitEvery,
        };
        command.SetAction(result => Run(
            result.GetValue(paths) ?? [],
            result.GetValue(remove) ?? [],
            result.GetValue(rebuild),
            IndexPath(result.GetValue(index)),
            result.GetValue(commitEvery)));
        return command;
    }

    /// <summary>The <c>--index DIR</c> option shared with <c>search</c>.</summary>
    internal static Option<string?> IndexOption()
        => new("--index") { Description = "Index folder (default: $STDCOMPARE_HOME/index, i.e. ~/.local/share/stdcompare/index)" };

    /// <summary>The index folder: <paramref name="option"/>, else <c>Workspace.Home()/index</c>.</summary>
    internal static string IndexPath(string? option)
        => Path.GetFullPath(string.IsNullOrWhiteSpace(option) ? Path.Combine(Workspace.Home(), "index") : option);

    /// <summary>The terminology base of the corpus (empty without a corpus).</summary>
    internal static TerminologyBase LoadTerminology(string? corpusRoot)
    {
        if (corpusRoot is null)
        {
            return TerminologyBase.Empty;
        }

        var layout = new CorpusLayout(corpusRoot);
        var diagnostics = new List<Diagnostic>();
        var terms = TerminologyReader.ReadFolder(layout.Terminology, diagnostics, layout.Relative);
        foreach (var d in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
        {
            CliConsole.Report(d);
        }

        return terms;
    }

    /// <summary>CC-CEDICT of the corpus (empty when absent).</summary>
    internal static ChineseEnglishDictionary LoadDictionary(string? corpusRoot)
    {
        if (corpusRoot is null)
        {
            return ChineseEnglishDictionary.Empty;
        }

        var path = new CorpusLayout(corpusRoot).CcCedict;
        return File.Exists(path) ? CcCedictReader.Read(path) : ChineseEnglishDictionary.Empty;
    }

    /// <summary>
    /// Makes sure the index at <paramref name="indexPath"/> exists and holds the current corpus: builds it on first
    /// use, re-indexes the corpus when it changed, rebuilds everything when the schema changed. When another process
    /// is writing, an existing index is used as it is (with a warning); a missing one is an error.
    /// </summary>
    internal static void EnsureCurrent(string indexPath, string? corpusRoot, TerminologyBase terminology)
    {
        var data = LuceneSearchIndex.ReadCommitData(indexPath);
        if (corpusRoot is null)
        {
            if (data is null)
            {
                throw new SearchException(SearchErrorCodes.IndexMissing,
                    $"there is no search index at {indexPath} and no corpus to build it from; set {Workspace.CorpusVariable} to the 'corpora' folder of a StdCompare checkout");
            }

            return;
        }

        var fingerprint = Fingerprint(corpusRoot);
        if (CorpusIndexer.IsCurrent(data, fingerprint))
        {
            return;
        }

        LuceneSearchIndex index;
        try
        {
            index = LuceneSearchIndex.OpenWriter(indexPath, new SearchIndexOptions { Terminology = terminology });
        }
        catch (SearchException e) when (e.Code == SearchErrorCodes.Locked && data is not null)
        {
            CliConsole.Progress($"warning: {e.Message}; searching the index as last committed");
            return;
        }

        using (index)
        {
            UpdateCorpus(index, corpusRoot, fingerprint, rebuild: CorpusIndexer.SchemaDiffers(index.Statistics().CommitData));
        }
    }

    private static int Run(string[] paths, string[] remove, bool rebuild, string indexPath, int commitEvery)
    {
        if (commitEvery < 1)
        {
            CliConsole.Error("--commit-every must be at least 1");
            return ExitCodes.UsageError;
        }

        // Indexing is a batch job, as in the search benchmark's build phase: blocking collections cost less CPU
        // than background ones and no one waits on a pause.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        var corpusRoot = Workspace.FindCorpus();
        var terminology = LoadTerminology(corpusRoot);
        var failed = 0;
        try
        {
            using var index = LuceneSearchIndex.OpenWriter(indexPath, new SearchIndexOptions { Terminology = terminology });
            if (corpusRoot is not null)
            {
                var fingerprint = Fingerprint(corpusRoot);
                var full = rebuild || CorpusIndexer.SchemaDiffers(index.Statistics().CommitData);
                if (full || !CorpusIndexer.IsCurrent(index.Statistics().CommitData, fingerprint))
                {
                    UpdateCorpus(index, corpusRoot, fingerprint, full);
                }
            }
            else if (rebuild)
            {
                CliConsole.Progress($"warning: no corpus found ({Workspace.CorpusVariable}); rebuilding users' documents only");
                var sources = index.StandardsOf(IndexOrigin.User).Select(s => s.Source).Where(s => s.Length > 0).ToList();
                index.RemoveAll();
                failed += AddFiles(index, sources, commitEvery, quietMissing: true);
                index.Commit();
            }

            foreach (var id in remove)
            {
                var removed = index.Remove(id);
                if (removed.Count == 0)
                {
                    CliConsole.Error($"no standard '{id}' in the index");
                    failed++;
                }
                else
                {
                    CliConsole.Progress($"removed {string.Join(", ", removed)}");
                }
            }

            if (remove.Length > 0)
            {
                index.Commit();
            }

            var files = ExpandPaths(paths, ref failed);
            failed += AddFiles(index, files, commitEvery, quietMissing: false);
            var stats = index.Statistics();
            CliConsole.Out(string.Create(CultureInfo.InvariantCulture,
                $"index {indexPath}: {stats.Standards} standards ({stats.UserStandards} added by users), {stats.Clauses} clauses, {stats.SizeBytes / 1024.0 / 1024.0:0.0} MB"));
        }
        catch (SearchException e)
        {
            CliConsole.Error($"{e.Message} [{e.Code}]");
            return ExitCodes.InputError;
        }

        return failed > 0 ? ExitCodes.InputError : ExitCodes.Ok;
    }

    /// <summary>Reads and adds files in batches; commits after every <paramref name="commitEvery"/> documents and says so on standard error.</summary>
    private static int AddFiles(LuceneSearchIndex index, IReadOnlyList<string> files, int commitEvery, bool quietMissing)
    {
        var failed = 0;
        var added = 0;
        var clauses = 0;
        var watch = Stopwatch.StartNew();
        for (var start = 0; start < files.Count; start += commitEvery)
        {
            var batch = files.Skip(start).Take(commitEvery).ToArray();
            var results = new ReadResult[batch.Length];
            var prepared = new PreparedStandard?[batch.Length];
            Parallel.For(0, batch.Length, i =>
            {
                results[i] = DocumentReader.Read(batch[i]);
                if (results[i].Document is { } d && d.Metadata.Id.Trim().Length > 0)
                {
                    prepared[i] = index.Prepare(d with { SourcePath = Path.GetFullPath(results[i].Path) }, IndexOrigin.User);
                }
            });
            for (var i = 0; i < results.Length; i++)
            {
                var read = results[i];
                foreach (var d in read.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
                {
                    if (!(quietMissing && d.Code == DiagnosticCodes.FileNotFound))
                    {
                        CliConsole.Report(d);
                    }
                }

                if (read.Document is not { } doc)
                {
                    failed++;
                    continue;
                }

                if (doc.Metadata.Id.Trim().Length == 0)
                {
                    CliConsole.Error($"{read.Path}: has no designation (add 'id:' front matter); not indexed");
                    failed++;
                    continue;
                }

                index.AddPrepared(prepared[i]!);
                added++;
                clauses += doc.Clauses.Length;
            }

            index.Commit();
            CliConsole.Progress(string.Create(CultureInfo.InvariantCulture, $"committed {added} documents ({clauses} clauses) in {watch.Elapsed.TotalSeconds:0.0} s"));
        }

        return failed;
    }

    private static List<string> ExpandPaths(string[] paths, ref int failed)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(DocumentReader.IsSupported)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && !string.Equals(Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                CliConsole.Report(Diagnostic.Error(DiagnosticCodes.FileNotFound, "no such file or folder", path));
                failed++;
            }
        }

        return files;
    }

    /// <summary>Re-indexes the corpus (and, for a full rebuild, users' documents from their files) and commits.</summary>
    private static void UpdateCorpus(LuceneSearchIndex index, string corpusRoot, string fingerprint, bool rebuild)
    {
        var watch = Stopwatch.StartNew();
        var existing = LuceneSearchIndex.Exists(index.Path!);
        CliConsole.Progress(existing
            ? $"{(rebuild ? "rebuilding" : "updating")} the search index at {index.Path} from the corpus…"
            : $"building the search index at {index.Path} from the corpus (first use)…");
        var userSources = ImmutableArray<string>.Empty;
        if (rebuild)
        {
            userSources = [.. index.StandardsOf(IndexOrigin.User).Select(s => s.Source).Where(s => s.Length > 0)];
            index.RemoveAll();
        }

        var snapshot = LoadCorpus(corpusRoot, fingerprint);
        var report = CorpusIndexer.Rebuild(index, snapshot, new Progress<string>(CliConsole.Progress));
        if (!userSources.IsEmpty)
        {
            AddFiles(index, userSources, DefaultCommitEvery, quietMissing: false);
        }

        CliConsole.Progress(string.Create(CultureInfo.InvariantCulture,
            $"indexed {report.Documents} standards ({report.Clauses} clauses) and {report.CatalogueEntries} catalogue entries in {watch.Elapsed.TotalSeconds:0.0} s"));
    }

    private static CorpusSnapshot LoadCorpus(string corpusRoot, string fingerprint)
    {
        var layout = new CorpusLayout(corpusRoot);
        var documents = CorpusLoader.LoadDocuments(corpusRoot);
        foreach (var f in documents.Failures)
        {
            CliConsole.Report(f);
        }

        var diagnostics = new List<Diagnostic>();
        var catalogue = File.Exists(layout.Catalogue) ? JsonLinesReader.ReadCatalogue(layout, diagnostics) : [];
        foreach (var d in diagnostics)
        {
            CliConsole.Report(d);
        }

        return new CorpusSnapshot(fingerprint, documents.Documents, catalogue);
    }

    /// <summary>The fingerprint of what the corpus part of the index is made from: texts, catalogue, terminology.</summary>
    private static string Fingerprint(string corpusRoot)
    {
        var layout = new CorpusLayout(corpusRoot);
        var files = new List<string>();
        if (Directory.Exists(layout.Documents))
        {
            files.AddRange(Directory.EnumerateFiles(layout.Documents, "*", SearchOption.AllDirectories).Where(DocumentReader.IsSupported));
        }

        if (Directory.Exists(layout.Terminology))
        {
            files.AddRange(Directory.EnumerateFiles(layout.Terminology, "*.tsv"));
        }

        files.Add(layout.Catalogue);
        return CorpusFingerprint.Compute(corpusRoot, files);
    }
}

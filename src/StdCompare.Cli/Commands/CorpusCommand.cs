using System.CommandLine;
using System.Globalization;
using System.Text;
using StdCompare.Cli.Infrastructure;
using StdCompare.Contracts;
using StdCompare.Diagnostics;
using StdCompare.Ingestion.Corpus;

namespace StdCompare.Cli.Commands;

/// <summary><c>stdcompare corpus check|stats</c>.</summary>
public static class CorpusCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var corpusOption = new Option<string?>("--corpus") { Description = "Corpus folder (default: the embedded corpus, or $STDCOMPARE_CORPUS)" };
        var check = new Command("check",
            "Validate the corpus: every file parses, metadata complete and consistent, catalogue ids unique, gold links name\n" +
            "existing clauses and cover each once, test pairs not used in training, terminology and notifications well-formed.\n\n" +
            "Example:\n  stdcompare corpus check")
        {
            corpusOption,
        };
        check.SetAction(r => Check(r.GetValue(corpusOption)));

        var format = Options.Format("md", "json");
        var stats = new Command("stats",
            "Show the corpus figures: documents, clauses, languages, jurisdictions, industries, pairs, catalogue entries,\n" +
            "concepts, notifications.\n\nExample:\n  stdcompare corpus stats --format json")
        {
            corpusOption, format,
        };
        stats.SetAction(r => Stats(r.GetValue(corpusOption), r.GetRequiredValue(format)));

        return new Command("corpus", "Check the embedded corpus, or show its figures.") { check, stats };
    }

    private static LoadedCorpus? Load(string? folder)
    {
        var root = folder ?? Workspace.FindCorpus();
        if (root is null || !Directory.Exists(root))
        {
            CliConsole.Error(folder is null
                ? $"the corpus folder was not found; pass --corpus DIR or set {Workspace.CorpusVariable}"
                : $"{folder}: no such folder");
            return null;
        }

        return LoadedCorpus.Load(Path.GetFullPath(root));
    }

    private static int Check(string? folder)
    {
        var corpus = Load(folder);
        if (corpus is null)
        {
            return ExitCodes.InputError;
        }

        var models = folder is null ? Workspace.FindRepositoryRoot() is { } repo ? Path.Combine(repo, "models") : null : null;
        var findings = CorpusChecker.Check(corpus, models);
        foreach (var f in findings)
        {
            CliConsole.Report(f);
        }

        var errors = findings.Count(f => f.Severity == DiagnosticSeverity.Error);
        var warnings = findings.Count(f => f.Severity == DiagnosticSeverity.Warning);
        var s = CorpusStatistics.Compute(corpus);
        CliConsole.Out(string.Create(CultureInfo.InvariantCulture,
            $"corpus check: {s.Documents} documents, {s.Clauses} clauses, {s.Pairs.Total} gold pairs ({s.Pairs.Train} train, {s.Pairs.Test} test), " +
            $"{s.Catalogue.Entries} catalogue entries, {s.Concepts.Total} concepts, {s.Notifications.Total} notifications: " +
            $"{errors} error(s), {warnings} warning(s)"));
        return errors > 0 ? ExitCodes.CheckFailed : ExitCodes.Ok;
    }

    private static int Stats(string? folder, string format)
    {
        var corpus = Load(folder);
        if (corpus is null)
        {
            return ExitCodes.InputError;
        }

        var s = CorpusStatistics.Compute(corpus);
        CliConsole.Out(format == "json" ? ContractJson.Serialize(s) : Markdown(s));
        return ExitCodes.Ok;
    }

    private static string Markdown(CorpusStatistics s)
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.Append("# StdCompare corpus\n\n");
        sb.Append(c, $"- documents: {s.Documents} ({string.Join(", ", s.Provenance.Select(kv => $"{kv.Value} {kv.Key}"))}; formats {Join(s.Formats)})\n");
        sb.Append(c, $"- clauses: {s.Clauses}; requirements found: {s.Requirements}\n");
        sb.Append(c, $"- gold pairs: {s.Pairs.Total} ({s.Pairs.Train} train, {s.Pairs.Test} test), {s.Pairs.Links} links, {s.Pairs.OneToMany} one-to-many, {s.Pairs.ManyToOne} many-to-one, {s.Pairs.Crossing} out of order\n");
        sb.Append(c, $"  - by language pair: {Join(s.Pairs.ByLanguagePair)}; test: {Join(s.Pairs.TestByLanguagePair)}; degree: {Join(s.Pairs.ByDegree)}\n");
        sb.Append(c, $"- catalogue: {s.Catalogue.Entries} standards ({s.Catalogue.MetadataOnly} with metadata only, {s.Catalogue.WithText} with full text); {s.Catalogue.Withdrawn} withdrawn; declared adoptions {Join(s.Catalogue.Adoptions)}\n");
        sb.Append(c, $"  - by jurisdiction: {Join(s.Catalogue.ByJurisdiction)}\n");
        sb.Append(c, $"  - by industry: {Join(s.Catalogue.ByIndustry)}\n");
        sb.Append(c, $"  - by year: {Join(s.Catalogue.ByYear)}\n");
        sb.Append(c, $"- terminology: {s.Concepts.Total} concepts; with a term in {Join(s.Concepts.ByLanguage)}\n");
        sb.Append(c, $"- notifications: {s.Notifications.Total} ({s.Notifications.Tbt} TBT, {s.Notifications.Sps} SPS); by member {Join(s.Notifications.ByMember)}\n");
        sb.Append(c, $"- size: {s.SizeBytes / (1024.0 * 1024):0.0} MB\n\n");
        sb.Append("| language | documents | clauses |\n|---|---:|---:|\n");
        foreach (var (lang, f) in s.Languages)
        {
            sb.Append(c, $"| {lang} | {f.Documents} | {f.Clauses} |\n");
        }

        sb.Append("\n| jurisdiction | documents |\n|---|---:|\n");
        foreach (var (j, n) in s.Jurisdictions)
        {
            sb.Append(c, $"| {j} | {n} |\n");
        }

        sb.Append("\n| industry | documents |\n|---|---:|\n");
        foreach (var (i, n) in s.Industries)
        {
            sb.Append(c, $"| {i} | {n} |\n");
        }

        sb.Append("\nTexts and records marked 'sample' were written for the corpus: their values are illustrative, never a real standard's requirement.\n");
        return sb.ToString();
    }

    private static string Join(IEnumerable<KeyValuePair<string, int>> counts)
        => string.Join(", ", counts.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value}")));
}

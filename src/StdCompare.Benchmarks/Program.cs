using System.Globalization;
using StdCompare.Benchmarks.Search;
using StdCompare.Benchmarks.Synthetic;
using StdCompare.Ingestion.Corpus;

namespace StdCompare.Benchmarks;

/// <summary>
/// <c>StdCompare.Benchmarks COMMAND …</c>: <c>gen-corpus N OUT</c>, <c>lucene-build CORPUS INDEX</c>,
/// <c>lucene-query INDEX</c>, <c>sqlite-build CORPUS DB</c>, <c>sqlite-query DB</c>, <c>quality</c>; each phase
/// prints its figures as a JSON line and appends it to <c>--results FILE</c>. See scripts/bench-search.
/// </summary>
public static class Program
{
    /// <summary>Runs one command.</summary>
    public static int Main(string[] args)
    {
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                i++;
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        var results = Option("--results");
        var corpusRoot = Option("--corpus-root") ?? FindCorpus();
        var threads = int.Parse(Option("--threads") ?? Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (positional.Count == 0)
        {
            Console.Error.WriteLine("usage: gen-corpus N OUT | lucene-build CORPUS INDEX | lucene-query INDEX | sqlite-build CORPUS DB | sqlite-query DB | quality | candidates [--results FILE] [--corpus-root DIR] [--threads N]");
            return 2;
        }

        switch (positional[0])
        {
            case "gen-corpus":
                var documents = CorpusLoader.LoadDocuments(corpusRoot).Documents;
                SyntheticCorpus.Write(documents, int.Parse(positional[1], CultureInfo.InvariantCulture), positional[2]);
                Console.Error.WriteLine($"wrote {positional[1]} synthetic clauses to {positional[2]}");
                return 0;
            case "lucene-build":
                SearchBenchmark.LuceneBuild(positional[1], positional[2], corpusRoot, threads).Save(results);
                return 0;
            case "lucene-query":
                SearchBenchmark.LuceneQuery(positional[1], corpusRoot).Save(results);
                return 0;
            case "sqlite-build":
                SearchBenchmark.SqliteBuild(positional[1], positional[2]).Save(results);
                return 0;
            case "sqlite-query":
                SearchBenchmark.SqliteQuery(positional[1], corpusRoot).Save(results);
                return 0;
            case "candidates":
                SearchBenchmark.Candidates(corpusRoot).Save(results);
                return 0;
            case "quality":
                using (var perQuery = Option("--per-query") is { } p ? new StreamWriter(p) : null)
                {
                    SearchBenchmark.Quality(corpusRoot, perQuery).Save(results);
                }

                return 0;
            default:
                Console.Error.WriteLine($"unknown command '{positional[0]}'");
                return 2;
        }
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpora");
            if (Directory.Exists(Path.Combine(candidate, "documents")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("No corpora/ folder above the benchmark; pass --corpus-root.");
    }
}

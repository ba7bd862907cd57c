using System.Collections.Immutable;
using System.Diagnostics;
using StdCompare.Benchmarks.Synthetic;
using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion.Corpus;
using StdCompare.Ingestion.Reference;
using StdCompare.Search;
using StdCompare.Search.Querying;

namespace StdCompare.Benchmarks.Search;

/// <summary>
/// The search benchmark's phases, each run in its own process so that its memory is its own: building and
/// querying a Lucene index and an SQLite FTS5 database on a synthetic corpus, and retrieval quality of both on
/// the real corpus with the labelled queries.
/// </summary>
public static class SearchBenchmark
{
    /// <summary>Rounds of the query mix that are timed (after the warm-up rounds).</summary>
    public const int Rounds = 3;

    /// <summary>
    /// Rounds of the query mix run before the timed ones: a server answers queries for hours, and on this machine
    /// tiered JIT keeps recompiling the search path through about the first 500 queries (p95 per round of the
    /// mix on the 1,000,000-clause index, 2026-11-27: 116 ms for the first, 36 ms for the second, 16–24 ms from the
    /// third on). The warm-up rounds' own figures are reported too (<c>warmupP95Ms</c>, <c>firstRoundP95Ms</c>).
    /// </summary>
    public const int WarmUpRounds = 3;

    /// <summary>Rounds of the SQLite mix that are timed.</summary>
    public const int SqliteRounds = 1;

    /// <summary>Queries of the SQLite warm-up round.</summary>
    public const int SqliteWarmUp = 20;

    /// <summary>Builds the Lucene index of a synthetic corpus with <paramref name="threads"/> indexing threads.</summary>
    public static BenchResult LuceneBuild(string corpus, string indexPath, string corpusRoot, int threads)
    {
        if (Directory.Exists(indexPath))
        {
            Directory.Delete(indexPath, recursive: true);
        }

        var options = new SearchIndexOptions { Terminology = Terminology(corpusRoot) };

        // A bulk build is a batch job: blocking collections cost less CPU than background ones (12–18 % of
        // the build's CPU time on 100,000 clauses), and no one waits on a pause. A server keeps the default.
        var latency = System.Runtime.GCSettings.LatencyMode;
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.Batch;
        var watch = Stopwatch.StartNew();
        long clauses = 0;
        long standards = 0;
        long failed = 0;
        using (var index = LuceneSearchIndex.OpenWriter(indexPath, options))
        {
            // Indexing threads share the writer (Lucene's documents-writer-per-thread) and take the next standard
            // from one reader in turn. (A separate reader thread feeding a bounded queue spun on the full queue:
            // a fifth of the process's CPU samples on 100,000 clauses.) A document that fails is counted and skipped.
            using var source = SyntheticCorpus.Read(corpus).GetEnumerator();
            var consumers = Enumerable.Range(0, threads).Select(_ => Task.Run(() =>
            {
                while (true)
                {
                    SyntheticStandard s;
                    lock (source)
                    {
                        if (!source.MoveNext())
                        {
                            break;
                        }

                        s = source.Current;
                    }

                    try
                    {
                        var doc = Retry(() => SyntheticCorpus.ToDocument(s));
                        index.AddNew(doc, IndexOrigin.Corpus);
                        Interlocked.Add(ref clauses, doc.Clauses.Length);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        if (Interlocked.Increment(ref failed) <= 5)
                        {
                            Console.Error.WriteLine($"lucene: {s.Id} failed: {e}");
                        }

                        continue;
                    }

                    if (Interlocked.Increment(ref standards) % 2000 == 0)
                    {
                        Console.Error.WriteLine($"lucene: {Interlocked.Read(ref clauses)} clauses in {watch.Elapsed.TotalSeconds:0} s");
                    }
                }
            })).ToArray();
            Task.WaitAll(consumers);
            index.Commit();
        }

        var seconds = watch.Elapsed.TotalSeconds;
        System.Runtime.GCSettings.LatencyMode = latency;
        return new BenchResult
        {
            Phase = "lucene-build",
            Figures = Figures(
                ("clauses", clauses),
                ("standards", standards),
                ("failedStandards", failed),
                ("seconds", seconds),
                ("clausesPerSecond", clauses / seconds),
                ("indexBytes", DirectorySize(indexPath)),
                ("threads", threads),
                ("cpuSeconds", Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds),
                ("clausesPerCpuSecond", clauses / Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds),
                ("peakWorkingSetBytes", Process.GetCurrentProcess().PeakWorkingSet64),
                ("gcHeapBytes", GC.GetGCMemoryInfo().HeapSizeBytes),
                ("gen0Collections", GC.CollectionCount(0)),
                ("gen2Collections", GC.CollectionCount(2)),
                ("gcPauseSeconds", GC.GetTotalPauseDuration().TotalSeconds)),
        };
    }

    /// <summary>Times the query mix on the Lucene index as a server would run it (read-only, warm).</summary>
    public static BenchResult LuceneQuery(string indexPath, string corpusRoot)
    {
        var layout = new CorpusLayout(corpusRoot);
        var options = new SearchIndexOptions { Terminology = Terminology(corpusRoot), Dictionary = CcCedictReader.Read(layout.CcCedict) };
        var mix = QueryMix.Build(LabelledQuery.Read(layout.SearchQueries));
        using var index = LuceneSearchIndex.OpenReader(indexPath, options);
        var all = new List<double>();
        var text = new List<double>();
        var byKind = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        long partial = 0;
        long totalHits = 0;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var cpuTimed = TimeSpan.Zero;
        var warmUp = new List<double>();
        for (var round = 0; round < WarmUpRounds + Rounds; round++)
        {
            if (round == WarmUpRounds)
            {
                cpuTimed = Process.GetCurrentProcess().TotalProcessorTime;
            }

            foreach (var q in mix)
            {
                var w = Stopwatch.StartNew();
                var r = index.Search(q.Request);
                var ms = w.Elapsed.TotalMilliseconds;
                if (round < WarmUpRounds)
                {
                    warmUp.Add(ms);
                    continue;
                }

                all.Add(ms);
                if (q.SqliteText is not null)
                {
                    text.Add(ms);
                }

                (byKind.TryGetValue(q.Kind, out var list) ? list : byKind[q.Kind] = []).Add(ms);
                partial += r.Partial ? 1 : 0;
                totalHits += r.Total;
            }
        }

        var figures = new List<(string, double)>
        {
            ("queries", all.Count),
            ("p50Ms", Metrics.Percentile(all, 50)),
            ("p95Ms", Metrics.Percentile(all, 95)),
            ("p99Ms", Metrics.Percentile(all, 99)),
            ("meanMs", all.Average()),
            ("textP50Ms", Metrics.Percentile(text, 50)),
            ("textP95Ms", Metrics.Percentile(text, 95)),
            ("partial", partial),
            ("cpuMsPerQuery", (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / (all.Count * (WarmUpRounds + Rounds) / (double)Rounds)),
            ("warmUpRounds", WarmUpRounds),
            ("warmupP50Ms", Metrics.Percentile(warmUp, 50)),
            ("warmupP95Ms", Metrics.Percentile(warmUp, 95)),
            ("firstRoundP95Ms", Metrics.Percentile(warmUp.Take(mix.Count).ToList(), 95)),
            ("timedCpuMsPerQuery", (Process.GetCurrentProcess().TotalProcessorTime - cpuTimed).TotalMilliseconds / all.Count),
            ("meanHits", totalHits / (double)all.Count),
            ("workingSetBytes", Process.GetCurrentProcess().WorkingSet64),
            ("peakWorkingSetBytes", Process.GetCurrentProcess().PeakWorkingSet64),
            ("gcHeapBytes", GC.GetGCMemoryInfo().HeapSizeBytes),
        };
        foreach (var (kind, list) in byKind)
        {
            figures.Add(("kind." + kind + ".p95Ms", Metrics.Percentile(list, 95)));
        }

        return new BenchResult { Phase = "lucene-query", Figures = Figures([.. figures]) };
    }

    /// <summary>Builds the SQLite FTS5 (trigram) database of a synthetic corpus.</summary>
    public static BenchResult SqliteBuild(string corpus, string dbPath)
    {
        foreach (var f in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
        {
            File.Delete(f);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dbPath))!);
        var watch = Stopwatch.StartNew();
        int clauses;
        using (var db = new SqliteFtsIndex(dbPath))
        {
            clauses = db.Add(SyntheticCorpus.Read(corpus).Select(s => Retry(() => SyntheticCorpus.ToDocument(s))));
            db.Checkpoint();
        }

        var seconds = watch.Elapsed.TotalSeconds;
        return new BenchResult
        {
            Phase = "sqlite-build",
            Figures = Figures(
                ("clauses", clauses),
                ("seconds", seconds),
                ("clausesPerSecond", clauses / seconds),
                ("cpuSeconds", Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds),
                ("indexBytes", SqliteFtsIndex.SizeOf(dbPath)),
                ("peakWorkingSetBytes", Process.GetCurrentProcess().PeakWorkingSet64)),
        };
    }

    /// <summary>Times the text queries of the mix on the SQLite database.</summary>
    public static BenchResult SqliteQuery(string dbPath, string corpusRoot)
    {
        var layout = new CorpusLayout(corpusRoot);
        var mix = QueryMix.Build(LabelledQuery.Read(layout.SearchQueries)).Where(q => q.SqliteText is not null).ToList();
        using var db = new SqliteFtsIndex(dbPath);
        var all = new List<double>();
        var shortOnly = new List<double>();
        // One timed round after a short warm-up: queries of short words scan the table, and there are many of them.
        for (var round = 0; round <= SqliteRounds; round++)
        {
            foreach (var q in round == 0 ? mix.Take(SqliteWarmUp) : mix)
            {
                var w = Stopwatch.StartNew();
                db.Search(q.SqliteText!, 10, q.Jurisdictions);
                var ms = w.Elapsed.TotalMilliseconds;
                if (round == 0)
                {
                    continue;
                }

                all.Add(ms);
                if (q.SqliteText!.Split(' ').All(word => word.EnumerateRunes().Count() < 3))
                {
                    shortOnly.Add(ms);
                }
            }

            Console.Error.WriteLine($"sqlite: round {round} done");
        }

        return new BenchResult
        {
            Phase = "sqlite-query",
            Figures = Figures(
                ("queries", all.Count),
                ("p50Ms", Metrics.Percentile(all, 50)),
                ("p95Ms", Metrics.Percentile(all, 95)),
                ("p99Ms", Metrics.Percentile(all, 99)),
                ("meanMs", all.Average()),
                ("shortWordP50Ms", Metrics.Percentile(shortOnly, 50)),
                ("shortWordQueries", shortOnly.Count),
                ("workingSetBytes", Process.GetCurrentProcess().WorkingSet64),
                ("peakWorkingSetBytes", Process.GetCurrentProcess().PeakWorkingSet64)),
        };
    }

    /// <summary>nDCG@10 and capped recall@10 of both engines on the real corpus with the labelled queries.</summary>
    public static BenchResult Quality(string corpusRoot, TextWriter? perQuery = null)
    {
        var layout = new CorpusLayout(corpusRoot);
        var documents = CorpusLoader.LoadDocuments(corpusRoot).Documents;
        var queries = LabelledQuery.Read(layout.SearchQueries);
        var options = new SearchIndexOptions { Terminology = Terminology(corpusRoot), Dictionary = CcCedictReader.Read(layout.CcCedict) };
        using var index = LuceneSearchIndex.CreateInMemory(options);
        foreach (var d in documents)
        {
            index.AddNew(d, IndexOrigin.Corpus);
        }

        index.Commit();
        using var db = new SqliteFtsIndex(":memory:");
        db.Add(documents);
        var lucene = new List<(double Ndcg, double Recall)>();
        var plain = new List<(double Ndcg, double Recall)>();
        var sqlite = new List<(double Ndcg, double Recall)>();
        var byLanguage = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var q in queries)
        {
            var ranked = Ranked(index, new SearchRequest { Query = q.Text, Level = SearchLevel.Clause, Facets = false, Snippets = false });
            var unexpanded = Ranked(index, new SearchRequest { Query = q.Text, Level = SearchLevel.Clause, Facets = false, Snippets = false, Expand = false });
            var fts = db.Search(q.Text, 10).Select(h => LabelledQuery.Key(h.Standard, h.Clause)).ToList();
            lucene.Add((Metrics.Ndcg(ranked, q.Grades), Metrics.Recall(ranked, q.Grades)));
            plain.Add((Metrics.Ndcg(unexpanded, q.Grades), Metrics.Recall(unexpanded, q.Grades)));
            sqlite.Add((Metrics.Ndcg(fts, q.Grades), Metrics.Recall(fts, q.Grades)));
            (byLanguage.TryGetValue(q.Language, out var l) ? l : byLanguage[q.Language] = []).Add(lucene[^1].Ndcg);
            perQuery?.WriteLine($"{q.Id}\t{q.Language}\t{q.Text}\t{lucene[^1].Ndcg:0.000}\t{sqlite[^1].Ndcg:0.000}");
        }

        var figures = new List<(string, double)>
        {
            ("queries", queries.Count),
            ("luceneNdcg10", lucene.Average(x => x.Ndcg)),
            ("luceneRecall10", lucene.Average(x => x.Recall)),
            ("luceneNoExpansionNdcg10", plain.Average(x => x.Ndcg)),
            ("luceneNoExpansionRecall10", plain.Average(x => x.Recall)),
            ("sqliteNdcg10", sqlite.Average(x => x.Ndcg)),
            ("sqliteRecall10", sqlite.Average(x => x.Recall)),
        };
        foreach (var (language, list) in byLanguage.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            figures.Add(("luceneNdcg10_" + language, list.Average()));
        }

        return new BenchResult { Phase = "quality", Figures = Figures([.. figures]) };
    }

    /// <summary>
    /// Time of <see cref="StdCompare.Search.Matching.LuceneCandidateSource"/> on a 500 × 500-clause pair (Chinese
    /// clauses of the corpus against English ones): warm with the right document's index cached, and with it built.
    /// </summary>
    public static BenchResult Candidates(string corpusRoot)
    {
        var layout = new CorpusLayout(corpusRoot);
        var documents = CorpusLoader.LoadDocuments(corpusRoot).Documents;
        StandardDocument Pool(string language, string id) => new()
        {
            Metadata = new StandardMetadata { Id = id, Language = language, Provenance = Provenance.Sample },
            Clauses = [.. documents.Where(d => d.Metadata.Language == language).SelectMany(d => d.Clauses).Take(500)],
        };
        var left = Pool("zh", "LEFT 1-2020");
        var source = new StdCompare.Search.Matching.LuceneCandidateSource(Terminology(corpusRoot), CcCedictReader.Read(layout.CcCedict));
        var right = Pool("en", "RIGHT 1-2020");
        for (var i = 0; i < 3; i++)
        {
            source.Propose(left, right, 10);
        }

        var warm = new List<double>();
        var cold = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            var w = Stopwatch.StartNew();
            source.Propose(left, right, 10);
            warm.Add(w.Elapsed.TotalMilliseconds);
            var fresh = right with { Metadata = right.Metadata with { Id = "RIGHT " + (i + 2) + "-2020" } };
            w.Restart();
            source.Propose(left, fresh, 10);
            cold.Add(w.Elapsed.TotalMilliseconds);
        }

        return new BenchResult
        {
            Phase = "candidates",
            Figures = Figures(
                ("leftClauses", left.Clauses.Length),
                ("rightClauses", right.Clauses.Length),
                ("warmMedianMs", Metrics.Percentile(warm, 50)),
                ("warmMaxMs", warm.Max()),
                ("withIndexBuildMedianMs", Metrics.Percentile(cold, 50))),
        };
    }

    /// <summary>
    /// Runs <paramref name="read"/> again when a regular expression of the readers ran out of its time limit: on a
    /// saturated machine a descheduled thread can exceed it on ordinary text.
    /// </summary>
    private static T Retry<T>(Func<T> read)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return read();
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException) when (attempt < 3)
            {
                Thread.Sleep(10);
            }
        }
    }

    private static List<string> Ranked(LuceneSearchIndex index, SearchRequest request)
        => [.. index.Search(request).Hits.Select(h => LabelledQuery.Key(h.Standard, h.Clause))];

    private static Terminology.TerminologyBase Terminology(string corpusRoot)
        => TerminologyReader.ReadFolder(new CorpusLayout(corpusRoot).Terminology, new List<Diagnostic>());

    private static long DirectorySize(string path) => new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);

    private static ImmutableSortedDictionary<string, double> Figures(params (string Key, double Value)[] figures)
        => figures.ToImmutableSortedDictionary(f => f.Key, f => Math.Round(f.Value, 3), StringComparer.Ordinal);
}

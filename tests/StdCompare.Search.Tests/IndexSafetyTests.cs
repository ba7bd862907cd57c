using System.Text.RegularExpressions;
using Lucene.Net.Index;
using StdCompare.Documents;
using StdCompare.Search.Indexing;
using StdCompare.Search.Querying;
using StdCompare.Terminology;
using StdCompare.Testing;

namespace StdCompare.Search.Tests;

public sealed partial class IndexSafetyTests
{
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public void Killed_at_random_points_while_indexing_the_index_opens_at_its_last_commit_and_loses_nothing_committed()
    {
        using var tmp = new TempDirectory();
        var corpus = MiniCorpus.Write(tmp);
        var env = MiniCorpus.Environment(corpus, tmp);
        var index = tmp.File("index");
        var random = new Random(20241126);
        var committed = new List<string>();
        var all = new List<string>();
        var folders = new List<string>();
        for (var round = 0; round < 3; round++)
        {
            var (folder, ids) = MiniCorpus.UserDocuments(tmp, "r" + round, 40);
            folders.Add(folder);
            all.AddRange(ids);
            using var child = new ChildProcess(["index", folder, "--index", index, "--commit-every", "4"], env);

            // Kill after a random number of commits and a random delay: inside a batch, or during a commit.
            var commits = random.Next(1, 6);
            Assert.True(child.WaitForLines(IsCommit, commits, ChildTimeout), "the child made no commit:\n" + string.Join('\n', child.Stderr));
            Thread.Sleep(random.Next(0, 150));
            child.Kill();
            var last = child.Stderr.Where(IsCommit).Select(l => int.Parse(Commit().Match(l).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();
            committed.AddRange(ids.Take(last));

            Assert.True(LuceneSearchIndex.Check(index), "CheckIndex found problems after kill -9 in round " + round);
            AssertPresent(index, committed);
        }

        // A last run to the end: everything is there, once.
        using (var child = new ChildProcess(["index", .. folders, "--index", index, "--commit-every", "25"], env))
        {
            Assert.True(child.WaitForExit(ChildTimeout), "the last run did not finish");
            Assert.True(child.ExitCode == 0, string.Join('\n', child.Stderr));
        }

        Assert.True(LuceneSearchIndex.Check(index));
        AssertPresent(index, all);
    }

    [Fact]
    public void A_second_writer_is_told_which_process_holds_the_lock()
    {
        using var tmp = new TempDirectory();
        var path = tmp.File("index");
        using var first = LuceneSearchIndex.OpenWriter(path, new SearchIndexOptions());
        var e = Assert.Throws<SearchException>(() => LuceneSearchIndex.OpenWriter(path, new SearchIndexOptions()));
        Assert.Equal(SearchErrorCodes.Locked, e.Code);
        Assert.StartsWith($"index is locked by process {Environment.ProcessId}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_writer_process_gets_a_clear_message_and_exit_code()
    {
        using var tmp = new TempDirectory();
        var corpus = MiniCorpus.Write(tmp);
        var path = tmp.File("index");
        using var holder = LuceneSearchIndex.OpenWriter(path, new SearchIndexOptions());
        var (folder, _) = MiniCorpus.UserDocuments(tmp, "lock", 1);
        var result = CliRunner.Run(["index", folder, "--index", path], environment: MiniCorpus.Environment(corpus, tmp)!);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"index is locked by process {Environment.ProcessId}", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_sees_a_writers_commit_without_reopening()
    {
        using var tmp = new TempDirectory();
        var path = tmp.File("index");
        using var writer = LuceneSearchIndex.OpenWriter(path, new SearchIndexOptions());
        writer.AddOrReplace(Doc("TST 1-2020", "first"), IndexOrigin.User);
        writer.Commit();
        using var reader = LuceneSearchIndex.OpenReader(path, new SearchIndexOptions());
        Assert.Equal(1, reader.Search(new SearchRequest { Query = "*", Level = SearchLevel.Standard }).Total);

        writer.AddOrReplace(Doc("TST 2-2020", "second"), IndexOrigin.User);
        writer.Commit();
        Thread.Sleep(SearchLimits.RefreshInterval + TimeSpan.FromMilliseconds(100));
        Assert.Equal(2, reader.Search(new SearchRequest { Query = "*", Level = SearchLevel.Standard }).Total);
    }

    [Fact]
    public void Adding_a_standard_again_replaces_it_and_removing_without_a_year_removes_every_edition()
    {
        using var index = LuceneSearchIndex.CreateInMemory(new SearchIndexOptions());
        index.AddOrReplace(Doc("GB/T 1-2010", "old text"), IndexOrigin.User);
        index.AddOrReplace(Doc("GB/T 1-2020", "one"), IndexOrigin.User);
        index.AddOrReplace(Doc("GB/T 1—2020", "replaced", "two clauses"), IndexOrigin.User);
        index.Commit();
        var stats = index.Statistics();
        Assert.Equal(2, stats.Standards);
        Assert.Equal(3, stats.Clauses);

        var removed = index.Remove("GB/T 1");
        index.Commit();
        Assert.Equal(2, removed.Count);
        Assert.Equal(0, index.Statistics().Standards + index.Statistics().Clauses);
    }

    [Fact]
    public void A_corpus_rebuild_keeps_users_documents_and_a_users_edition_wins()
    {
        using var index = LuceneSearchIndex.CreateInMemory(new SearchIndexOptions());
        index.AddOrReplace(Doc("GB/T 90101-2020", "user's own text"), IndexOrigin.User);
        index.AddOrReplace(Doc("TST 7-2020", "user only"), IndexOrigin.User);
        index.Commit();
        var corpus = new CorpusSnapshot("fp1", [Doc("GB/T 90101-2020", "corpus text"), Doc("TST 8-2020", "corpus only")], [new StandardMetadata { Id = "TST 9-2020", Title = "catalogue only", Language = "en" }]);
        var report = CorpusIndexer.Rebuild(index, corpus);
        Assert.Equal((1, 1, 1), (report.Documents, report.KeptForUser, report.CatalogueEntries));
        Assert.True(CorpusIndexer.IsCurrent(index.Statistics().CommitData, "fp1"));

        CorpusIndexer.Rebuild(index, corpus with { Fingerprint = "fp2" });
        var hits = index.Search(new SearchRequest { Query = "*", Level = SearchLevel.Standard, Top = 10 }).Hits;
        Assert.Equal(["GB/T 90101-2020", "TST 7-2020", "TST 8-2020", "TST 9-2020"], hits.Select(h => h.Standard).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("user", hits.Single(h => h.Standard == "GB/T 90101-2020").Origin);
        Assert.Equal("user's own text", hits.Single(h => h.Standard == "GB/T 90101-2020").Title);
    }

    private static void AssertPresent(string path, IReadOnlyList<string> ids)
    {
        using var reader = LuceneSearchIndex.OpenReader(path, new SearchIndexOptions { Terminology = TerminologyBase.Empty });
        var found = reader.Search(new SearchRequest { Query = "+level:standard +origin:user", Top = SearchLimits.MaxTop, Facets = false, Snippets = false })
            .Hits.GroupBy(h => h.Standard).ToDictionary(g => g.Key, g => g.Count());
        foreach (var id in ids)
        {
            Assert.True(found.TryGetValue(id, out var n), $"{id} was committed but is missing");
            Assert.Equal(1, n);
        }
    }

    private static bool IsCommit(string line) => Commit().IsMatch(line);

    private static StandardDocument Doc(string id, string title, string? second = null)
        => new()
        {
            Metadata = new StandardMetadata { Id = id, Title = title, Language = "en", Jurisdiction = "INT", Provenance = Provenance.User },
            Clauses = second is null
                ? [new Clause("1", 1, "Scope", title, [], [], default)]
                : [new Clause("1", 1, "Scope", title, [], [], default), new Clause("2", 1, "More", second, [], [], default)],
        };

    [GeneratedRegex(@"^committed (\d+) documents")]
    private static partial Regex Commit();
}

using StdCompare.Search.Querying;
using StdCompare.Testing;

namespace StdCompare.Search.Tests;

/// <summary>
/// A search over groups of segments in parallel (large indexes) returns what one sequential pass returns: the
/// same hits in the same order with the same scores, the same total and the same facet counts.
/// </summary>
[Collection(CorpusIndexCollection.Name)]
public sealed class ParallelSearchTests(CorpusIndexFixture fixture) : IDisposable
{
    private readonly TempDirectory _tmp = new();

    public static TheoryData<string> Queries => new()
    {
        "人参 农药残留",                 // Han words, concepts, CC-CEDICT glosses
        "ginseng pesticide residues",   // Latin words in several fields
        "잔류농약",                      // one Korean word
        "маркировка и упаковка",        // Cyrillic
        "*",                            // every document
        "GB/T 19001",                   // a designation
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_parallel_search_equals_a_sequential_one(string query)
    {
        var (parallel, sequential) = OpenTwice();
        using (parallel)
        using (sequential)
        {
            foreach (var request in Requests(query))
            {
                var a = parallel.Search(request);
                var b = sequential.Search(request);
                Assert.Equal(Describe(b), Describe(a));
                Assert.Equal(b.Total, a.Total);
                Assert.False(a.Partial);
            }
        }
    }

    [Fact]
    public void Segments_are_split_into_groups_of_about_equal_size_each_in_doc_order()
    {
        var (parallel, sequential) = OpenTwice();
        sequential.Dispose();
        using (parallel)
        {
            var leaves = LeavesOf(parallel);
            Assert.True(leaves.Count >= 3, $"the test index should have several segments, it has {leaves.Count}");
            var slices = SliceSearch.Slices(leaves, 2);
            Assert.Equal(2, slices.Count);
            Assert.Equal(leaves.Count, slices.Sum(s => s.Count));
            var sizes = slices.Select(s => s.Sum(l => l.AtomicReader.MaxDoc)).ToList();
            Assert.True(Math.Abs(sizes[0] - sizes[1]) <= leaves.Max(l => l.AtomicReader.MaxDoc), string.Join(" ", sizes));
            Assert.All(slices, s => Assert.Equal(s.OrderBy(l => l.DocBase).Select(l => l.DocBase), s.Select(l => l.DocBase)));
            Assert.Single(SliceSearch.Slices(leaves, 1));
        }
    }

    [Fact]
    public void An_empty_index_gives_no_hits_and_empty_facets()
    {
        using var index = LuceneSearchIndex.CreateInMemory(new SearchIndexOptions { Terminology = fixture.Terminology, ParallelSearchMinDocs = 0 });
        index.Commit();
        var result = index.Search(new SearchRequest { Query = "rice" });
        Assert.Equal(0, result.Total);
        Assert.Empty(result.Hits);
        Assert.NotEmpty(result.Facets);
        Assert.All(result.Facets.Values, values => Assert.Empty(values));
    }

    public void Dispose() => _tmp.Dispose();

    private static IEnumerable<SearchRequest> Requests(string query)
    {
        yield return new SearchRequest { Query = query, Top = 30 };
        yield return new SearchRequest { Query = query, Top = 30, Level = SearchLevel.Clause, Jurisdictions = ["CN", "KR"] };
        yield return new SearchRequest { Query = query, Top = 5, Facets = false, Snippets = false };
    }

    private static string Describe(SearchResult r)
        => string.Join('\n', r.Hits.Select(h => $"{h.Standard}#{h.Clause} {h.Score} {h.Snippet}"))
            + "\n" + string.Join('\n', r.Facets.Select(f => f.Key + ": " + string.Join(", ", f.Value.Select(v => $"{v.Value}={v.Count}"))));

    private static List<Lucene.Net.Index.AtomicReaderContext> LeavesOf(LuceneSearchIndex index)
    {
        using var dir = Lucene.Net.Store.FSDirectory.Open(index.Path!);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(dir);
        return [.. reader.Leaves];
    }

    /// <summary>One index of several segments (a commit per standard), opened to search in parallel and sequentially.</summary>
    private (LuceneSearchIndex Parallel, LuceneSearchIndex Sequential) OpenTwice()
    {
        var path = _tmp.File("index");
        var options = new SearchIndexOptions { Terminology = fixture.Terminology, Dictionary = fixture.Dictionary };
        if (!LuceneSearchIndex.Exists(path))
        {
            using var writer = LuceneSearchIndex.OpenWriter(path, options);
            foreach (var d in fixture.Documents)
            {
                writer.AddOrReplace(d, IndexOrigin.Corpus);
                writer.Commit();
            }
        }

        return (LuceneSearchIndex.OpenReader(path, options with { ParallelSearchMinDocs = 0 }),
                LuceneSearchIndex.OpenReader(path, options with { ParallelSearchMinDocs = int.MaxValue }));
    }
}

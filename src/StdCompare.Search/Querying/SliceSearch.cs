using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace StdCompare.Search.Querying;

/// <summary>What the collection of one query found: the best hits (global doc ids), the number of matches,
/// whether the time budget cut it short, and the facet counts.</summary>
internal sealed record SliceSearchResult(ScoreDoc[] Hits, int Total, bool Partial, FacetCollector? Facets);

/// <summary>
/// Collects a query over the segments of an index, in parallel slices when the index is large enough: the query's
/// weight is made once (statistics of the whole index), each slice — a group of segments of about equal size —
/// scores its matches into its own top-N collector and facet counts, and the slices are merged (score descending,
/// then doc id, as one sequential pass would order them; facet counts added). CPU per query is the same; on an
/// idle second core the latency of a query that matches a large part of the index is about halved.
/// </summary>
internal static class SliceSearch
{
    /// <summary>Runs <paramref name="query"/> (already filtered) on <paramref name="searcher"/>.</summary>
    public static SliceSearchResult Run(IndexSearcher searcher, Query query, int top, bool facets, TimeSpan budget, int parallelMinDocs)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        var slices = Slices(searcher.IndexReader.Leaves, searcher.IndexReader.MaxDoc >= parallelMinDocs ? Environment.ProcessorCount : 1);
        if (slices.Count == 0)
        {
            return new SliceSearchResult([], 0, false, facets ? new FacetCollector(SearchFields.FacetFields) : null);
        }

        var parts = new Part[slices.Count];
        if (slices.Count == 1)
        {
            parts[0] = Collect(weight, slices[0], top, facets, budget);
        }
        else
        {
            try
            {
                Parallel.For(0, slices.Count, new ParallelOptions { MaxDegreeOfParallelism = slices.Count }, i => parts[i] = Collect(weight, slices[i], top, facets, budget));
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                // The exception one thread threw, as a sequential search would throw it.
                ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                throw;
            }
        }

        var hits = parts.SelectMany(p => p.Hits)
            .OrderByDescending(h => h.Score).ThenBy(h => h.Doc)
            .Take(top)
            .ToArray();
        var facetTotals = facets ? parts[0].Facets : null;
        for (var i = 1; i < parts.Length && facetTotals is not null; i++)
        {
            facetTotals.Add(parts[i].Facets!);
        }

        return new SliceSearchResult(hits, parts.Sum(p => p.Total), parts.Any(p => p.Partial), facetTotals);
    }

    /// <summary>
    /// The leaves in at most <paramref name="count"/> groups of about equal size (largest segment first, each to
    /// the lightest group); each group in doc order.
    /// </summary>
    internal static List<List<AtomicReaderContext>> Slices(IList<AtomicReaderContext> leaves, int count)
    {
        count = Math.Max(1, Math.Min(count, leaves.Count));
        var groups = Enumerable.Range(0, count).Select(_ => new List<AtomicReaderContext>()).ToList();
        var sizes = new long[count];
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc).ThenBy(l => l.DocBase))
        {
            var lightest = 0;
            for (var g = 1; g < count; g++)
            {
                if (sizes[g] < sizes[lightest])
                {
                    lightest = g;
                }
            }

            groups[lightest].Add(leaf);
            sizes[lightest] += leaf.AtomicReader.MaxDoc;
        }

        foreach (var g in groups)
        {
            g.Sort((a, b) => a.DocBase.CompareTo(b.DocBase));
        }

        return [.. groups.Where(g => g.Count > 0)];
    }

    private static Part Collect(Weight weight, List<AtomicReaderContext> leaves, int top, bool facets, TimeSpan budget)
    {
        var best = TopScoreDocCollector.Create(top, false);
        var counts = facets ? new FacetCollector(SearchFields.FacetFields) : null;
        ICollector collector = counts is null ? best : MultiCollector.Wrap(best, counts);
        var limited = new TimeLimitingCollector(collector, TimeLimitingCollector.GlobalCounter, Math.Max(1, (long)budget.TotalMilliseconds));
        var partial = false;
        try
        {
            foreach (var leaf in leaves)
            {
                limited.SetNextReader(leaf);
                var scorer = weight.GetBulkScorer(leaf, !limited.AcceptsDocsOutOfOrder, leaf.AtomicReader.LiveDocs);
                scorer?.Score(limited);
            }
        }
        catch (TimeLimitingCollector.TimeExceededException)
        {
            partial = true;
        }

        return new Part(best.GetTopDocs().ScoreDocs, best.TotalHits, partial, counts);
    }

    private sealed record Part(ScoreDoc[] Hits, int Total, bool Partial, FacetCollector? Facets);
}

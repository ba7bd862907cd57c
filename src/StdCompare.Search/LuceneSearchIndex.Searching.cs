using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using StdCompare.Documents;
using StdCompare.Search.Indexing;
using StdCompare.Search.Querying;

namespace StdCompare.Search;

/// <summary>Searching.</summary>
public sealed partial class LuceneSearchIndex
{
    /// <inheritdoc />
    public SearchResult Search(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var watch = Stopwatch.StartNew();
        var plan = _planner.Plan(request);
        cancellationToken.ThrowIfCancellationRequested();
        RefreshIfDue();
        var searcher = _searchers.Acquire();
        try
        {
            var query = plan.Filter is null ? plan.Query : new FilteredQuery(plan.Query, plan.Filter);
            SliceSearchResult found;
            try
            {
                found = SliceSearch.Run(searcher, query, request.Top, request.Facets, request.TimeBudget ?? SearchLimits.QueryTimeBudget, Options.ParallelSearchMinDocs);
            }
            catch (BooleanQuery.TooManyClausesException e)
            {
                throw new SearchException(SearchErrorCodes.TooManyTerms, $"the query expands to more than {SearchLimits.MaxBooleanClauses} terms; use fewer words or wildcards", e);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var asOf = request.AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow);
            var snippets = request.Snippets ? new SnippetMaker(_analyzers, plan.Query) : null;
            var hits = ImmutableArray.CreateBuilder<SearchHit>(found.Hits.Length);
            foreach (var sd in found.Hits)
            {
                hits.Add(ToHit(searcher.Doc(sd.Doc), sd.Score, asOf, snippets));
            }

            return new SearchResult
            {
                Query = request.Query,
                ExpandedQuery = plan.Expanded,
                Expansions = plan.Expansions,
                Requirements = plan.Requirements,
                Total = found.Total,
                Partial = found.Partial,
                Facets = found.Facets?.Result(SearchLimits.FacetValues) ?? ImmutableSortedDictionary<string, ImmutableArray<FacetValue>>.Empty,
                Hits = hits.MoveToImmutable(),
                ElapsedMs = watch.Elapsed.TotalMilliseconds,
            };
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>The status of a standard on <paramref name="asOf"/>: withdrawn, effective, published, not-yet-published or unknown.</summary>
    public static string StatusOn(DateOnly? published, DateOnly? effective, DateOnly? withdrawn, DateOnly asOf)
    {
        if (withdrawn is { } w && w <= asOf)
        {
            return "withdrawn";
        }

        if ((effective ?? published) is { } e && e <= asOf)
        {
            return "effective";
        }

        if (published is { } p && p <= asOf)
        {
            return "published";
        }

        return published is null && effective is null ? "unknown" : "not-yet-published";
    }

    private void RefreshIfDue()
    {
        if (_writer is not null)
        {
            _searchers.MaybeRefresh();
            return;
        }

        var now = Environment.TickCount64;
        if (now - Interlocked.Read(ref _lastRefresh) >= (long)SearchLimits.RefreshInterval.TotalMilliseconds)
        {
            Interlocked.Exchange(ref _lastRefresh, now);
            _searchers.MaybeRefresh();
        }
    }

    private static SearchHit ToHit(Document d, float score, DateOnly asOf, SnippetMaker? snippets)
    {
        var language = d.Get(SearchFields.Language, CultureInfo.InvariantCulture) ?? "";
        var body = d.Get(SearchFields.Body, CultureInfo.InvariantCulture) ?? "";
        var published = DocumentMapper.DateOf(d.GetField(SearchFields.Published)?.GetInt32Value() ?? 0);
        var effective = DocumentMapper.DateOf(d.GetField(SearchFields.Effective)?.GetInt32Value() ?? 0);
        var withdrawn = DocumentMapper.DateOf(d.GetField(SearchFields.Withdrawn)?.GetInt32Value() ?? 0);
        var line = d.GetField(SearchFields.Line)?.GetInt32Value();
        return new SearchHit
        {
            Standard = d.Get(SearchFields.DesignationText, CultureInfo.InvariantCulture) ?? "",
            Clause = d.Get(SearchFields.Clause, CultureInfo.InvariantCulture),
            Heading = d.Get(SearchFields.Heading, CultureInfo.InvariantCulture),
            Title = d.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? "",
            TitleEn = d.Get(SearchFields.TitleEn, CultureInfo.InvariantCulture),
            Jurisdiction = d.Get(SearchFields.Jurisdiction, CultureInfo.InvariantCulture) ?? "",
            Language = language,
            Body = d.Get(SearchFields.IssuingBody, CultureInfo.InvariantCulture) ?? "",
            Industries = [.. d.GetValues(SearchFields.Industry, CultureInfo.InvariantCulture)],
            Status = StatusOn(published, effective, withdrawn, asOf),
            Provenance = d.Get(SearchFields.Provenance, CultureInfo.InvariantCulture) ?? Provenance.User,
            Origin = d.Get(SearchFields.Origin, CultureInfo.InvariantCulture) ?? "",
            Score = Math.Round(score, 4),
            Snippet = snippets?.Make(body, language) ?? "",
            Requirements = RequirementIndexer.Read(d.Get(SearchFields.RequirementsJson, CultureInfo.InvariantCulture)),
            Source = d.Get(SearchFields.Source, CultureInfo.InvariantCulture),
            Line = line is > 0 ? line : null,
        };
    }
}

using StdCompare.Documents;
using StdCompare.Search.Querying;

namespace StdCompare.Search;

/// <summary>
/// A searchable index of standards and clauses. Implemented by <see cref="LuceneSearchIndex"/>; a distributed
/// engine with the same analysis (Elasticsearch, OpenSearch with smartcn) can implement it for larger deployments.
/// </summary>
public interface ISearchIndex : IDisposable
{
    /// <summary>Runs a search. User errors (syntax, bad requirement) throw <see cref="SearchException"/>.</summary>
    SearchResult Search(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Counts and size of the index as last committed or refreshed.</summary>
    IndexStatistics Statistics();
}

/// <summary>An index that documents can be added to and removed from.</summary>
public interface ISearchIndexWriter : ISearchIndex
{
    /// <summary>Adds a standard and its clauses, replacing any standard with the same designation.</summary>
    void AddOrReplace(StandardDocument document, string origin);

    /// <summary>Adds a standard known by its metadata only, replacing any with the same designation.</summary>
    void AddOrReplace(StandardMetadata catalogueEntry, string origin);

    /// <summary>Removes a standard (with its clauses) by designation; without a year, every edition. Returns the designations removed.</summary>
    IReadOnlyList<string> Remove(string designation);

    /// <summary>Makes every change durable and visible, with the given commit data merged in.</summary>
    void Commit(IReadOnlyDictionary<string, string>? data = null);
}

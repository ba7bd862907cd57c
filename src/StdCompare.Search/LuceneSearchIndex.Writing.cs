using System.Collections.Immutable;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using StdCompare.Documents;
using StdCompare.Search.Analysis;
using StdCompare.Search.Indexing;

namespace StdCompare.Search;

/// <summary>Adding, replacing, removing and committing.</summary>
public sealed partial class LuceneSearchIndex
{
    /// <inheritdoc />
    public void AddOrReplace(StandardDocument document, string origin)
    {
        ArgumentNullException.ThrowIfNull(document);
        var identity = DocumentMapper.IdentityOf(document.Metadata);
        _dirty = true;
        Writer.UpdateDocuments(new Term(SearchFields.Identity, identity), _mapper.Map(document, origin));
    }

    /// <summary>
    /// Adds a standard known not to be in the index (a bulk build after <see cref="RemoveAll"/> or
    /// <see cref="RemoveOrigin"/>): no delete by designation, so faster than <see cref="AddOrReplace(StandardDocument, string)"/>.
    /// </summary>
    public void AddNew(StandardDocument document, string origin)
    {
        ArgumentNullException.ThrowIfNull(document);
        _dirty = true;
        Writer.AddDocuments(_mapper.Map(document, origin));
    }

    /// <summary>
    /// Maps and analyses a standard into its Lucene documents, on the calling thread: bulk builds prepare on
    /// several threads and hand the results to <see cref="AddPrepared"/> on one (the writer's only thread).
    /// </summary>
    public PreparedStandard Prepare(StandardDocument document, string origin)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new PreparedStandard(DocumentMapper.IdentityOf(document.Metadata), document.Clauses.Length, [.. _preparer.Map(document, origin)]);
    }

    /// <summary>Adds a prepared standard, replacing any standard with the same designation.</summary>
    public void AddPrepared(PreparedStandard prepared, bool replace = true)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        _dirty = true;
        if (replace)
        {
            Writer.UpdateDocuments(new Term(SearchFields.Identity, prepared.Identity), prepared.Documents);
        }
        else
        {
            Writer.AddDocuments(prepared.Documents);
        }
    }

    /// <inheritdoc />
    public void AddOrReplace(StandardMetadata catalogueEntry, string origin)
    {
        ArgumentNullException.ThrowIfNull(catalogueEntry);
        var identity = DocumentMapper.IdentityOf(catalogueEntry);
        _dirty = true;
        Writer.UpdateDocument(new Term(SearchFields.Identity, identity), _mapper.MapCatalogueEntry(catalogueEntry, origin));
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Remove(string designation)
    {
        ArgumentNullException.ThrowIfNull(designation);
        Refresh();
        var found = Standards(new TermQuery(new Term(SearchFields.Identity, ProtectedSpans.Identity(designation))));
        if (found.Count == 0 && ProtectedSpans.TryParseDesignation(designation, out var id) && id.Year is null)
        {
            found = Standards(new TermQuery(new Term(SearchFields.Designation, ProtectedSpans.DesignationTerms(id)[0])));
        }

        foreach (var (identity, _) in found)
        {
            _dirty = true;
            Writer.DeleteDocuments(new Term(SearchFields.Identity, identity));
        }

        return [.. found.Select(f => f.Designation)];
    }

    /// <summary>Removes every document of an origin (<see cref="IndexOrigin"/>).</summary>
    public void RemoveOrigin(string origin)
    {
        _dirty = true;
        Writer.DeleteDocuments(new Term(SearchFields.Origin, origin));
    }

    /// <summary>Removes every document.</summary>
    public void RemoveAll()
    {
        _dirty = true;
        Writer.DeleteAll();
    }

    /// <inheritdoc />
    public void Commit(IReadOnlyDictionary<string, string>? data = null)
    {
        var merged = new Dictionary<string, string>(Writer.CommitData ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (data is not null)
        {
            foreach (var (k, v) in data)
            {
                merged[k] = v;
            }
        }

        merged[SearchSchema.VersionKey] = merged.GetValueOrDefault(SearchSchema.VersionKey) ?? SearchSchema.Version;
        merged[SearchSchema.CommittedKey] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        Writer.SetCommitData(merged);
        Writer.Commit();
        _dirty = false;
        _searchers.MaybeRefresh();
    }

    /// <summary>The identities and designations of the standards of an origin.</summary>
    public IReadOnlyList<(string Identity, string Designation, string Source)> StandardsOf(string origin)
    {
        Refresh();
        var q = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Origin, origin)), Occur.MUST },
            { new TermQuery(new Term(SearchFields.Level, SearchFields.StandardLevel)), Occur.MUST },
        };
        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(q, Math.Max(1, searcher.IndexReader.MaxDoc));
            return [.. top.ScoreDocs.Select(sd => searcher.Doc(sd.Doc)).Select(d => (d.Get(SearchFields.Identity, CultureInfo.InvariantCulture), d.Get(SearchFields.DesignationText, CultureInfo.InvariantCulture), d.Get(SearchFields.Source, CultureInfo.InvariantCulture) ?? ""))];
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private List<(string Identity, string Designation)> Standards(Query q)
    {
        var filtered = new BooleanQuery
        {
            { q, Occur.MUST },
            { new TermQuery(new Term(SearchFields.Level, SearchFields.StandardLevel)), Occur.MUST },
        };
        var searcher = _searchers.Acquire();
        try
        {
            var top = searcher.Search(filtered, 1000);
            return [.. top.ScoreDocs.Select(sd => searcher.Doc(sd.Doc)).Select(d => (d.Get(SearchFields.Identity, CultureInfo.InvariantCulture), d.Get(SearchFields.DesignationText, CultureInfo.InvariantCulture)))];
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Makes changes written so far visible to searches in this process (near-real-time).</summary>
    public void Refresh() => _searchers.MaybeRefreshBlocking();

    /// <inheritdoc />
    public IndexStatistics Statistics()
    {
        Refresh();
        var searcher = _searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            int Count(Query q)
            {
                var c = new TotalHitCountCollector();
                searcher.Search(q, c);
                return c.TotalHits;
            }

            var standards = Count(new TermQuery(new Term(SearchFields.Level, SearchFields.StandardLevel)));
            var clauses = Count(new TermQuery(new Term(SearchFields.Level, SearchFields.ClauseLevel)));
            var user = Count(new BooleanQuery
            {
                { new TermQuery(new Term(SearchFields.Origin, IndexOrigin.User)), Occur.MUST },
                { new TermQuery(new Term(SearchFields.Level, SearchFields.StandardLevel)), Occur.MUST },
            });
            var size = _path is null ? 0 : new DirectoryInfo(_path).EnumerateFiles().Sum(f => f.Length);
            var data = reader is DirectoryReader dr ? dr.IndexCommit.UserData : new Dictionary<string, string>();
            return new IndexStatistics(standards, clauses, user, size, data.ToImmutableSortedDictionary(StringComparer.Ordinal));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }
}

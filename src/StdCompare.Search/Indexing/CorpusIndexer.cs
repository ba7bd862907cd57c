using System.Diagnostics;
using StdCompare.Documents;

namespace StdCompare.Search.Indexing;

/// <summary>What a corpus (re)build did.</summary>
/// <param name="Documents">Standard texts indexed.</param>
/// <param name="Clauses">Their clauses.</param>
/// <param name="CatalogueEntries">Catalogue entries indexed without text.</param>
/// <param name="KeptForUser">Corpus standards skipped because a user's document has the same designation.</param>
/// <param name="Elapsed">Time taken, commit included.</param>
public sealed record CorpusIndexReport(int Documents, int Clauses, int CatalogueEntries, int KeptForUser, TimeSpan Elapsed);

/// <summary>
/// Keeps the corpus part of an index in step with the corpus: replaces every corpus document when the corpus
/// fingerprint changed, leaves users' documents alone (a user's document wins over a corpus one with the same
/// designation), and commits once, so that a kill leaves either the old corpus or the new one.
/// </summary>
public static class CorpusIndexer
{
    /// <summary>True when the commit data says the index holds this corpus with this schema.</summary>
    public static bool IsCurrent(IReadOnlyDictionary<string, string>? commitData, string fingerprint)
        => commitData is not null
            && commitData.TryGetValue(SearchSchema.VersionKey, out var v) && string.Equals(v, SearchSchema.Version, StringComparison.Ordinal)
            && commitData.TryGetValue(SearchSchema.CorpusFingerprintKey, out var f) && string.Equals(f, fingerprint, StringComparison.Ordinal);

    /// <summary>True when the index was written with another schema (and must be rebuilt whole).</summary>
    public static bool SchemaDiffers(IReadOnlyDictionary<string, string>? commitData)
        => commitData is not null && (!commitData.TryGetValue(SearchSchema.VersionKey, out var v) || !string.Equals(v, SearchSchema.Version, StringComparison.Ordinal));

    /// <summary>Replaces the corpus documents of <paramref name="index"/> with <paramref name="corpus"/> and commits.</summary>
    public static CorpusIndexReport Rebuild(LuceneSearchIndex index, CorpusSnapshot corpus, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(corpus);
        var watch = Stopwatch.StartNew();
        var user = index.StandardsOf(IndexOrigin.User).Select(s => s.Identity).ToHashSet(StringComparer.Ordinal);
        index.RemoveOrigin(IndexOrigin.Corpus);
        var indexed = new HashSet<string>(user, StringComparer.Ordinal);
        int documents = 0, clauses = 0, kept = 0, catalogue = 0;
        var selected = new List<StandardDocument>();
        foreach (var doc in corpus.Documents)
        {
            var identity = DocumentMapper.IdentityOf(doc.Metadata);
            if (user.Contains(identity))
            {
                kept++;
            }
            else if (indexed.Add(identity))
            {
                selected.Add(doc);
            }
        }

        // Analysis on every core, the writer on one thread, in corpus order.
        foreach (var prepared in selected.AsParallel().AsOrdered().Select(d => index.Prepare(d, IndexOrigin.Corpus)))
        {
            index.AddPrepared(prepared, replace: false);
            documents++;
            clauses += prepared.Clauses;
            if (documents % 20 == 0)
            {
                progress?.Report($"indexed {documents} of {selected.Count} standards ({clauses} clauses)");
            }
        }

        foreach (var entry in corpus.Catalogue)
        {
            if (entry.Id.Trim().Length == 0 || !indexed.Add(DocumentMapper.IdentityOf(entry)))
            {
                continue;
            }

            index.AddOrReplace(entry, IndexOrigin.Corpus);
            catalogue++;
        }

        index.Commit(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SearchSchema.CorpusFingerprintKey] = corpus.Fingerprint,
            [SearchSchema.VersionKey] = SearchSchema.Version,
        });
        return new CorpusIndexReport(documents, clauses, catalogue, kept, watch.Elapsed);
    }
}

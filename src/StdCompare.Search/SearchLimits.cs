namespace StdCompare.Search;

/// <summary>Limits that keep untrusted queries cheap, and the defaults of a search, with the reason for each.</summary>
public static class SearchLimits
{
    /// <summary>Time a query may spend collecting hits; past it the hits found so far are returned, marked partial.</summary>
    public static readonly TimeSpan QueryTimeBudget = TimeSpan.FromMilliseconds(2000);

    /// <summary>Longest query text: a query is a few words, not a document (the candidate source builds its own).</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>Most terms a wildcard, prefix or fuzzy term may expand to (top terms by score are kept).</summary>
    public const int MaxTermExpansions = 128;

    /// <summary>Most clauses of one Boolean query, for the whole expanded query (Lucene's default is 1024).</summary>
    public const int MaxBooleanClauses = 4096;

    /// <summary>
    /// Terms per language shown for an expanded concept. The concept is searched by its id (in the <c>concept</c>
    /// field every clause gets at indexing, whatever its language), not by these terms: phrase queries for every
    /// term in every language cost most of a query's time and, on corpora/search-eval, lowered nDCG@10
    /// (0.744 without them, 0.704 with two terms per language).
    /// </summary>
    public const int ShownTermsPerLanguage = 2;

    /// <summary>Most CC-CEDICT glosses (or Chinese headwords) added for a word the terminology base does not know.</summary>
    public const int MaxDictionaryExpansions = 3;

    /// <summary>Default number of hits.</summary>
    public const int DefaultTop = 10;

    /// <summary>Largest number of hits a search returns.</summary>
    public const int MaxTop = 1000;

    /// <summary>Values shown per facet.</summary>
    public const int FacetValues = 20;

    /// <summary>Characters of a snippet.</summary>
    public const int SnippetLength = 220;

    /// <summary>Most characters of a field that are analysed (longer clause text is cut for indexing, not for storage).</summary>
    public const int MaxAnalyzedChars = 100_000;

    /// <summary>Value of <see cref="SearchFields.Withdrawn"/> for a standard that is not withdrawn.</summary>
    public const int NotWithdrawn = 99991231;

    /// <summary>Relative tolerance of an <c>=</c> requirement query.</summary>
    public const double EqualTolerance = 1e-9;

    /// <summary>How often a read-only index checks the disk for a newer commit (on search).</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Documents from which a search scores groups of segments on several cores at once. Below it the matches of
    /// even a broad query take a few milliseconds on one core, less than handing work to other threads saves.
    /// </summary>
    public const int ParallelSearchMinDocs = 200_000;

    /// <summary>Memory buffer of the index writer before it flushes a segment.</summary>
    public const double WriterBufferMb = 256;
}

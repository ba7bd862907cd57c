using Lucene.Net.Util;

namespace StdCompare.Search;

/// <summary>The version of the index layout and of the Lucene API it is written with.</summary>
public static class SearchSchema
{
    /// <summary>The one Lucene version StdCompare speaks; every analyzer and config takes it from here.</summary>
    public const LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Bumped whenever fields or analysis change: an index written with another version is rebuilt on open
    /// (corpus documents from the corpus, user documents from their recorded source files).
    /// </summary>
    public const string Version = "1";

    /// <summary>Commit user-data key holding <see cref="Version"/>.</summary>
    public const string VersionKey = "stdcompare.schema";

    /// <summary>Commit user-data key holding the fingerprint of the corpus the corpus documents came from.</summary>
    public const string CorpusFingerprintKey = "stdcompare.corpus";

    /// <summary>Commit user-data key holding the UTC time of the commit.</summary>
    public const string CommittedKey = "stdcompare.committed";
}

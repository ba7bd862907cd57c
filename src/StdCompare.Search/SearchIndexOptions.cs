using StdCompare.Terminology;

namespace StdCompare.Search;

/// <summary>What an index needs besides its files: the terminology base (concepts, parameters) and CC-CEDICT (zh↔en expansion).</summary>
public sealed record SearchIndexOptions
{
    /// <summary>Concepts found in clauses and used to expand queries.</summary>
    public TerminologyBase Terminology { get; init; } = TerminologyBase.Empty;

    /// <summary>Chinese–English dictionary for words the terminology base does not know.</summary>
    public ChineseEnglishDictionary Dictionary { get; init; } = ChineseEnglishDictionary.Empty;

    /// <summary>Memory the writer buffers before it flushes a segment.</summary>
    public double WriterBufferMb { get; init; } = SearchLimits.WriterBufferMb;

    /// <summary>Documents from which a search scores groups of segments in parallel (<see cref="SearchLimits.ParallelSearchMinDocs"/>).</summary>
    public int ParallelSearchMinDocs { get; init; } = SearchLimits.ParallelSearchMinDocs;
}

using Lucene.Net.Search.Similarities;

namespace StdCompare.Search;

/// <summary>
/// BM25 with the coordination factor of classic Lucene scoring: a document that matches more of the query's
/// words ranks above one that matches a rare word only (BM25 in Lucene 4.8 has no coordination).
/// </summary>
public sealed class CoordBM25Similarity : BM25Similarity
{
    /// <inheritdoc />
    public override float Coord(int overlap, int maxOverlap) => maxOverlap <= 0 ? 1f : overlap / (float)maxOverlap;
}

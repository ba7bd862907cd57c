using System.Collections.Immutable;
using StdCompare.Documents;

namespace StdCompare.Search.Indexing;

/// <summary>The corpus as loaded by a host: its fingerprint, its standard texts and its catalogue entries.</summary>
/// <param name="Fingerprint">See <see cref="CorpusFingerprint"/>.</param>
/// <param name="Documents">Standard texts.</param>
/// <param name="Catalogue">Catalogue entries (metadata only; those with a text are skipped).</param>
public sealed record CorpusSnapshot(string Fingerprint, ImmutableArray<StandardDocument> Documents, ImmutableArray<StandardMetadata> Catalogue);

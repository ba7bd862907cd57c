using System.Collections.Immutable;

namespace StdCompare.Search;

/// <summary>Counts and size of an index.</summary>
/// <param name="Standards">Standard documents (with text or catalogue entries).</param>
/// <param name="Clauses">Clause documents.</param>
/// <param name="UserStandards">Standards added by users.</param>
/// <param name="SizeBytes">Size of the index files on disk (0 in memory).</param>
/// <param name="CommitData">The last commit's user data.</param>
public sealed record IndexStatistics(int Standards, int Clauses, int UserStandards, long SizeBytes, ImmutableSortedDictionary<string, string> CommitData);

namespace StdCompare.Matching;

/// <summary>A candidate counterpart: clause <paramref name="RightIndex"/> of the right document for clause <paramref name="LeftIndex"/> of the left.</summary>
/// <param name="LeftIndex">Index into the left document's clauses.</param>
/// <param name="RightIndex">Index into the right document's clauses.</param>
/// <param name="Source">Which source proposed it (<c>lucene</c>, <c>structure</c>, <c>concepts</c> …).</param>
/// <param name="Score">The source's own score (higher is better); comparable within one source only.</param>
public readonly record struct ClauseCandidate(int LeftIndex, int RightIndex, string Source, double Score);

using StdCompare.Documents;

namespace StdCompare.Matching;

/// <summary>
/// Proposes likely counterparts of each clause of one document among the clauses of another, without
/// scoring all pairs. Implemented by the search engine (a Lucene index over the right document, queried
/// through the terminology base) and by the alignment engine (structure, shared concepts); composed by hosts.
/// </summary>
public interface ICandidateSource
{
    /// <summary>A short name recorded on each candidate.</summary>
    string Name { get; }

    /// <summary>For every clause of <paramref name="left"/>, up to <paramref name="perClause"/> candidates in <paramref name="right"/>.</summary>
    IReadOnlyList<ClauseCandidate> Propose(StandardDocument left, StandardDocument right, int perClause, CancellationToken cancellationToken = default);
}

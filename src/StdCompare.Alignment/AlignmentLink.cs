using System.Collections.Immutable;

namespace StdCompare.Alignment;

/// <summary>A link of clauses: one-to-one, one-to-many or many-to-one. Every left id corresponds to every right id.</summary>
/// <param name="Left">Left clause ids, in document order.</param>
/// <param name="Right">Right clause ids, in document order.</param>
/// <param name="Score">Mean model score of the clause pairs, 0 … 1.</param>
/// <param name="Relation">equivalent, modified or related.</param>
public sealed record AlignmentLink(ImmutableArray<string> Left, ImmutableArray<string> Right, double Score, LinkRelation Relation);

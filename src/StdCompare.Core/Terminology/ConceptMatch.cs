namespace StdCompare.Terminology;

/// <summary>A term of a concept found in a text.</summary>
/// <param name="ConceptId">The concept.</param>
/// <param name="Start">Start of the match in the normalised text.</param>
/// <param name="Length">Length of the match.</param>
/// <param name="Term">The term that matched, as written in the base.</param>
public readonly record struct ConceptMatch(string ConceptId, int Start, int Length, string Term);

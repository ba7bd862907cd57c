using System.Collections.Immutable;
using StdCompare.Documents;

namespace StdCompare.Alignment;

/// <summary>The degree of correspondence of LEFT to RIGHT computed from the links (ISO/IEC Guide 21-1).</summary>
/// <param name="Value">IDT, MOD or NEQ.</param>
/// <param name="Confidence">How far the figures are from the decision bounds, 0.5 … 1.</param>
/// <param name="Coverage">Share of the clauses of both sides (forewords and introductions aside) that are linked.</param>
/// <param name="Reasons">What led to the value, for people.</param>
/// <param name="Declared">The adoption one document declares of the other, if any.</param>
public sealed record DegreeEstimate(Degree Value, double Confidence, double Coverage, ImmutableArray<string> Reasons, Adoption? Declared);

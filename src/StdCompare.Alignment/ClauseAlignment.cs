using System.Collections.Immutable;
using StdCompare.Documents;

namespace StdCompare.Alignment;

/// <summary>The alignment of two standards: links, clauses without counterpart, and the degree.</summary>
public sealed record ClauseAlignment
{
    /// <summary>The left document.</summary>
    public required StandardDocument Left { get; init; }

    /// <summary>The right document.</summary>
    public required StandardDocument Right { get; init; }

    /// <summary>Links, in the order of their first left clause.</summary>
    public ImmutableArray<AlignmentLink> Links { get; init; } = [];

    /// <summary>Left clause ids with no counterpart, in document order.</summary>
    public ImmutableArray<string> UnmatchedLeft { get; init; } = [];

    /// <summary>Right clause ids with no counterpart, in document order.</summary>
    public ImmutableArray<string> UnmatchedRight { get; init; } = [];

    /// <summary>The degree of correspondence.</summary>
    public required DegreeEstimate Degree { get; init; }

    /// <summary>Candidate pairs scored.</summary>
    public int CandidateCount { get; init; }

    /// <summary>What limited the result (a document over the clause limit …).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>The (left id, right id) pairs the links imply: what link precision and recall count.</summary>
    public ImmutableHashSet<(string Left, string Right)> ClausePairs()
        => Links.SelectMany(l => l.Left.SelectMany(a => l.Right.Select(b => (a, b)))).ToImmutableHashSet();
}

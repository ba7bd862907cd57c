using System.Collections.Immutable;

namespace StdCompare.Corpus;

/// <summary>A gold-aligned pair of standards: every clause link, the degree, the limit differences and the barriers.</summary>
public sealed record GoldPair
{
    /// <summary>Pair id: <c>left-slug--right-slug</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Path of the left document, relative to the corpus root.</summary>
    public required string Left { get; init; }

    /// <summary>Path of the right document, relative to the corpus root.</summary>
    public required string Right { get; init; }

    /// <summary>sample or source.</summary>
    public string Provenance { get; init; } = "";

    /// <summary>Degree of correspondence of LEFT to RIGHT: IDT, MOD or NEQ.</summary>
    public string Degree { get; init; } = "";

    /// <summary>Clause links.</summary>
    public ImmutableArray<GoldLink> Links { get; init; } = [];

    /// <summary>Clauses without counterpart.</summary>
    public GoldUnmatched Unmatched { get; init; } = new();

    /// <summary>What differs.</summary>
    public ImmutableArray<GoldDifference> Differences { get; init; } = [];

    /// <summary>Trade barriers.</summary>
    public ImmutableArray<GoldBarrier> Barriers { get; init; } = [];

    /// <summary>The set of (left clause, right clause) pairs the links imply: what link precision and recall count.</summary>
    public ImmutableHashSet<(string Left, string Right)> ClausePairs()
        => Links.SelectMany(l => l.Left.SelectMany(a => l.Right.Select(b => (a, b)))).ToImmutableHashSet();
}

/// <summary>A link of clauses: one-to-one, one-to-many or many-to-one.</summary>
public sealed record GoldLink
{
    /// <summary>Left clause ids.</summary>
    public ImmutableArray<string> Left { get; init; } = [];

    /// <summary>Right clause ids.</summary>
    public ImmutableArray<string> Right { get; init; } = [];

    /// <summary>equivalent, modified or related.</summary>
    public string Relation { get; init; } = "";
}

/// <summary>Clause ids with no counterpart, per side.</summary>
public sealed record GoldUnmatched
{
    /// <summary>Left-only clauses.</summary>
    public ImmutableArray<string> Left { get; init; } = [];

    /// <summary>Right-only clauses.</summary>
    public ImmutableArray<string> Right { get; init; } = [];
}

/// <summary>A bound as the gold files write it.</summary>
public sealed record GoldValue
{
    /// <summary><c>&lt;=</c>, <c>&lt;</c>, <c>&gt;=</c>, <c>&gt;</c>, <c>=</c>, <c>range</c>, <c>absent</c>.</summary>
    public string? Op { get; init; }

    /// <summary>The value.</summary>
    public double? Value { get; init; }

    /// <summary>Range lower end.</summary>
    public double? Min { get; init; }

    /// <summary>Range upper end.</summary>
    public double? Max { get; init; }

    /// <summary>The unit.</summary>
    public string? Unit { get; init; }
}

/// <summary>A difference between linked clauses, or a clause on one side only.</summary>
public sealed record GoldDifference
{
    /// <summary>limit, method, added, deleted, scope, editorial (gold files also use moved, labelling).</summary>
    public string Kind { get; init; } = "";

    /// <summary>Left clause id, or null.</summary>
    public string? Left { get; init; }

    /// <summary>Right clause id, or null.</summary>
    public string? Right { get; init; }

    /// <summary>English parameter name, for limits.</summary>
    public string? Parameter { get; init; }

    /// <summary>Left bound.</summary>
    public GoldValue? LeftValue { get; init; }

    /// <summary>Right bound.</summary>
    public GoldValue? RightValue { get; init; }

    /// <summary>left, right or equal.</summary>
    public string? Stricter { get; init; }
}

/// <summary>A barrier: what a product meeting LEFT may fail in the market of RIGHT.</summary>
public sealed record GoldBarrier
{
    /// <summary>stricter-limit, extra-requirement, method, labelling, conformity.</summary>
    public string Type { get; init; } = "";

    /// <summary>Left clause id, or null.</summary>
    public string? Left { get; init; }

    /// <summary>Right clause id, or null.</summary>
    public string? Right { get; init; }

    /// <summary>Parameter, for limits.</summary>
    public string? Parameter { get; init; }

    /// <summary>high, medium or low.</summary>
    public string? Severity { get; init; }
}

/// <summary>Whether a pair trains the model or tests it.</summary>
public enum GoldSplit
{
    /// <summary>Used for training.</summary>
    Train,

    /// <summary>Held out: never used for training.</summary>
    Test,
}

namespace StdCompare.Alignment.Profiles;

/// <summary>What alignment knows of one clause, computed once per document: structure, sizes and token bags.</summary>
internal sealed class ClauseProfile
{
    /// <summary>Index in the document's clauses.</summary>
    public required int Index { get; init; }

    /// <summary>The clause id.</summary>
    public required string Id { get; init; }

    /// <summary>Depth (1 for <c>4</c>).</summary>
    public required int Level { get; init; }

    /// <summary>The id read as a number.</summary>
    public required ClauseNumber Number { get; init; }

    /// <summary>Index of the parent clause, or -1.</summary>
    public int Parent { get; set; } = -1;

    /// <summary>Indexes of the child clauses, in order.</summary>
    public int[] Children { get; set; } = [];

    /// <summary>Relative position in the document, 0 … 1.</summary>
    public float Position { get; set; }

    /// <summary>Relative position among its siblings, 0 … 1.</summary>
    public float SiblingPosition { get; set; }

    /// <summary>Letters and digits in heading, text and tables.</summary>
    public required int Length { get; init; }

    /// <summary>True when the clause has text or tables beyond its heading.</summary>
    public required bool HasText { get; init; }

    /// <summary>Number of tables.</summary>
    public required int TableCount { get; init; }

    /// <summary>Rows of all tables.</summary>
    public required int TableRows { get; init; }

    /// <summary>Columns of the widest table.</summary>
    public required int TableColumns { get; init; }

    /// <summary>Requirements read by the parser.</summary>
    public required RequirementKey[] Requirements { get; init; }

    /// <summary>Terminology concepts of heading, text and tables.</summary>
    public required TokenBag Concepts { get; init; }

    /// <summary>Terminology concepts found exactly or by word roots (alphabetic scripts).</summary>
    public required TokenBag LooseConcepts { get; init; }

    /// <summary>Terminology concepts of the heading.</summary>
    public required TokenBag HeadingConcepts { get; init; }

    /// <summary>Quantities with units, as canonical tokens.</summary>
    public required TokenBag Quantities { get; init; }

    /// <summary>Dimensions of the quantities.</summary>
    public required TokenBag Dimensions { get; init; }

    /// <summary>Numbers without a unit (not in designations).</summary>
    public required TokenBag Numbers { get; init; }

    /// <summary>Referenced designations.</summary>
    public required TokenBag Designations { get; init; }

    /// <summary>Latin word stems (symbols, formulas, English words).</summary>
    public required TokenBag Latin { get; init; }

    /// <summary>Word stems and character bigrams of the clause's language.</summary>
    public required TokenBag Lexical { get; init; }

    /// <summary>Lexical tokens of the heading.</summary>
    public required TokenBag HeadingLexical { get; init; }

    /// <summary>Han characters and bigrams.</summary>
    public required TokenBag Han { get; init; }

    /// <summary>English stems of the CC-CEDICT glosses of the Chinese words.</summary>
    public required TokenBag Glosses { get; init; }

    /// <summary>For each glossed Chinese word, its English stems.</summary>
    public required ulong[][] GlossWords { get; init; }

    /// <summary>English stems of the glosses of the heading.</summary>
    public required ulong[][] HeadingGlossWords { get; init; }

    /// <summary>The language-independent bag: concepts (exact and by roots), quantities, designations and Latin stems together.</summary>
    public required TokenBag Independent { get; init; }

    /// <summary>The language-independent bag of the clause and all its descendants (set once the structure is known).</summary>
    public TokenBag Subtree { get; set; } = TokenBag.Empty;
}

/// <summary>A requirement reduced to what relation classification compares.</summary>
/// <param name="Parameter">The parameter's concept id hash, or the hash of its normalised text.</param>
/// <param name="Dimension">The dimension of its unit.</param>
/// <param name="Op">The bound.</param>
/// <param name="Canonical">The value in the canonical unit, or NaN.</param>
internal readonly record struct RequirementKey(ulong Parameter, Requirements.Dimension Dimension, Requirements.RequirementOperator Op, double Canonical);

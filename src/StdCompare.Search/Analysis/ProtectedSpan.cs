using System.Collections.Immutable;

namespace StdCompare.Search.Analysis;

/// <summary>What kind of whole token a <see cref="ProtectedSpan"/> is.</summary>
public enum ProtectedKind
{
    /// <summary>A standard's designation (<c>GB/T 19001-2016</c>).</summary>
    Designation,

    /// <summary>A number with a known unit (<c>0.5 mg/kg</c>).</summary>
    Quantity,

    /// <summary>A number alone (<c>0.5</c>, <c>4.2.1</c>).</summary>
    Number,

    /// <summary>A chemical or coded name (<c>2,4-D</c>, <c>Rg1</c>, <c>benzo[a]pyrene</c>, a CAS number).</summary>
    Name,
}

/// <summary>
/// A piece of text analysed as one token, whatever the language's analyzer would do with it: the first of
/// <paramref name="Terms"/> is the token, the others are indexed at the same position (the number alone, the
/// value in the canonical unit, the designation without its year …).
/// </summary>
/// <param name="Start">Offset in the text.</param>
/// <param name="Length">Length in the text.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Terms">The terms, main first, lower case, no spaces.</param>
public readonly record struct ProtectedSpan(int Start, int Length, ProtectedKind Kind, ImmutableArray<string> Terms)
{
    /// <summary>Offset just past the span.</summary>
    public int End => Start + Length;
}

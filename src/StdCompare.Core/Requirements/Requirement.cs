using StdCompare.Diagnostics;

namespace StdCompare.Requirements;

/// <summary>A requirement found in a clause: <c>parameter op value unit</c>, e.g. lead ≤ 0.2 mg/kg.</summary>
public sealed record Requirement
{
    /// <summary>The parameter as written (<c>铅（以Pb计）</c>, <c>содержание серы</c>).</summary>
    public required string Parameter { get; init; }

    /// <summary>The bound.</summary>
    public required RequirementOperator Op { get; init; }

    /// <summary>The value (for a range, its midpoint); null for <see cref="RequirementOperator.Absent"/>.</summary>
    public double? Value { get; init; }

    /// <summary>Lower end of a range.</summary>
    public double? Min { get; init; }

    /// <summary>Upper end of a range.</summary>
    public double? Max { get; init; }

    /// <summary>The unit, or <see cref="Unit.None"/>.</summary>
    public Unit Unit { get; init; } = Unit.None;

    /// <summary>A condition or column the value holds for (a grade, a product category), or empty.</summary>
    public string Condition { get; init; } = "";

    /// <summary>The source text the requirement was read from.</summary>
    public string Source { get; init; } = "";

    /// <summary>Where it was read.</summary>
    public SourceLocation Location { get; init; }

    /// <summary>The value in the canonical unit of its dimension (mg/kg, mg/L, °C …), or null.</summary>
    public double? CanonicalValue => Value is { } v ? Unit.ToCanonical(v) : null;

    /// <summary>The bound value this requirement sets: Max for a range read as an upper limit, else Value.</summary>
    public override string ToString()
    {
        var unit = Unit.Symbol.Length > 0 ? " " + Unit.Symbol : "";
        return Op switch
        {
            RequirementOperator.Absent => $"{Parameter} absent",
            RequirementOperator.Range => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Parameter} {Min}..{Max}{unit}"),
            _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Parameter} {Op.ToSymbol()} {Value}{unit}"),
        };
    }
}

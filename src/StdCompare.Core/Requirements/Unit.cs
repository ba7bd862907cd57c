namespace StdCompare.Requirements;

/// <summary>A unit: its normalised symbol, dimension, and factor to the dimension's canonical unit.</summary>
/// <param name="Symbol">Normalised symbol (<c>mg/kg</c>, <c>µg/L</c>, <c>°C</c>).</param>
/// <param name="Dimension">What it measures.</param>
/// <param name="Factor">Multiply a value by this to get the canonical unit.</param>
/// <param name="Offset">Added after the factor (temperatures in K).</param>
public sealed record Unit(string Symbol, Dimension Dimension, double Factor, double Offset = 0)
{
    /// <summary>No unit: a bare number.</summary>
    public static Unit None { get; } = new("", Dimension.None, 1);

    /// <summary>Converts a value in this unit to the dimension's canonical unit.</summary>
    public double ToCanonical(double value) => (value * Factor) + Offset;

    /// <summary>Converts a value in the canonical unit to this unit.</summary>
    public double FromCanonical(double value) => (value - Offset) / Factor;

    /// <summary>True when values in both units can be compared.</summary>
    public bool IsConvertibleTo(Unit other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Dimension == other.Dimension && Dimension != Dimension.None;
    }

    /// <inheritdoc />
    public override string ToString() => Symbol;
}

using System.Globalization;

namespace StdCompare.Search.Indexing;

/// <summary>
/// Doubles as fixed-width hexadecimal strings whose ordinal order is the numeric order, so that one string
/// field can hold bounds of every parameter (<c>food.lead|MassFraction|3FB999999999999A</c>) and a term range
/// selects a numeric range of one parameter.
/// </summary>
public static class SortableNumbers
{
    /// <summary>Significant digits kept, so that 100 µg/kg and 0.1 mg/kg are the same value.</summary>
    public const int SignificantDigits = 12;

    /// <summary>The lowest encoded value.</summary>
    public const string Lowest = "0000000000000000";

    /// <summary>The highest encoded value.</summary>
    public const string Highest = "FFFFFFFFFFFFFFFF";

    /// <summary>Rounds to <see cref="SignificantDigits"/>.</summary>
    public static double Round(double value)
        => double.IsFinite(value) ? double.Parse(value.ToString("G" + SignificantDigits, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : value;

    /// <summary>Encodes a value (rounded first).</summary>
    public static string Encode(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(Round(value) + 0.0);
        bits ^= (bits >> 63) & long.MaxValue;
        var sortable = unchecked((ulong)bits ^ 0x8000000000000000UL);
        return sortable.ToString("X16", CultureInfo.InvariantCulture);
    }
}

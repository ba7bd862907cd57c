using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace StdCompare.Designations;

/// <summary>
/// A standard's designation, parsed and normalised: <c>GB/T 19001-2016</c>, <c>ISO/IEC 17025:2017</c>,
/// <c>ГОСТ Р 52109-2003</c>, <c>ТР ТС 021/2011</c>, <c>UN R94</c>, <c>KS H 2012:2019</c> …
/// </summary>
/// <param name="Prefix">The designation prefix as normalised: <c>GB/T</c>, <c>ГОСТ Р</c>, <c>KS H</c>, <c>UN R</c>.</param>
/// <param name="Body">The issuing body or system: <c>SAC</c>, <c>DB22</c>, <c>ISO</c>, <c>GOST</c>, <c>KS</c> …</param>
/// <param name="Number">The number, with dotted sub-numbers: <c>19001</c>, <c>41.48</c>, <c>021</c>.</param>
/// <param name="Part">The part (<c>1</c>, <c>3-1</c>) or null.</param>
/// <param name="Year">The year as printed (<c>2016</c>, <c>90</c>) or null.</param>
public sealed record StandardId(string Prefix, string Body, string Number, string? Part, string? Year)
{
    /// <summary>The designation without its year: <c>GB/T 19001</c>, <c>IEC 62236-3-1</c>.</summary>
    public string Key
    {
        get
        {
            var sb = new StringBuilder(Prefix);
            if (!DesignationGrammar.JoinsNumber(Prefix))
            {
                sb.Append(' ');
            }

            sb.Append(Number);
            if (Part is not null)
            {
                sb.Append('-').Append(Part);
            }

            return sb.ToString();
        }
    }

    /// <summary>The normalised designation, with the year separator used by its body.</summary>
    public override string ToString()
        => Year is null ? Key : Key + DesignationGrammar.YearSeparator(Prefix) + Year;

    /// <summary>The year as a four-digit number (two-digit years are read as 19xx/20xx), or null.</summary>
    public int? FullYear
    {
        get
        {
            if (Year is null || !int.TryParse(Year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y))
            {
                return null;
            }

            return Year.Length switch
            {
                2 => y >= 50 ? 1900 + y : 2000 + y,
                4 => y,
                _ => null,
            };
        }
    }

    /// <summary>Parses a designation; throws <see cref="FormatException"/> when it is not one.</summary>
    public static StandardId Parse(string text)
        => TryParse(text, out var id) ? id : throw new FormatException($"'{text}' is not a standard designation.");

    /// <summary>Parses a designation written as on a cover page or in a reference.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out StandardId? id)
        => DesignationGrammar.TryParse(text, out id, out _);

    /// <summary>Finds the first designation inside a longer text (a cover line, a reference); <paramref name="index"/> and <paramref name="length"/> are positions in <paramref name="text"/> as given, whatever its white space and compatibility characters.</summary>
    public static bool TryFind(string? text, [NotNullWhen(true)] out StandardId? id, out int index, out int length)
    {
        index = -1;
        length = 0;
        id = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        return DesignationGrammar.TryFind(text, out id, out index, out length);
    }

    /// <summary>True when both name the same standard, ignoring the year.</summary>
    public bool SameStandardAs(StandardId other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(Key, other.Key, StringComparison.Ordinal);
    }
}

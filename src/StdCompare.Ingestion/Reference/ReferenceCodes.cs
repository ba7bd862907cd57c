using System.Collections.Frozen;

namespace StdCompare.Ingestion.Reference;

/// <summary>The ICS and HS code lists, for validating and expanding codes.</summary>
public sealed class ReferenceCodes(FrozenSet<string> ics, FrozenSet<string> hs)
{
    /// <summary>ICS codes (<c>67.080.01</c>).</summary>
    public FrozenSet<string> Ics { get; } = ics;

    /// <summary>HS codes without dots (<c>121120</c>).</summary>
    public FrozenSet<string> Hs { get; } = hs;

    /// <summary>True when the ICS code exists.</summary>
    public bool IsIcs(string code) => Ics.Contains(code.Trim());

    /// <summary>True when the HS code exists (written <c>1211.20</c> or <c>121120</c>).</summary>
    public bool IsHs(string code) => Hs.Contains(NormalizeHs(code));

    /// <summary>HS code without dots or spaces.</summary>
    public static string NormalizeHs(string code) => code.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Trim();

    /// <summary>Reads <c>ics_ed7_flat.tsv</c> and <c>harmonized-system.csv</c>.</summary>
    public static ReferenceCodes Read(string icsPath, string hsPath)
    {
        var ics = File.ReadLines(icsPath).Skip(1).Select(l => l.Split('\t')[0].Trim()).Where(c => c.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        var hs = File.ReadLines(hsPath).Skip(1).Select(l => l.Split(',')).Where(f => f.Length > 1).Select(f => f[1].Trim()).Where(c => c.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        return new ReferenceCodes(ics, hs);
    }
}

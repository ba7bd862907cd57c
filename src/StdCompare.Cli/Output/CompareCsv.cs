using System.Globalization;
using System.Text;
using StdCompare.Alignment;
using StdCompare.Contracts;

namespace StdCompare.Cli.Output;

/// <summary>A comparison as CSV (RFC 4180): one row per link or unmatched clause, side by side.</summary>
internal static class CompareCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "left_ids,right_ids,relation,score,left_text,right_text,provenance";

    /// <summary>Renders the comparison.</summary>
    public static string Render(ClauseAlignment alignment, CompareContract contract)
    {
        var provenance = contract.Provenance.SampleText ? CompareProvenanceContract.SampleNote : contract.Provenance.Left + "/" + contract.Provenance.Right;
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var row in CompareRows.Build(alignment))
        {
            sb.Append(Field(string.Join(' ', row.Left.Select(c => c.Id)))).Append(',')
                .Append(Field(string.Join(' ', row.Right.Select(c => c.Id)))).Append(',')
                .Append(Field(row.Relation)).Append(',')
                .Append(row.Score is { } s ? s.ToString("0.####", CultureInfo.InvariantCulture) : "").Append(',')
                .Append(Field(string.Join(" / ", row.Left.Select(CompareRows.Summary)))).Append(',')
                .Append(Field(string.Join(" / ", row.Right.Select(CompareRows.Summary)))).Append(',')
                .Append(Field(provenance)).Append('\n');
        }

        return sb.ToString();
    }

    private static string Field(string value)
        => value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}

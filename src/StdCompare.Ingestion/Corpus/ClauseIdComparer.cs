using System.Globalization;

namespace StdCompare.Ingestion.Corpus;

/// <summary>Orders clause ids as documents do: foreword, introduction, 0.1…, 1, 2, 2.1, 10, A, A.1, B.</summary>
public sealed class ClauseIdComparer : IComparer<string>
{
    /// <summary>The one instance.</summary>
    public static ClauseIdComparer Instance { get; } = new();

    /// <inheritdoc />
    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var rx = Rank(x);
        var ry = Rank(y);
        if (rx != ry)
        {
            return rx.CompareTo(ry);
        }

        var px = x.Split('.');
        var py = y.Split('.');
        for (var i = 0; i < Math.Min(px.Length, py.Length); i++)
        {
            var bothNumbers = int.TryParse(px[i], NumberStyles.None, CultureInfo.InvariantCulture, out var a) & int.TryParse(py[i], NumberStyles.None, CultureInfo.InvariantCulture, out var b);
            var c = bothNumbers ? a.CompareTo(b) : string.CompareOrdinal(px[i], py[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return px.Length.CompareTo(py.Length);
    }

    private static int Rank(string id) => id switch
    {
        "foreword" => 0,
        "introduction" => 1,
        _ when id.Length > 0 && char.IsDigit(id[0]) => 2,
        _ => 3,
    };
}

using StdCompare.Alignment;
using StdCompare.Documents;

namespace StdCompare.Cli.Output;

/// <summary>One row of a side-by-side view: left clauses, right clauses, and how they correspond.</summary>
/// <param name="Left">Left clauses (none for a right-only row).</param>
/// <param name="Right">Right clauses (none for a left-only row).</param>
/// <param name="Relation">equivalent, modified, related; <c>left only</c> or <c>right only</c> for unmatched clauses.</param>
/// <param name="Score">The link score, or null.</param>
internal sealed record CompareRow(IReadOnlyList<Clause> Left, IReadOnlyList<Clause> Right, string Relation, double? Score);

/// <summary>The side-by-side rows of an alignment: in left document order, each right-only clause after the row of the right clause before it.</summary>
internal static class CompareRows
{
    /// <summary>Longest text shown per clause in a cell.</summary>
    public const int MaxCellText = 240;

    /// <summary>The rows.</summary>
    public static List<CompareRow> Build(ClauseAlignment alignment)
    {
        var left = alignment.Left;
        var right = alignment.Right;
        var leftById = Index(left);
        var rightById = Index(right);
        var rows = new List<CompareRow>();
        var linkByFirstLeft = alignment.Links.ToDictionary(l => l.Left[0], StringComparer.Ordinal);
        var unmatchedLeft = alignment.UnmatchedLeft.ToHashSet(StringComparer.Ordinal);
        foreach (var clause in left.Clauses)
        {
            if (linkByFirstLeft.TryGetValue(clause.Id, out var link))
            {
                rows.Add(new CompareRow(
                    [.. link.Left.Select(id => left.Clauses[leftById[id]])],
                    [.. link.Right.Select(id => right.Clauses[rightById[id]])],
                    link.Relation.ToContract(),
                    link.Score));
            }
            else if (unmatchedLeft.Contains(clause.Id))
            {
                rows.Add(new CompareRow([clause], [], "left only", null));
            }
        }

        // Right-only clauses go after the row holding the nearest right clause before them.
        foreach (var id in alignment.UnmatchedRight)
        {
            var j = rightById[id];
            var at = 0;
            for (var r = rows.Count - 1; r >= 0; r--)
            {
                if (rows[r].Right.Any(c => rightById[c.Id] < j))
                {
                    at = r + 1;
                    break;
                }
            }

            rows.Insert(at, new CompareRow([], [right.Clauses[j]], "right only", null));
        }

        return rows;
    }

    /// <summary>A clause's heading and the start of its text, on one line.</summary>
    public static string Summary(Clause clause)
    {
        var text = clause.Text.Replace('\n', ' ').Trim();
        if (text.Length == 0 && !clause.Tables.IsDefaultOrEmpty)
        {
            text = clause.Tables[0].Caption.Length > 0 ? clause.Tables[0].Caption : $"({clause.Tables.Length} table{(clause.Tables.Length == 1 ? "" : "s")})";
        }

        if (text.Length > MaxCellText)
        {
            text = text[..MaxCellText] + " …";
        }

        return clause.Heading.Length > 0 ? (text.Length > 0 ? clause.Heading + " — " + text : clause.Heading) : text;
    }

    private static Dictionary<string, int> Index(StandardDocument document)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < document.Clauses.Length; i++)
        {
            index.TryAdd(document.Clauses[i].Id, i);
        }

        return index;
    }
}

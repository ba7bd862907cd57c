using System.Collections.Immutable;
using StdCompare.Diagnostics;
using StdCompare.Requirements;

namespace StdCompare.Documents;

/// <summary>A clause of a standard: <c>4.2.1</c>, <c>A.1</c>, <c>foreword</c>.</summary>
/// <param name="Id">Its number as printed, NFKC-normalised, without a trailing dot; or <c>foreword</c>/<c>introduction</c>.</param>
/// <param name="Level">Depth: 1 for <c>4</c>, <c>A</c>, <c>foreword</c>; 2 for <c>4.2</c>, <c>A.1</c>; …</param>
/// <param name="Heading">The heading, or empty when the line after the number starts the text.</param>
/// <param name="Text">The clause's own text (not its subclauses'), with notes and list items.</param>
/// <param name="Tables">Tables that stand in this clause.</param>
/// <param name="Requirements">Requirements found in text and tables.</param>
/// <param name="Location">Where the clause starts.</param>
public sealed record Clause(
    string Id,
    int Level,
    string Heading,
    string Text,
    ImmutableArray<Table> Tables,
    ImmutableArray<Requirement> Requirements,
    SourceLocation Location)
{
    /// <summary>Id of the unnumbered foreword.</summary>
    public const string ForewordId = "foreword";

    /// <summary>Id of the unnumbered introduction.</summary>
    public const string IntroductionId = "introduction";

    /// <summary>Heading and text together, with table cells: what search and alignment read.</summary>
    public string FullText
    {
        get
        {
            var parts = new List<string>(2 + Tables.Length);
            if (Heading.Length > 0)
            {
                parts.Add(Heading);
            }

            if (Text.Length > 0)
            {
                parts.Add(Text);
            }

            foreach (var table in Tables)
            {
                foreach (var row in table.Rows)
                {
                    parts.Add(string.Join(" | ", row));
                }
            }

            return string.Join("\n", parts);
        }
    }

    /// <summary>The id of the parent clause (<c>4.2</c> for <c>4.2.1</c>, <c>A</c> for <c>A.1</c>), or null.</summary>
    public string? ParentId
    {
        get
        {
            var dot = Id.LastIndexOf('.');
            return dot > 0 ? Id[..dot] : null;
        }
    }
}

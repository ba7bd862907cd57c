using System.Collections.Immutable;
using StdCompare.Diagnostics;

namespace StdCompare.Documents;

/// <summary>A table of a clause: its caption line and its rows of cells (the header row first).</summary>
public sealed record Table(string Caption, ImmutableArray<ImmutableArray<string>> Rows, SourceLocation Location)
{
    /// <summary>Number of columns of the widest row.</summary>
    public int ColumnCount => Rows.IsDefaultOrEmpty ? 0 : Rows.Max(r => r.Length);
}

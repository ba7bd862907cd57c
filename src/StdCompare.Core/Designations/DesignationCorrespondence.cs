namespace StdCompare.Designations;

/// <summary>
/// Two standards that correspond: a national standard and the international one it adopts (<c>GB/T 19001</c> and
/// <c>ISO 9001</c>, IDT), or two standards of different bodies with the same role (<c>GB 2762</c> and <c>CXS 193</c>,
/// both the general standard for contaminants in food). Designations are keys without year (<see cref="StandardId.Key"/>).
/// </summary>
/// <param name="Left">The key of one standard, usually the national one.</param>
/// <param name="Right">The key of the other, usually the international one.</param>
/// <param name="Relation">How they correspond: <c>IDT</c>, <c>MOD</c>, <c>NEQ</c> (a declared adoption) or <c>counterpart</c> (same role, no adoption).</param>
/// <param name="Basis">Where the correspondence comes from: a file and line, a catalogue entry, a document's foreword.</param>
public sealed record DesignationCorrespondence(string Left, string Right, string Relation, string Basis)
{
    /// <summary>The relations a correspondence may have.</summary>
    public static IReadOnlyList<string> Relations { get; } = ["IDT", "MOD", "NEQ", "counterpart"];
}

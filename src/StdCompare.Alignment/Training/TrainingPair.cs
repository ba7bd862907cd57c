namespace StdCompare.Alignment.Training;

/// <summary>Where a training pair comes from.</summary>
internal enum TrainingOrigin
{
    /// <summary>A gold pair of the corpus, as written.</summary>
    Gold,

    /// <summary>A gold pair with one or both sides perturbed.</summary>
    Perturbed,

    /// <summary>A document against a perturbed copy of itself.</summary>
    Self,
}

/// <summary>A pair of documents with a known alignment.</summary>
/// <param name="Id">Unique name (gold pair id, with a suffix for variants).</param>
/// <param name="Group">Pairs that share documents share a group, and a cross-validation fold.</param>
/// <param name="Origin">Gold, perturbed or self.</param>
/// <param name="Left">The left document.</param>
/// <param name="Right">The right document.</param>
/// <param name="Links">The (left id, right id) pairs of the alignment.</param>
/// <param name="Relations">The gold relation of each pair (gold pairs only).</param>
internal sealed record TrainingPair(
    string Id,
    string Group,
    TrainingOrigin Origin,
    Documents.StandardDocument Left,
    Documents.StandardDocument Right,
    IReadOnlySet<(string Left, string Right)> Links,
    IReadOnlyDictionary<(string Left, string Right), string> Relations)
{
    /// <summary>The gold degree of correspondence (IDT, MOD, NEQ) of a gold pair; empty for the others.</summary>
    public string Degree { get; init; } = "";
}

namespace StdCompare.Alignment.Training;

/// <summary>
/// How strongly a perturbed copy of a document departs from it, modelled on what national adoptions do:
/// move clauses within their parent, split and merge clauses, delete some, insert national ones, change
/// limit values, and (usually) renumber.
/// </summary>
public static class PerturbationSettings
{
    /// <summary>Chance that a list of siblings has one member moved to another place.</summary>
    public const double Reorder = 0.2;

    /// <summary>Chance that a leaf clause is deleted.</summary>
    public const double Delete = 0.06;

    /// <summary>Chance that a leaf clause with enough text is split in two.</summary>
    public const double Split = 0.06;

    /// <summary>Chance that a leaf clause is merged with its next sibling leaf.</summary>
    public const double Merge = 0.06;

    /// <summary>Chance that a list of siblings receives a clause from another document.</summary>
    public const double Insert = 0.06;

    /// <summary>Chance that the values of a clause with numbers are changed.</summary>
    public const double ChangeValues = 0.15;

    /// <summary>Chance that the copy is renumbered after its edits (otherwise it keeps its ids, and no clause is split or inserted).</summary>
    public const double Renumber = 0.7;

    /// <summary>Least characters of text of a clause that may be split.</summary>
    public const int MinSplitLength = 40;
}

namespace StdCompare.Alignment.Candidates;

/// <summary>Names recorded on candidates and in the model card.</summary>
public static class CandidateSourceNames
{
    /// <summary>Same clause id, same heading concepts, proportional position.</summary>
    public const string Structure = "structure";

    /// <summary>BM25 over concepts, quantities, designations, Latin tokens (and lexical tokens within a language).</summary>
    public const string Concepts = "concepts";

    /// <summary>Neighbours, parents and children of anchor pairs.</summary>
    public const string Neighbours = "neighbours";
}

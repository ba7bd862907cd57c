using StdCompare.Terminology;

namespace StdCompare.Alignment;

/// <summary>The reference data alignment reads across languages: the terminology base and CC-CEDICT.</summary>
/// <param name="Terminology">Concepts with their terms in zh, en, ru, ko, ja, mn.</param>
/// <param name="Dictionary">The Chinese–English dictionary.</param>
public sealed record AlignmentResources(TerminologyBase Terminology, ChineseEnglishDictionary Dictionary)
{
    /// <summary>No reference data: alignment then relies on numbers, designations, Latin tokens and structure.</summary>
    public static AlignmentResources Empty { get; } = new(TerminologyBase.Empty, ChineseEnglishDictionary.Empty);
}

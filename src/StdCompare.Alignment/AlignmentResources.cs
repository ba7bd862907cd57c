using StdCompare.Designations;
using StdCompare.Terminology;

namespace StdCompare.Alignment;

/// <summary>The reference data alignment reads across languages: the terminology base, CC-CEDICT and which standards correspond.</summary>
/// <param name="Terminology">Concepts with their terms in zh, en, ru, ko, ja, mn.</param>
/// <param name="Dictionary">The Chinese–English dictionary.</param>
public sealed record AlignmentResources(TerminologyBase Terminology, ChineseEnglishDictionary Dictionary)
{
    /// <summary>No reference data: alignment then relies on numbers, designations, Latin tokens and structure.</summary>
    public static AlignmentResources Empty { get; } = new(TerminologyBase.Empty, ChineseEnglishDictionary.Empty);

    /// <summary>
    /// Standards that correspond (<c>GB 2762</c> and <c>CXS 193</c>): references to either count as one reference.
    /// Each document adds the correspondences it declares itself.
    /// </summary>
    public DesignationCorrespondences Correspondences { get; init; } = DesignationCorrespondences.Empty;
}

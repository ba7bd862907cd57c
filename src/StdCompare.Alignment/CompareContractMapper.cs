using StdCompare.Contracts;
using StdCompare.Documents;

namespace StdCompare.Alignment;

/// <summary>Maps an alignment to the <c>stdcompare.compare/1</c> contract. Differences and barriers are filled by the analysis, not here.</summary>
public static class CompareContractMapper
{
    /// <summary>The contract of <paramref name="alignment"/>.</summary>
    public static CompareContract ToContract(this ClauseAlignment alignment)
    {
        ArgumentNullException.ThrowIfNull(alignment);
        var degree = alignment.Degree;
        var leftProvenance = ProvenanceOf(alignment.Left);
        var rightProvenance = ProvenanceOf(alignment.Right);
        var sample = leftProvenance == Provenance.Sample || rightProvenance == Provenance.Sample;
        return new CompareContract(
            CompareContract.SchemaName,
            Side(alignment.Left),
            Side(alignment.Right),
            [.. alignment.Links.Select(l => new CompareLinkContract(l.Left, l.Right, l.Score, l.Relation.ToContract()))],
            new CompareUnmatchedContract(alignment.UnmatchedLeft, alignment.UnmatchedRight),
            new CompareDegreeContract(
                degree.Value.ToString(),
                degree.Confidence,
                degree.Coverage,
                degree.Reasons,
                degree.Declared is { } d ? new CompareDeclaredDegreeContract(d.Id, d.Degree.ToString()) : null),
            [],
            [],
            new CompareProvenanceContract(leftProvenance, rightProvenance, sample, sample ? CompareProvenanceContract.SampleNote : null),
            alignment.Warnings.IsDefaultOrEmpty ? null : alignment.Warnings);
    }

    private static CompareSideContract Side(StandardDocument document)
        => new(document.Id, document.Metadata.Title, document.Metadata.Language, document.Clauses.Length);

    private static string ProvenanceOf(StandardDocument document)
        => document.Metadata.Provenance.Length > 0 ? document.Metadata.Provenance : Provenance.User;
}

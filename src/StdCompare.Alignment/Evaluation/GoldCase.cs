using StdCompare.Corpus;
using StdCompare.Documents;

namespace StdCompare.Alignment.Evaluation;

/// <summary>A gold pair with its two documents read.</summary>
/// <param name="Gold">The gold alignment.</param>
/// <param name="Left">The left document.</param>
/// <param name="Right">The right document.</param>
public sealed record GoldCase(GoldPair Gold, StandardDocument Left, StandardDocument Right)
{
    /// <summary>The language pair, <c>zh-en</c>.</summary>
    public string Languages => Left.Metadata.Language + "-" + Right.Metadata.Language;
}

namespace StdCompare.Alignment.Text;

/// <summary>
/// Truncation stemming for alphabetic scripts: a word longer than <see cref="PrefixLength"/> letters is cut
/// to its first <see cref="PrefixLength"/>, so that inflected and derived forms (<c>requirement</c>,
/// <c>required</c>; <c>airbag</c>, <c>airbags</c>; <c>качества</c>, <c>качество</c>) meet. The same rule
/// in every language, which a per-language stemmer would not give; five letters is the usual choice for
/// truncation in retrieval.
/// </summary>
internal static class Stemmer
{
    /// <summary>Letters kept.</summary>
    public const int PrefixLength = 5;

    /// <summary>The stem of a lower-case word.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
        => word.Length <= PrefixLength ? word : word[..PrefixLength];
}

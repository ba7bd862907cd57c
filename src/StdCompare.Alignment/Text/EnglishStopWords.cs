using System.Collections.Frozen;

namespace StdCompare.Alignment.Text;

/// <summary>English function words, dropped from glosses and from the English side of gloss overlap.</summary>
internal static class EnglishStopWords
{
    /// <summary>The words.</summary>
    public static readonly FrozenSet<string> Words = new[]
    {
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "not", "no", "be", "is", "are",
        "was", "were", "been", "as", "it", "its", "this", "that", "these", "those", "shall", "should", "may", "can", "must", "which",
        "such", "than", "then", "there", "their", "into", "other", "all", "any", "each", "per", "also", "if", "when", "where", "who",
        "one", "used", "use", "etc", "has", "have", "had", "do", "does", "so", "out", "up", "about", "over", "under", "more", "less",
        "some", "see", "abbr", "sb", "sth", "something", "someone", "oneself", "classifier", "particle", "variant", "surname", "old",
        "kind", "type", "way", "thing", "things", "person", "people", "make", "made", "get", "give", "take", "put", "go", "come",
    }.ToFrozenSet(StringComparer.Ordinal);
}

using System.Collections.Immutable;

namespace StdCompare.Search.Querying;

/// <summary>How one word or phrase of a query was expanded into other languages.</summary>
/// <param name="Text">The words of the query.</param>
/// <param name="Source"><c>terminology</c> or <c>cc-cedict</c>.</param>
/// <param name="Concept">The concept id, for the terminology base.</param>
/// <param name="Terms">The terms searched, by language.</param>
public sealed record QueryExpansion(string Text, string Source, string? Concept, ImmutableSortedDictionary<string, ImmutableArray<string>> Terms)
{
    /// <summary>Expansion through the terminology base.</summary>
    public const string Terminology = "terminology";

    /// <summary>Expansion through CC-CEDICT.</summary>
    public const string Dictionary = "cc-cedict";

    /// <summary><c>人参 → agri.ginseng: ginseng | 인삼 | женьшень …</c></summary>
    public override string ToString()
    {
        var terms = string.Join(" | ", Terms.SelectMany(kv => kv.Value).Distinct(StringComparer.Ordinal));
        return Concept is null ? $"{Text} → {terms} ({Source})" : $"{Text} → {Concept}: {terms}";
    }
}

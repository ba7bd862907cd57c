using System.Collections.Immutable;

namespace StdCompare.Terminology;

/// <summary>A concept of the terminology base and its terms per language (preferred term first).</summary>
/// <param name="Id">Stable id such as <c>food.lead</c>.</param>
/// <param name="Domain">The domain file it belongs to (<c>food-contaminants</c>).</param>
/// <param name="Terms">Terms by BCP 47 language tag.</param>
/// <param name="Note">A short note (symbol, CAS number …).</param>
public sealed record TermConcept(string Id, string Domain, ImmutableSortedDictionary<string, ImmutableArray<string>> Terms, string Note)
{
    /// <summary>The terms in <paramref name="language"/>, or none.</summary>
    public ImmutableArray<string> TermsIn(string language)
        => Terms.TryGetValue(language, out var t) ? t : [];

    /// <summary>The preferred term in <paramref name="language"/>, else the English one, else the id.</summary>
    public string Label(string language)
        => TermsIn(language) is { Length: > 0 } t ? t[0] : TermsIn("en") is { Length: > 0 } e ? e[0] : Id;
}

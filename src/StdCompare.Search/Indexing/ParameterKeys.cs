using System.Collections.Immutable;
using StdCompare.Terminology;

namespace StdCompare.Search.Indexing;

/// <summary>
/// Normalises a requirement's parameter through the terminology base: <c>铅（以Pb计）</c>, <c>свинец</c>,
/// <c>납</c> and <c>lead</c> all become <c>food.lead</c>. A parameter the base does not know is kept as
/// <c>p:</c> + its normalised text.
/// </summary>
public static class ParameterKeys
{
    /// <summary>Prefix of keys of parameters the terminology base does not know.</summary>
    public const string TextPrefix = "p:";

    /// <summary>Domains whose concepts qualify a parameter rather than name it (content, mass fraction, mg/kg …).</summary>
    private static readonly ImmutableHashSet<string> QualifierDomains = ["general", "units-measures"];

    /// <summary>The keys of a parameter written in <paramref name="language"/>.</summary>
    public static ImmutableArray<string> Resolve(string parameter, string language, TerminologyBase terminology)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(terminology);
        if (parameter.Trim().Length == 0)
        {
            return [];
        }

        var matches = terminology.Matcher.Match(parameter, language);
        var concepts = matches.Select(m => m.ConceptId).Distinct(StringComparer.Ordinal).ToList();
        var named = concepts.Where(c => terminology.Find(c) is { } tc && !QualifierDomains.Contains(tc.Domain)).ToList();
        if (named.Count > 0)
        {
            return [.. named];
        }

        if (concepts.Count > 0)
        {
            return [.. concepts];
        }

        var text = TermKey.Normalize(parameter);
        return text.Length == 0 ? [] : [TextPrefix + text];
    }
}

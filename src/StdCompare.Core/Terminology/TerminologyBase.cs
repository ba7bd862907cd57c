using System.Collections.Frozen;
using System.Collections.Immutable;

namespace StdCompare.Terminology;

/// <summary>The multilingual terminology base: concepts with their terms, and a matcher over them.</summary>
public sealed class TerminologyBase
{
    private readonly FrozenDictionary<string, TermConcept> _byId;
    private readonly Lazy<ConceptMatcher> _matcher;

    /// <summary>Creates a base from concepts (ids must be unique).</summary>
    public TerminologyBase(IEnumerable<TermConcept> concepts)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        Concepts = [.. concepts.OrderBy(c => c.Id, StringComparer.Ordinal)];
        _byId = Concepts.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _matcher = new Lazy<ConceptMatcher>(() => new ConceptMatcher(Concepts), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>An empty base.</summary>
    public static TerminologyBase Empty { get; } = new([]);

    /// <summary>All concepts, ordered by id.</summary>
    public ImmutableArray<TermConcept> Concepts { get; }

    /// <summary>The matcher (built on first use).</summary>
    public ConceptMatcher Matcher => _matcher.Value;

    /// <summary>Concept by id, or null.</summary>
    public TermConcept? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Concept by id; throws when there is none.</summary>
    public TermConcept GetRequired(string id) => Find(id) ?? throw new KeyNotFoundException($"No concept '{id}'.");

    /// <summary>Number of concepts with at least one term in <paramref name="language"/>.</summary>
    public int CountIn(string language) => Concepts.Count(c => c.TermsIn(language).Length > 0);
}

using System.Collections.Immutable;

namespace StdCompare.Search.Indexing;

/// <summary>A requirement as stored with a clause and shown in a hit.</summary>
/// <param name="Parameter">The parameter as written.</param>
/// <param name="Keys">Its normalised keys (concept ids, or <c>p:</c> + text).</param>
/// <param name="Op">Machine form of the operator (<c>&lt;=</c>, <c>range</c>, <c>absent</c> …).</param>
/// <param name="Value">The value as written, in <paramref name="Unit"/>.</param>
/// <param name="Min">Lower end of a range.</param>
/// <param name="Max">Upper end of a range.</param>
/// <param name="Unit">Unit symbol, or empty.</param>
/// <param name="CanonicalValue">The value in the dimension's canonical unit.</param>
/// <param name="CanonicalUnit">The canonical unit's symbol.</param>
/// <param name="Condition">A condition or column the value holds for.</param>
public sealed record RequirementRecord(
    string Parameter,
    ImmutableArray<string> Keys,
    string Op,
    double? Value,
    double? Min,
    double? Max,
    string Unit,
    double? CanonicalValue,
    string CanonicalUnit,
    string Condition);

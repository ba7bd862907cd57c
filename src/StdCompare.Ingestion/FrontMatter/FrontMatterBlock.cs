using System.Collections.Immutable;

namespace StdCompare.Ingestion.FrontMatter;

/// <summary>A front-matter value: a scalar, a list of scalars, or a map of scalars.</summary>
public sealed record FrontMatterValue(string? Scalar, ImmutableArray<string> List, ImmutableSortedDictionary<string, string>? Map, int Line)
{
    /// <summary>True for an empty scalar or empty list.</summary>
    public bool IsEmpty => (Scalar is null || Scalar.Length == 0) && List.IsDefaultOrEmpty && (Map is null || Map.Count == 0);

    /// <summary>The value as a list (a scalar becomes a one-item list).</summary>
    public ImmutableArray<string> AsList()
        => !List.IsDefault ? List : Scalar is { Length: > 0 } s ? [s] : [];

    /// <summary>The value as written, for keeping unknown keys.</summary>
    public override string ToString()
        => Scalar ?? (!List.IsDefault ? "[" + string.Join(", ", List) + "]"
            : Map is not null ? "{ " + string.Join(", ", Map.Select(kv => kv.Key + ": " + kv.Value)) + " }" : "");
}

namespace StdCompare.Search.Querying;

/// <summary>A value of a facet and the number of matching documents that have it.</summary>
public sealed record FacetValue(string Value, int Count);

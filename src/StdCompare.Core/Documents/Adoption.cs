namespace StdCompare.Documents;

/// <summary>A declared adoption: this standard adopts <paramref name="Id"/> with <paramref name="Degree"/>.</summary>
public sealed record Adoption(string Id, Degree Degree);

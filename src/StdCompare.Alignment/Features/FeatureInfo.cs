namespace StdCompare.Alignment.Features;

/// <summary>One feature of a clause pair, documented where it is defined.</summary>
/// <param name="Name">Stable snake_case name (the model stores the list and refuses a different one).</param>
/// <param name="Group">structure, size, concepts, quantities, references, lexical, glosses or context.</param>
/// <param name="Definition">What is computed.</param>
/// <param name="Why">Why it tells corresponding clauses apart.</param>
public sealed record FeatureInfo(string Name, string Group, string Definition, string Why);

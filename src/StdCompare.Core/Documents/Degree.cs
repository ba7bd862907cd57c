namespace StdCompare.Documents;

/// <summary>Degree of correspondence with another standard, ISO/IEC Guide 21-1.</summary>
public enum Degree
{
    /// <summary>Identical: same structure and technical content, at most editorial changes.</summary>
    IDT,

    /// <summary>Modified: technical deviations, each identifiable.</summary>
    MOD,

    /// <summary>Not equivalent: much of the content is not taken over.</summary>
    NEQ,
}

namespace StdCompare.Documents;

/// <summary>Where the text of a document comes from.</summary>
public static class Provenance
{
    /// <summary>Text written for the corpus; values are illustrative, never a real standard's requirement.</summary>
    public const string Sample = "sample";

    /// <summary>Real text or data, with its source and licence.</summary>
    public const string Source = "source";

    /// <summary>Generated for benchmarks; never mixed into the corpus.</summary>
    public const string Synthetic = "synthetic";

    /// <summary>Brought by a user; nothing is known of it.</summary>
    public const string User = "user";
}

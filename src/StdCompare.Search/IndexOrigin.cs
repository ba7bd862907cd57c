namespace StdCompare.Search;

/// <summary>Where an indexed document came from: the embedded corpus (rebuilt when it changes) or a user (kept).</summary>
public static class IndexOrigin
{
    /// <summary>From the embedded corpus: replaced whenever the corpus fingerprint changes.</summary>
    public const string Corpus = "corpus";

    /// <summary>Added by <c>stdcompare index</c>: survives corpus rebuilds.</summary>
    public const string User = "user";
}

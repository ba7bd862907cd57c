namespace StdCompare.Alignment.Candidates;

/// <summary>How many clauses a token may occur in and still retrieve candidates.</summary>
internal static class PostingCap
{
    /// <summary>The cap for an index of <paramref name="clauses"/> clauses.</summary>
    public static int For(int clauses)
        => Math.Clamp((int)(clauses * AlignmentLimits.MaxPostingShare), AlignmentLimits.MinPostingCap, AlignmentLimits.MaxPostingCap);
}

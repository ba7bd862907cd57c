namespace StdCompare.Alignment.Features;

/// <summary>
/// Content features of subtrees (<see cref="PairFeatures.Subtrees"/>): the overlap of the language-independent evidence of
/// the two clauses together with all their descendants, so that headings correspond through their children.
/// </summary>
internal static class SubtreeFeatures
{
    /// <summary>Number of features written.</summary>
    public const int Count = 2;

    /// <summary>Writes the features of left clause <paramref name="i"/> and right clause <paramref name="j"/> into <paramref name="f"/>.</summary>
    public static void Compute(PairContext ctx, int i, int j, Span<float> f)
    {
        if (ctx.Left.Clauses[i].Children.Length == 0 && ctx.Right.Clauses[j].Children.Length == 0)
        {
            f[0] = -1;
            f[1] = -1;
            return;
        }

        var subtree = ctx.Subtree.Compare(i, j);
        f[0] = subtree.Cosine;
        f[1] = subtree.Containment;
    }
}

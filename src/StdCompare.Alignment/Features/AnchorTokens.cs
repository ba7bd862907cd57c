namespace StdCompare.Alignment.Features;

/// <summary>
/// The lexical tokens of a document pair that take part in its <see cref="AnchorLexicon"/>: per clause, at most
/// <see cref="AnchorLexicon.TokensPerClause"/> of them, those found in the fewest clauses of their document among those
/// found in at least two and at most <see cref="AnchorLexicon.MaxClauseShare"/> of them, with their idf and dense ids.
/// They do not depend on the anchors, so they are chosen once per document pair (<see cref="PairContext.AnchorTokens"/>)
/// and every context stage learns its lexicon over them.
/// </summary>
internal sealed class AnchorTokens
{
    /// <summary>Tokens by the number of clauses they are found in, fewest first, ties by token.</summary>
    private static readonly Comparison<(ulong Id, float Idf, int Df)> RarestFirst = (a, b) => a.Df != b.Df ? a.Df.CompareTo(b.Df) : a.Id.CompareTo(b.Id);

    /// <summary>Tokens in ascending order.</summary>
    private static readonly Comparison<(ulong Id, float Idf, int Df)> ById = (a, b) => a.Id.CompareTo(b.Id);

    private AnchorTokens()
    {
    }

    /// <summary>Per left clause, its tokens (ascending).</summary>
    public ulong[][] LeftTokens { get; private init; } = [];

    /// <summary>Per left clause, the idf of each of its tokens.</summary>
    public float[][] LeftIdf { get; private init; } = [];

    /// <summary>Per left clause, the dense ids of its tokens, in the order of the tokens.</summary>
    public int[][] LeftIds { get; private init; } = [];

    /// <summary>Per left clause, the dense ids of its tokens, ascending.</summary>
    public int[][] LeftSorted { get; private init; } = [];

    /// <summary>The left token of each dense id.</summary>
    public ulong[] LeftVocabulary { get; private init; } = [];

    /// <summary>Per right clause, its tokens (ascending).</summary>
    public ulong[][] RightTokens { get; private init; } = [];

    /// <summary>Per right clause, the idf of each of its tokens.</summary>
    public float[][] RightIdf { get; private init; } = [];

    /// <summary>Per right clause, the dense ids of its tokens, in the order of the tokens.</summary>
    public int[][] RightIds { get; private init; } = [];

    /// <summary>Per right clause, the dense ids of its tokens, ascending.</summary>
    public int[][] RightSorted { get; private init; } = [];

    /// <summary>The right token of each dense id.</summary>
    public ulong[] RightVocabulary { get; private init; } = [];

    /// <summary>Chooses the tokens of both documents from the lexical view <paramref name="view"/>.</summary>
    public static AnchorTokens Select(ViewWeights view, int leftCount, int rightCount)
    {
        var (leftTokens, leftIdf) = Choose(leftCount, view.Left, view.LeftIdf);
        var (rightTokens, rightIdf) = Choose(rightCount, view.Right, view.RightIdf);
        var (leftIds, leftSorted, leftVocabulary) = Dense(leftTokens);
        var (rightIds, rightSorted, rightVocabulary) = Dense(rightTokens);
        return new AnchorTokens
        {
            LeftTokens = leftTokens,
            LeftIdf = leftIdf,
            LeftIds = leftIds,
            LeftSorted = leftSorted,
            LeftVocabulary = leftVocabulary,
            RightTokens = rightTokens,
            RightIdf = rightIdf,
            RightIds = rightIds,
            RightSorted = rightSorted,
            RightVocabulary = rightVocabulary,
        };
    }

    /// <summary>
    /// Per clause, the dense ids of its tokens in the order of the tokens (and of their idf), the same ids sorted (to be
    /// searched), and the token of each id.
    /// </summary>
    private static (int[][] Ids, int[][] Sorted, ulong[] Vocabulary) Dense(ulong[][] tokens)
    {
        var index = new Dictionary<ulong, int>();
        var vocabulary = new List<ulong>();
        var ids = new int[tokens.Length][];
        var sorted = new int[tokens.Length][];
        for (var c = 0; c < tokens.Length; c++)
        {
            var row = new int[tokens[c].Length];
            for (var t = 0; t < row.Length; t++)
            {
                if (!index.TryGetValue(tokens[c][t], out var id))
                {
                    id = vocabulary.Count;
                    index[tokens[c][t]] = id;
                    vocabulary.Add(tokens[c][t]);
                }

                row[t] = id;
            }

            ids[c] = row;
            sorted[c] = [.. row];
            Array.Sort(sorted[c]);
        }

        return (ids, sorted, [.. vocabulary]);
    }

    /// <summary>Per clause, its tokens found in 2 … <see cref="AnchorLexicon.MaxClauseShare"/> of the clauses, the rarest first, ascending ids.</summary>
    private static (ulong[][] Tokens, float[][] Idf) Choose(int count, Func<int, Profiles.TokenBag> bag, Func<int, float[]> idf)
    {
        var df = new Dictionary<ulong, int>();
        for (var c = 0; c < count; c++)
        {
            foreach (var t in bag(c).Ids)
            {
                df[t] = df.GetValueOrDefault(t) + 1;
            }
        }

        var max = Math.Max(2, (int)(count * AnchorLexicon.MaxClauseShare));
        var tokens = new ulong[count][];
        var weights = new float[count][];
        var kept = new List<(ulong Id, float Idf, int Df)>();
        for (var c = 0; c < count; c++)
        {
            var ids = bag(c).Ids;
            var w = idf(c);
            kept.Clear();
            for (var t = 0; t < ids.Length; t++)
            {
                var d = df[ids[t]];
                if (d >= 2 && d <= max)
                {
                    kept.Add((ids[t], w[t], d));
                }
            }

            // A clause's tokens are distinct, so both orders are strict and any sort gives the same tokens.
            if (kept.Count > AnchorLexicon.TokensPerClause)
            {
                kept.Sort(RarestFirst);
                kept.RemoveRange(AnchorLexicon.TokensPerClause, kept.Count - AnchorLexicon.TokensPerClause);
                kept.Sort(ById);
            }

            var clauseTokens = new ulong[kept.Count];
            var clauseWeights = new float[kept.Count];
            for (var k = 0; k < kept.Count; k++)
            {
                (clauseTokens[k], clauseWeights[k], _) = kept[k];
            }

            tokens[c] = clauseTokens;
            weights[c] = clauseWeights;
        }

        return (tokens, weights);
    }
}

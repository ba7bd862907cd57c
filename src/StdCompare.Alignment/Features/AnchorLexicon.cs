namespace StdCompare.Alignment.Features;

/// <summary>
/// A translation lexicon learned from one document pair: the lexical tokens (word stems, character bigrams) of the
/// two sides of the confident links (mutual best pairs of the previous stage, <see cref="ContextFeatures.AnchorScore"/>)
/// associated by the Dice coefficient, as aligners bootstrap a dictionary from a first pass. It gives words neither
/// the terminology base, CC-CEDICT nor the lexicon of the training pairs knows (the subject words of one standard:
/// 风干牛肉 and борц, 钨精矿 and гянтболд) cross-language evidence from the document pair itself.
/// </summary>
/// <remarks>
/// A clause's translations are learned without the clause's own anchor, so that a pair never confirms itself. Per clause
/// only <see cref="TokensPerClause"/> tokens are used, those found in the fewest clauses of their document among those
/// found in at least two (a token of one clause cannot recur in two anchors), which bounds the work per anchor.
/// </remarks>
internal sealed class AnchorLexicon
{
    /// <summary>Tokens per clause that take part.</summary>
    public const int TokensPerClause = 32;

    /// <summary>Least number of anchors in which two tokens occur together.</summary>
    public const int MinLinks = 2;

    /// <summary>Least Dice coefficient of two associated tokens.</summary>
    public const float MinDice = 0.3f;

    /// <summary>Tokens found in more than this share of a document's clauses do not take part.</summary>
    public const float MaxClauseShare = 0.2f;

    private readonly ulong[][] _leftTokens;
    private readonly float[][] _leftIdf;
    private readonly ulong[][] _rightTokens;
    private readonly float[][] _rightIdf;

    private AnchorLexicon(ulong[][] leftTokens, float[][] leftIdf, ulong[][] rightTokens, float[][] rightIdf, int anchors)
    {
        _leftTokens = leftTokens;
        _leftIdf = leftIdf;
        _rightTokens = rightTokens;
        _rightIdf = rightIdf;
        Anchors = anchors;
    }

    /// <summary>Number of anchors the lexicon was learned from.</summary>
    public int Anchors { get; }

    /// <summary>Per left clause: its tokens' translations into right tokens (ascending), learned without its anchor.</summary>
    public ulong[][] LeftTranslations { get; private init; } = [];

    /// <summary>Per right clause: its tokens' translations into left tokens (ascending), learned without its anchor.</summary>
    public ulong[][] RightTranslations { get; private init; } = [];

    /// <summary>Per left clause: the idf of its tokens that have a translation.</summary>
    public float[] LeftKnown { get; private init; } = [];

    /// <summary>Per right clause: the idf of its tokens that have a translation.</summary>
    public float[] RightKnown { get; private init; } = [];

    /// <summary>Learns the lexicon of <paramref name="view"/> from <paramref name="anchors"/> (left index, right index).</summary>
    public static AnchorLexicon Learn(ViewWeights view, int leftCount, int rightCount, IReadOnlyList<(int I, int J)> anchors)
    {
        var (leftTokens, leftIdf) = Select(leftCount, view.Left, view.LeftIdf);
        var (rightTokens, rightIdf) = Select(rightCount, view.Right, view.RightIdf);
        var leftAnchor = Filled(leftCount);
        var rightAnchor = Filled(rightCount);
        var together = new Dictionary<(ulong X, ulong Y), int>();
        var leftSeen = new Dictionary<ulong, int>();
        var rightSeen = new Dictionary<ulong, int>();
        foreach (var (i, j) in anchors)
        {
            leftAnchor[i] = j;
            rightAnchor[j] = i;
            foreach (var x in leftTokens[i])
            {
                leftSeen[x] = leftSeen.GetValueOrDefault(x) + 1;
                foreach (var y in rightTokens[j])
                {
                    together[(x, y)] = together.GetValueOrDefault((x, y)) + 1;
                }
            }

            foreach (var y in rightTokens[j])
            {
                rightSeen[y] = rightSeen.GetValueOrDefault(y) + 1;
            }
        }

        // Associates worth a closer look: seen together often enough, with a Dice that leaving out one anchor can still keep.
        var forward = new Dictionary<ulong, List<(ulong Other, int Together)>>();
        var backward = new Dictionary<ulong, List<(ulong Other, int Together)>>();
        foreach (var ((x, y), c) in together)
        {
            if (c < MinLinks || 2f * c / (leftSeen[x] + rightSeen[y]) < MinDice * 0.75f)
            {
                continue;
            }

            Add(forward, x, y, c);
            Add(backward, y, x, c);
        }

        var (leftTranslations, leftKnown) = Translate(leftTokens, leftIdf, leftAnchor, rightTokens, forward, leftSeen, rightSeen);
        var (rightTranslations, rightKnown) = Translate(rightTokens, rightIdf, rightAnchor, leftTokens, backward, rightSeen, leftSeen);
        return new AnchorLexicon(leftTokens, leftIdf, rightTokens, rightIdf, anchors.Count)
        {
            LeftTranslations = leftTranslations,
            RightTranslations = rightTranslations,
            LeftKnown = leftKnown,
            RightKnown = rightKnown,
        };
    }

    /// <summary>
    /// Idf share of the left clause's tokens (with a translation) found among the right clause's translations, and the
    /// same from the right; -1 where a clause has no token with a translation.
    /// </summary>
    public (float Left, float Right) Coverage(int i, int j)
    {
        var left = LeftKnown[i] <= 0 ? -1 : Math.Min(1f, Found(_leftTokens[i], _leftIdf[i], RightTranslations[j]) / LeftKnown[i]);
        var right = RightKnown[j] <= 0 ? -1 : Math.Min(1f, Found(_rightTokens[j], _rightIdf[j], LeftTranslations[i]) / RightKnown[j]);
        return (left, right);
    }

    private static int[] Filled(int count)
    {
        var a = new int[count];
        Array.Fill(a, -1);
        return a;
    }

    private static void Add(Dictionary<ulong, List<(ulong, int)>> map, ulong key, ulong other, int together)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add((other, together));
    }

    /// <summary>Per clause, its tokens found in 2 … <see cref="MaxClauseShare"/> of the clauses, the rarest first, ascending ids.</summary>
    private static (ulong[][] Tokens, float[][] Idf) Select(int count, Func<int, Profiles.TokenBag> bag, Func<int, float[]> idf)
    {
        var df = new Dictionary<ulong, int>();
        for (var c = 0; c < count; c++)
        {
            foreach (var t in bag(c).Ids)
            {
                df[t] = df.GetValueOrDefault(t) + 1;
            }
        }

        var max = Math.Max(2, (int)(count * MaxClauseShare));
        var tokens = new ulong[count][];
        var weights = new float[count][];
        for (var c = 0; c < count; c++)
        {
            var ids = bag(c).Ids;
            var w = idf(c);
            var kept = new List<(ulong Id, float Idf, int Df)>();
            for (var t = 0; t < ids.Length; t++)
            {
                var d = df[ids[t]];
                if (d >= 2 && d <= max)
                {
                    kept.Add((ids[t], w[t], d));
                }
            }

            if (kept.Count > TokensPerClause)
            {
                kept.Sort((a, b) => a.Df != b.Df ? a.Df.CompareTo(b.Df) : a.Id.CompareTo(b.Id));
                kept.RemoveRange(TokensPerClause, kept.Count - TokensPerClause);
                kept.Sort((a, b) => a.Id.CompareTo(b.Id));
            }

            tokens[c] = [.. kept.Select(k => k.Id)];
            weights[c] = [.. kept.Select(k => k.Idf)];
        }

        return (tokens, weights);
    }

    /// <summary>Per clause of one side, the translations of its tokens, leaving out the clause's own anchor.</summary>
    private static (ulong[][] Translations, float[] Known) Translate(
        ulong[][] tokens, float[][] idf, int[] anchorOf, ulong[][] otherTokens,
        Dictionary<ulong, List<(ulong Other, int Together)>> associates, Dictionary<ulong, int> seen, Dictionary<ulong, int> otherSeen)
    {
        var translations = new ulong[tokens.Length][];
        var known = new float[tokens.Length];
        for (var c = 0; c < tokens.Length; c++)
        {
            var own = anchorOf[c] < 0 ? [] : otherTokens[anchorOf[c]];
            var found = new List<ulong>();
            for (var t = 0; t < tokens[c].Length; t++)
            {
                var x = tokens[c][t];
                if (!associates.TryGetValue(x, out var list))
                {
                    continue;
                }

                var xSeen = seen[x] - (own.Length > 0 ? 1 : 0);
                var any = false;
                foreach (var (y, together) in list)
                {
                    var inOwn = own.Length > 0 && Array.BinarySearch(own, y) >= 0;
                    var n = together - (inOwn ? 1 : 0);
                    var ySeen = otherSeen[y] - (inOwn ? 1 : 0);
                    if (n >= MinLinks && 2f * n / (xSeen + ySeen) >= MinDice)
                    {
                        found.Add(y);
                        any = true;
                    }
                }

                known[c] += any ? idf[c][t] : 0f;
            }

            found.Sort();
            translations[c] = [.. found.Distinct()];
        }

        return (translations, known);
    }

    /// <summary>The idf of the tokens of <paramref name="ids"/> (ascending) found in <paramref name="translations"/> (ascending).</summary>
    private static float Found(ulong[] ids, float[] idf, ulong[] translations)
    {
        float found = 0;
        int x = 0, y = 0;
        while (x < ids.Length && y < translations.Length)
        {
            if (ids[x] == translations[y])
            {
                found += idf[x];
                x++;
                y++;
            }
            else if (ids[x] < translations[y])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return found;
    }
}

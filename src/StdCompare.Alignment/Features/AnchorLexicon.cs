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
        foreach (var (i, j) in anchors)
        {
            leftAnchor[i] = j;
            rightAnchor[j] = i;
        }

        // Dense ids of the tokens of each side, and in how many anchors each occurs.
        var (leftIds, leftSorted, leftVocabulary) = Dense(leftTokens);
        var (rightIds, rightSorted, rightVocabulary) = Dense(rightTokens);
        var leftSeen = new int[leftVocabulary.Length];
        var rightSeen = new int[rightVocabulary.Length];
        var postings = new List<int>?[leftVocabulary.Length];
        for (var a = 0; a < anchors.Count; a++)
        {
            var (i, j) = anchors[a];
            foreach (var x in leftIds[i])
            {
                leftSeen[x]++;
                (postings[x] ??= []).Add(a);
            }

            foreach (var y in rightIds[j])
            {
                rightSeen[y]++;
            }
        }

        // Associates worth a closer look: seen together often enough, with a Dice that leaving out one anchor can still
        // keep. A pair of tokens seen together twice needs a left token seen in two anchors: the right tokens of the
        // anchors of each such token are counted in one array, without a table of all pairs.
        var forward = new List<(int Other, int Together)>?[leftVocabulary.Length];
        var backward = new List<(int Other, int Together)>?[rightVocabulary.Length];
        var counts = new int[rightVocabulary.Length];
        var touched = new List<int>();
        for (var x = 0; x < leftVocabulary.Length; x++)
        {
            if (leftSeen[x] < MinLinks)
            {
                continue;
            }

            touched.Clear();
            foreach (var a in postings[x]!)
            {
                foreach (var y in rightIds[anchors[a].J])
                {
                    if (counts[y]++ == 0)
                    {
                        touched.Add(y);
                    }
                }
            }

            foreach (var y in touched)
            {
                var c = counts[y];
                counts[y] = 0;
                if (c >= MinLinks && 2f * c / (leftSeen[x] + rightSeen[y]) >= MinDice * 0.75f)
                {
                    (forward[x] ??= []).Add((y, c));
                    (backward[y] ??= []).Add((x, c));
                }
            }
        }

        var (leftTranslations, leftKnown) = Translate(leftIds, leftIdf, leftAnchor, rightSorted, forward, leftSeen, rightSeen, rightVocabulary);
        var (rightTranslations, rightKnown) = Translate(rightIds, rightIdf, rightAnchor, leftSorted, backward, rightSeen, leftSeen, leftVocabulary);
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

    /// <summary>Per clause of one side, the translations of its tokens (ascending tokens of the other side), leaving out the clause's own anchor.</summary>
    private static (ulong[][] Translations, float[] Known) Translate(
        int[][] ids, float[][] idf, int[] anchorOf, int[][] otherSorted,
        List<(int Other, int Together)>?[] associates, int[] seen, int[] otherSeen, ulong[] otherVocabulary)
    {
        var translations = new ulong[ids.Length][];
        var known = new float[ids.Length];
        var found = new List<ulong>();
        for (var c = 0; c < ids.Length; c++)
        {
            // The clause's own anchor, left out where it has tokens (an anchor whose other clause has none taught nothing).
            var own = anchorOf[c] < 0 ? [] : otherSorted[anchorOf[c]];
            var anchored = own.Length > 0 ? 1 : 0;
            found.Clear();
            var tokenIds = ids[c];
            for (var t = 0; t < tokenIds.Length; t++)
            {
                var list = associates[tokenIds[t]];
                if (list is null)
                {
                    continue;
                }

                var xSeen = seen[tokenIds[t]] - anchored;
                var any = false;
                foreach (var (y, together) in list)
                {
                    var inOwn = anchored == 1 && Array.BinarySearch(own, y) >= 0 ? 1 : 0;
                    var n = together - inOwn;
                    if (n >= MinLinks && 2f * n / (xSeen + otherSeen[y] - inOwn) >= MinDice)
                    {
                        found.Add(otherVocabulary[y]);
                        any = true;
                    }
                }

                known[c] += any ? idf[c][t] : 0f;
            }

            found.Sort();
            translations[c] = Distinct(found);
        }

        return (translations, known);
    }

    /// <summary>The sorted, distinct values of a sorted list.</summary>
    private static ulong[] Distinct(List<ulong> sorted)
    {
        var count = 0;
        for (var k = 0; k < sorted.Count; k++)
        {
            count += k == 0 || sorted[k] != sorted[k - 1] ? 1 : 0;
        }

        var result = new ulong[count];
        for (int k = 0, r = 0; k < sorted.Count; k++)
        {
            if (k == 0 || sorted[k] != sorted[k - 1])
            {
                result[r++] = sorted[k];
            }
        }

        return result;
    }

    /// <summary>The idf of the tokens of <paramref name="ids"/> (ascending) found in <paramref name="translations"/> (ascending).</summary>
    private static float Found(ulong[] ids, float[] idf, ulong[] translations)
    {
        float found = 0;
        if (translations.Length > 8 * ids.Length)
        {
            // A clause of a large document can have thousands of translations: look its few tokens up instead (the
            // same tokens, added in the same order, so the same sum).
            for (var t = 0; t < ids.Length; t++)
            {
                found += Array.BinarySearch(translations, ids[t]) >= 0 ? idf[t] : 0f;
            }

            return found;
        }

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

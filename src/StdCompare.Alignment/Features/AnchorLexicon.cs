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
/// found in at least two (a token of one clause cannot recur in two anchors), which bounds the work per anchor; they are
/// chosen once per document pair (<see cref="AnchorTokens"/>), and each context stage learns a lexicon from its anchors.
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

    private readonly AnchorTokens _tokens;

    private AnchorLexicon(AnchorTokens tokens) => _tokens = tokens;

    /// <summary>Per left clause: its tokens' translations into right tokens (ascending), learned without its anchor.</summary>
    public ulong[][] LeftTranslations { get; private init; } = [];

    /// <summary>Per right clause: its tokens' translations into left tokens (ascending), learned without its anchor.</summary>
    public ulong[][] RightTranslations { get; private init; } = [];

    /// <summary>Per left clause: the idf of its tokens that have a translation.</summary>
    public float[] LeftKnown { get; private init; } = [];

    /// <summary>Per right clause: the idf of its tokens that have a translation.</summary>
    public float[] RightKnown { get; private init; } = [];

    /// <summary>
    /// Learns the lexicon of a document pair from <paramref name="anchors"/> (left index, right index), over the tokens
    /// <see cref="AnchorTokens.Select"/> chose once for the pair.
    /// </summary>
    public static AnchorLexicon Learn(AnchorTokens tokens, IReadOnlyList<(int I, int J)> anchors)
    {
        var (leftIds, leftSorted, leftVocabulary) = (tokens.LeftIds, tokens.LeftSorted, tokens.LeftVocabulary);
        var (rightIds, rightSorted, rightVocabulary) = (tokens.RightIds, tokens.RightSorted, tokens.RightVocabulary);
        var leftAnchor = Filled(leftIds.Length);
        var rightAnchor = Filled(rightIds.Length);
        foreach (var (i, j) in anchors)
        {
            leftAnchor[i] = j;
            rightAnchor[j] = i;
        }

        // In how many anchors each token occurs, and the anchors of each left token.
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

        var (leftTranslations, leftKnown) = Translate(leftIds, tokens.LeftIdf, leftAnchor, rightSorted, forward, leftSeen, rightSeen, rightVocabulary);
        var (rightTranslations, rightKnown) = Translate(rightIds, tokens.RightIdf, rightAnchor, leftSorted, backward, rightSeen, leftSeen, leftVocabulary);
        return new AnchorLexicon(tokens)
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
        var t = _tokens;
        var left = LeftKnown[i] <= 0 ? -1 : Math.Min(1f, Found(t.LeftTokens[i], t.LeftIdf[i], RightTranslations[j]) / LeftKnown[i]);
        var right = RightKnown[j] <= 0 ? -1 : Math.Min(1f, Found(t.RightTokens[j], t.RightIdf[j], LeftTranslations[i]) / RightKnown[j]);
        return (left, right);
    }

    private static int[] Filled(int count)
    {
        var a = new int[count];
        Array.Fill(a, -1);
        return a;
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

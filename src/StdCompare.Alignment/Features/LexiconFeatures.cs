using System.Collections.Frozen;
using StdCompare.Alignment.Lexicon;

namespace StdCompare.Alignment.Features;

/// <summary>
/// Content features from the learned <see cref="TranslationLexicon"/> (<see cref="PairFeatures.Lexicon"/>), the last
/// <see cref="Count"/> content columns. <see cref="ContentFeatures"/> writes them as "does not apply"; <see cref="Fill"/>
/// overwrites them once the lexicon is known (the model's at inference, one learned without the pair at training).
/// </summary>
internal static class LexiconFeatures
{
    /// <summary>Number of features.</summary>
    public const int Count = 4;

    /// <summary>First column of these features in a content row.</summary>
    public static int Offset => PairFeatures.ContentCount - Count;

    /// <summary>Writes "does not apply" into the columns of one row.</summary>
    public static void Clear(Span<float> f)
    {
        for (var k = 0; k < Count; k++)
        {
            f[k] = -1;
        }
    }

    /// <summary>Computes the features of every candidate of <paramref name="data"/> with <paramref name="lexicon"/>.</summary>
    public static void Fill(PairData data, TranslationLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(lexicon);
        var ctx = data.Context;
        var pairs = data.Candidates.Pairs;
        var content = data.Content;
        var forward = lexicon.Get(ctx.Left.Language, ctx.Right.Language);
        var backward = lexicon.Get(ctx.Right.Language, ctx.Left.Language);
        if (forward is null || backward is null)
        {
            for (var k = 0; k < pairs.Length; k++)
            {
                Clear(content.Row(k).Slice(Offset, Count));
            }

            return;
        }

        var view = ctx.Lexical;
        var strength = MathF.Log(1f + lexicon.LinkCount(TranslationLexicon.Direction(ctx.Left.Language, ctx.Right.Language)));
        var (leftTranslated, leftKnown) = Side(ctx.Left.Count, view.Left, view.LeftIdf, forward);
        var (rightTranslated, rightKnown) = Side(ctx.Right.Count, view.Right, view.RightIdf, backward);
        Parallel.For(0, pairs.Length, k =>
        {
            var (i, j) = pairs[k];
            var f = content.Row(k).Slice(Offset, Count);
            var (leftFound, leftShared) = Covered(view.Left(i).Ids, view.LeftIdf(i), rightTranslated[j]);
            var (rightFound, _) = Covered(view.Right(j).Ids, view.RightIdf(j), leftTranslated[i]);
            f[0] = leftKnown[i] <= 0 ? -1 : Math.Min(1f, leftFound / leftKnown[i]);
            f[1] = rightKnown[j] <= 0 ? -1 : Math.Min(1f, rightFound / rightKnown[j]);
            f[2] = MathF.Log(1f + leftShared);
            f[3] = strength;
        });
    }

    /// <summary>Per clause of one side: the translations of its tokens, and the idf of its tokens the lexicon knows.</summary>
    private static (ulong[][] Translated, float[] KnownIdf) Side(int count, Func<int, Profiles.TokenBag> bag, Func<int, float[]> idf, FrozenDictionary<ulong, ulong[]> entries)
    {
        var translated = new ulong[count][];
        var known = new float[count];
        for (var c = 0; c < count; c++)
        {
            var b = bag(c);
            var weights = idf(c);
            translated[c] = TranslationLexicon.Translate(entries, b);
            for (var t = 0; t < b.Ids.Length; t++)
            {
                known[c] += entries.ContainsKey(b.Ids[t]) ? weights[t] : 0f;
            }
        }

        return (translated, known);
    }

    /// <summary>The idf of the tokens of <paramref name="ids"/> (ascending) found in <paramref name="translations"/> (ascending), and their number.</summary>
    private static (float Idf, int Shared) Covered(ulong[] ids, float[] idf, ulong[] translations)
    {
        float found = 0;
        var shared = 0;
        int x = 0, y = 0;
        while (x < ids.Length && y < translations.Length)
        {
            if (ids[x] == translations[y])
            {
                found += idf[x];
                shared++;
                x++;
                y++;
            }
            else
            {
                var less = ids[x] < translations[y];
                x += less ? 1 : 0;
                y += less ? 0 : 1;
            }
        }

        return (found, shared);
    }
}

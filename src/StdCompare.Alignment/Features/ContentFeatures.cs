using StdCompare.Alignment.Profiles;

namespace StdCompare.Alignment.Features;

/// <summary>Computes the content features (<see cref="PairFeatures.Content"/>) of a clause pair.</summary>
internal static class ContentFeatures
{
    /// <summary>Writes the features of left clause <paramref name="i"/> and right clause <paramref name="j"/> into <paramref name="f"/>.</summary>
    public static void Compute(PairContext ctx, int i, int j, Span<float> f)
    {
        var a = ctx.Left.Clauses[i];
        var b = ctx.Right.Clauses[j];
        var k = 0;

        // Structure.
        f[k++] = string.Equals(a.Id, b.Id, StringComparison.Ordinal) ? 1 : 0;
        var maxSegments = Math.Max(a.Number.Segments.Length, b.Number.Segments.Length);
        f[k++] = maxSegments == 0 ? 0 : a.Number.CommonPrefix(b.Number) / (float)maxSegments;
        f[k++] = a.Level == b.Level && a.Number.Last >= 0 && a.Number.Last == b.Number.Last && a.Number.IsAnnex == b.Number.IsAnnex ? 1 : 0;
        f[k++] = a.Level;
        f[k++] = b.Level;
        f[k++] = a.Level - b.Level;
        f[k++] = a.Number.IsAnnex == b.Number.IsAnnex ? 1 : 0;
        f[k++] = (a.Number.IsFrontMatter ? 1 : 0) + (b.Number.IsFrontMatter ? 1 : 0);
        f[k++] = MathF.Abs(a.Position - b.Position);
        f[k++] = MathF.Abs(a.SiblingPosition - b.SiblingPosition);
        f[k++] = MathF.Log((1f + a.Children.Length) / (1f + b.Children.Length));

        // Size and tables.
        f[k++] = MathF.Log(((a.Length / ctx.Left.MeanLength) + 0.05f) / ((b.Length / ctx.Right.MeanLength) + 0.05f));
        f[k++] = a.HasText ? 1 : 0;
        f[k++] = b.HasText ? 1 : 0;
        f[k++] = a.TableCount;
        f[k++] = b.TableCount;
        f[k++] = a.TableCount == 0 && b.TableCount == 0 ? -1
            : a.TableCount == 0 || b.TableCount == 0 ? 0
            : 0.5f * (Ratio(a.TableColumns, b.TableColumns) + Ratio(a.TableRows, b.TableRows));

        // Concepts.
        var concepts = ctx.Concepts.Compare(i, j);
        f[k++] = concepts.Cosine;
        f[k++] = concepts.Dice;
        f[k++] = concepts.Containment;
        f[k++] = MathF.Log(1f + concepts.Shared);
        f[k++] = MathF.Log(1f + a.Concepts.Count);
        f[k++] = MathF.Log(1f + b.Concepts.Count);
        var loose = ctx.LooseConcepts.Compare(i, j);
        f[k++] = loose.Cosine;
        f[k++] = loose.Containment;
        f[k++] = a.HeadingConcepts.IsEmpty || b.HeadingConcepts.IsEmpty ? -1 : ctx.HeadingConcepts.Compare(i, j).Dice;
        f[k++] = a.HeadingConcepts.IsEmpty ? -1 : a.HeadingConcepts.SharedCount(b.Concepts) / (float)a.HeadingConcepts.Count;
        f[k++] = b.HeadingConcepts.IsEmpty ? -1 : b.HeadingConcepts.SharedCount(a.Concepts) / (float)b.HeadingConcepts.Count;

        // Quantities and requirements.
        var quantities = ctx.Quantities.Compare(i, j);
        f[k++] = quantities.Dice;
        f[k++] = MathF.Log(1f + quantities.Shared);
        f[k++] = MathF.Log(1f + a.Quantities.Count);
        f[k++] = MathF.Log(1f + b.Quantities.Count);
        f[k++] = ctx.Dimensions.Compare(i, j).Cosine;
        f[k++] = ctx.Numbers.Compare(i, j).Dice;
        f[k++] = MathF.Log(1f + a.Requirements.Length);
        f[k++] = MathF.Log(1f + b.Requirements.Length);
        f[k++] = ParameterShare(a.Requirements, b.Requirements);

        // References and Latin tokens.
        var designations = ctx.Designations.Compare(i, j);
        f[k++] = a.Designations.IsEmpty && b.Designations.IsEmpty ? -1 : designations.Dice;
        f[k++] = MathF.Log(1f + designations.Shared);
        var latin = ctx.Latin.Compare(i, j);
        f[k++] = latin.Cosine;
        f[k++] = latin.Containment;
        f[k++] = MathF.Log(1f + a.Latin.Count);
        f[k++] = MathF.Log(1f + b.Latin.Count);

        // Lexical.
        f[k++] = ctx.SameLanguage ? 1 : 0;
        var lexical = ctx.Lexical.Compare(i, j);
        f[k++] = lexical.Cosine;
        f[k++] = lexical.Bm25;
        f[k++] = a.HeadingLexical.IsEmpty || b.HeadingLexical.IsEmpty ? -1 : ctx.HeadingLexical.Compare(i, j).Cosine;
        f[k++] = a.Han.IsEmpty || b.Han.IsEmpty ? -1 : ctx.Han.Compare(i, j).Cosine;
        var independent = ctx.Independent.Compare(i, j);
        f[k++] = independent.Cosine;
        f[k++] = independent.Bm25;

        // CC-CEDICT glosses.
        if (ctx.GlossSide == PairContext.GlossDirection.None)
        {
            f[k++] = 0;
            f[k++] = -1;
            f[k++] = -1;
            f[k++] = -1;
            f[k++] = -1;
            f[k++] = -1;
        }
        else
        {
            var leftChinese = ctx.GlossSide == PairContext.GlossDirection.LeftChinese;
            var zh = leftChinese ? a : b;
            var en = leftChinese ? b : a;
            f[k++] = 1;
            f[k++] = WordCoverage(zh.GlossWords, en.Lexical);
            f[k++] = EnglishCoverage(ctx, leftChinese, i, j, zh.Glosses);
            f[k++] = zh.HeadingGlossWords.Length == 0 || en.HeadingLexical.IsEmpty ? -1 : WordCoverage(zh.HeadingGlossWords, en.HeadingLexical);
            f[k++] = zh.HeadingGlossWords.Length == 0 ? -1 : WordCoverage(zh.HeadingGlossWords, en.Lexical);
            f[k++] = en.HeadingLexical.IsEmpty ? -1 : en.HeadingLexical.SharedCount(zh.Glosses) / (float)en.HeadingLexical.Count;
        }

        SubtreeFeatures.Compute(ctx, i, j, f.Slice(k, SubtreeFeatures.Count));
        k += SubtreeFeatures.Count;
        LexiconFeatures.Clear(f.Slice(k, LexiconFeatures.Count));
        k += LexiconFeatures.Count;
        System.Diagnostics.Debug.Assert(k == PairFeatures.ContentCount, "every content feature is written");
    }

    private static float Ratio(int x, int y) => Math.Max(x, y) == 0 ? 1f : Math.Min(x, y) / (float)Math.Max(x, y);

    private static float ParameterShare(RequirementKey[] a, RequirementKey[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return -1;
        }

        var setA = new HashSet<ulong>();
        foreach (var r in a)
        {
            setA.Add(r.Parameter);
        }

        var setB = new HashSet<ulong>();
        foreach (var r in b)
        {
            setB.Add(r.Parameter);
        }

        var shared = 0;
        foreach (var p in setA)
        {
            shared += setB.Contains(p) ? 1 : 0;
        }

        return shared / (float)Math.Min(setA.Count, setB.Count);
    }

    private static float WordCoverage(ulong[][] words, TokenBag english)
    {
        if (words.Length == 0)
        {
            return -1;
        }

        if (english.IsEmpty)
        {
            return 0;
        }

        var covered = 0;
        foreach (var stems in words)
        {
            foreach (var stem in stems)
            {
                if (english.Contains(stem))
                {
                    covered++;
                    break;
                }
            }
        }

        return covered / (float)words.Length;
    }

    private static float EnglishCoverage(PairContext ctx, bool leftChinese, int i, int j, TokenBag glosses)
    {
        var bag = leftChinese ? ctx.Latin.Right(j) : ctx.Latin.Left(i);
        if (bag.IsEmpty)
        {
            return -1;
        }

        var idf = leftChinese ? ctx.Latin.RightIdf(j) : ctx.Latin.LeftIdf(i);
        var sum = leftChinese ? ctx.Latin.RightIdfSum(j) : ctx.Latin.LeftIdfSum(i);
        float found = 0;
        for (var t = 0; t < bag.Count; t++)
        {
            if (glosses.Contains(bag.Ids[t]))
            {
                found += idf[t];
            }
        }

        return sum <= 0 ? 0 : found / sum;
    }
}

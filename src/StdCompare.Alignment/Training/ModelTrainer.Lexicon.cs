using StdCompare.Alignment.Features;
using StdCompare.Alignment.Lexicon;

namespace StdCompare.Alignment.Training;

/// <summary>
/// The learned translation lexicon in training. A pair's lexicon features must never come from its own gold links:
/// a training row reads a lexicon learned from the gold training pairs of the other groups, a held-out pair one
/// learned from the training folds, and the final model ships the lexicon of all gold training pairs.
/// </summary>
public sealed partial class ModelTrainer
{
    /// <summary>The lexicon learned from the gold links of <paramref name="gold"/> and the terminology base.</summary>
    private TranslationLexicon LearnLexicon(IEnumerable<Example> gold)
        => LexiconLearner.Learn(gold.Select(e => new LexiconLearner.LinkedPair(e.Data.Context.Left, e.Data.Context.Right, e.Links)), _termSegments);

    /// <summary>Fills the lexicon features of every example of <paramref name="train"/> from the pairs of <paramref name="gold"/> in its language pair and not in its group.</summary>
    private void FillLexicon(IReadOnlyList<Example> train, IReadOnlyList<Example> gold)
    {
        var cache = new Dictionary<string, TranslationLexicon>(StringComparer.Ordinal);
        foreach (var e in train)
        {
            var languages = Languages(e);
            if (languages is null)
            {
                LexiconFeatures.Fill(e.Data, TranslationLexicon.Empty);
                continue;
            }

            var key = languages + "|" + e.Pair.Group;
            if (!cache.TryGetValue(key, out var lexicon))
            {
                cache[key] = lexicon = LearnLexicon(gold.Where(g =>
                    string.Equals(Languages(g), languages, StringComparison.Ordinal) && !string.Equals(g.Pair.Group, e.Pair.Group, StringComparison.Ordinal)));
            }

            LexiconFeatures.Fill(e.Data, lexicon);
        }
    }

    /// <summary>The two languages of an example in ordinal order ("mn|zh"), or null when they are one language.</summary>
    private static string? Languages(Example e)
    {
        var a = e.Data.Context.Left.Language;
        var b = e.Data.Context.Right.Language;
        if (a.Length == 0 || b.Length == 0 || string.Equals(a, b, StringComparison.Ordinal))
        {
            return null;
        }

        return string.CompareOrdinal(a, b) < 0 ? a + "|" + b : b + "|" + a;
    }
}

using StdCompare.Alignment.Evaluation;
using StdCompare.Corpus;

namespace StdCompare.Alignment.Tests;

/// <summary>The quality gate: the committed model meets the link F1 targets on the held-out test pairs.</summary>
[Collection(CorpusCollection.Name)]
public sealed class EvaluationTests(CorpusFixture corpus)
{
    /// <summary>
    /// Language pairs whose test pair is below its target today, with the F1 measured when the gap was recorded:
    /// they must not fall below it (see tests/KNOWN-GAPS.md, "Alignment below target on the zh↔en test pair").
    /// </summary>
    private static readonly Dictionary<string, double> KnownGaps = new(StringComparer.Ordinal)
    {
        ["zh-en"] = 0.694,
    };

    [Fact]
    public void The_test_pairs_meet_the_link_F1_targets_except_the_recorded_gaps()
    {
        var report = AlignmentEvaluator.Evaluate(corpus.Aligner, corpus.InSplit(GoldSplit.Test));
        Assert.Equal(7, report.Pairs.Length);
        var table = EvaluationTable.Markdown(report);
        foreach (var language in report.Languages)
        {
            if (KnownGaps.TryGetValue(language.Languages, out var floor))
            {
                Assert.True(language.Links.F1 >= floor, $"{language.Languages} fell below its recorded F1 {floor}:\n{table}");
                Assert.False(language.MeetsTarget, $"{language.Languages} now meets its target: delete its known gap.\n{table}");
            }
            else
            {
                Assert.True(language.MeetsTarget, $"{language.Languages} misses its target:\n{table}");
            }
        }
    }

    [Fact]
    public void Evaluation_is_deterministic()
    {
        var cases = corpus.InSplit(GoldSplit.Test).Take(2).ToArray();
        var a = AlignmentEvaluator.Evaluate(corpus.Aligner, cases);
        var b = AlignmentEvaluator.Evaluate(corpus.Aligner, cases);
        Assert.Equal(a.Pairs.Select(p => p.Links), b.Pairs.Select(p => p.Links));
    }

    [Theory]
    [InlineData("zh-zh", 0.95)] // within one language
    [InlineData("zh-en", 0.92)] // Chinese and English
    [InlineData("zh-mn", 0.88)] // other language pairs
    [InlineData("en-ru", 0.88)]
    public void Targets_follow_the_issue(string languages, double target)
        => Assert.Equal(target, EvaluationTargets.For(languages));

    [Fact]
    public void Counts_give_precision_recall_and_F1()
    {
        var counts = LinkCounts.Of(new HashSet<(string, string)> { ("1", "1"), ("2", "3") }, new HashSet<(string, string)> { ("1", "1"), ("2", "2"), ("3", "3") });
        Assert.Equal(0.5, counts.Precision);
        Assert.Equal(1 / 3.0, counts.Recall, 10);
        Assert.Equal(0.4, counts.F1, 10);
    }
}

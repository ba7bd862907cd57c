using System.Collections.Immutable;
using System.Diagnostics;

namespace StdCompare.Alignment.Evaluation;

/// <summary>Precision, recall and F1 of links (pairs of clause ids) against gold pairs, per pair, per language pair and overall.</summary>
public static class AlignmentEvaluator
{
    /// <summary>Aligns every case and compares with its gold alignment.</summary>
    public static EvaluationReport Evaluate(ClauseAligner aligner, IEnumerable<GoldCase> cases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aligner);
        ArgumentNullException.ThrowIfNull(cases);
        var total = Stopwatch.StartNew();
        var pairs = new List<PairEvaluation>();
        foreach (var c in cases.OrderBy(c => c.Gold.Id, StringComparer.Ordinal))
        {
            var watch = Stopwatch.StartNew();
            var alignment = aligner.Align(c.Left, c.Right, cancellationToken: cancellationToken);
            watch.Stop();
            pairs.Add(Compare(c, alignment, watch.Elapsed.TotalMilliseconds));
        }

        total.Stop();
        return Summarize(pairs, total.Elapsed.TotalMilliseconds);
    }

    /// <summary>Compares one alignment with its gold pair.</summary>
    public static PairEvaluation Compare(GoldCase gold, ClauseAlignment alignment, double milliseconds)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(alignment);
        var predicted = alignment.ClausePairs();
        var expected = gold.Gold.ClausePairs();
        var relationOf = new Dictionary<(string, string), string>();
        foreach (var link in gold.Gold.Links)
        {
            foreach (var a in link.Left)
            {
                foreach (var b in link.Right)
                {
                    relationOf[(a, b)] = link.Relation;
                }
            }
        }

        var relationsCorrect = 0;
        foreach (var link in alignment.Links)
        {
            var relation = link.Relation.ToContract();
            foreach (var a in link.Left)
            {
                foreach (var b in link.Right)
                {
                    relationsCorrect += relationOf.TryGetValue((a, b), out var r) && r == relation ? 1 : 0;
                }
            }
        }

        return new PairEvaluation(gold.Gold.Id, gold.Languages, LinkCounts.Of(predicted, expected), relationsCorrect, alignment.Degree.Value.ToString(), gold.Gold.Degree, milliseconds);
    }

    /// <summary>Sums pair results per language pair and overall.</summary>
    public static EvaluationReport Summarize(IEnumerable<PairEvaluation> pairs, double milliseconds)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var ordered = pairs.OrderBy(p => p.PairId, StringComparer.Ordinal).ToImmutableArray();
        var languages = ordered.GroupBy(p => p.Languages)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LanguageEvaluation(g.Key, g.Count(), g.Aggregate(LinkCounts.Zero, (s, p) => s + p.Links), EvaluationTargets.For(g.Key)))
            .ToImmutableArray();
        return new EvaluationReport(ordered, languages, ordered.Aggregate(LinkCounts.Zero, (s, p) => s + p.Links), milliseconds);
    }
}

using System.Collections.Immutable;
using System.Globalization;
using StdCompare.Alignment.Decoding;
using StdCompare.Alignment.Model;

namespace StdCompare.Alignment.Training;

/// <summary>Cross-validation alone: the figures that choose features, learners and settings, without training or testing a model.</summary>
public sealed partial class ModelTrainer
{
    /// <summary>
    /// Cross-validates the learner of <paramref name="options"/> (both when it is null) on the training pairs, exactly as
    /// <see cref="Train"/> does before it chooses, and writes the held-out errors (missed and wrong links of the gold
    /// training pairs, decoded with the tuned settings) to <paramref name="errors"/> and every held-out candidate pair with
    /// its score and gold label to <paramref name="scores"/> when given. Touches no test pair.
    /// </summary>
    public ImmutableArray<LearnerValidation> CrossValidate(TrainingInput input, TrainingOptions options, IProgress<string>? progress = null, TextWriter? errors = null, TextWriter? scores = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var (examples, gold, _) = PrepareAll(input, options, progress, cancellationToken);
        var folds = Folds(examples.Select(e => e.Pair.Group), options.ValidationFolds, options.Seed);
        Learner[] learners = options.Learner is { } only ? [only] : Enum.GetValues<Learner>();
        var result = ImmutableArray.CreateBuilder<LearnerValidation>();
        foreach (var learner in learners)
        {
            var (validation, heldOut) = Validate(examples, gold, folds, learner, options, progress, cancellationToken);
            result.Add(validation);
            if (errors is not null)
            {
                WriteErrors(errors, learner, heldOut, validation.Decoder);
            }

            if (scores is not null)
            {
                WriteScores(scores, learner, heldOut, header: result.Count == 1);
            }
        }

        return result.ToImmutable();
    }

    private static void WriteErrors(TextWriter writer, Learner learner, List<(Example Example, float[] Scores)> heldOut, DecoderOptions decoder)
    {
        var c = CultureInfo.InvariantCulture;
        foreach (var (e, scores) in heldOut.OrderBy(h => h.Example.Pair.Id, StringComparer.Ordinal))
        {
            var data = e.Data;
            var left = data.Context.Left;
            var right = data.Context.Right;
            var kept = LinkDecoder.Decode(data.Candidates, scores, decoder, left.Count, right.Count)
                .Select(p => (p.Left, p.Right)).ToHashSet();
            var leftIndex = left.Clauses.ToDictionary(p => p.Id, p => p.Index, StringComparer.Ordinal);
            var rightIndex = right.Clauses.ToDictionary(p => p.Id, p => p.Index, StringComparer.Ordinal);
            var goldPairs = e.Pair.Links
                .Where(l => leftIndex.ContainsKey(l.Left) && rightIndex.ContainsKey(l.Right))
                .Select(l => (Left: leftIndex[l.Left], Right: rightIndex[l.Right])).ToHashSet();
            writer.WriteLine(string.Create(c, $"## {learner} {e.Pair.Id} ({e.Pair.Left.Metadata.Language}-{e.Pair.Right.Metadata.Language}): gold {goldPairs.Count}, kept {kept.Count}, correct {kept.Count(goldPairs.Contains)}"));
            foreach (var (l, r) in goldPairs.Where(p => !kept.Contains(p)).OrderBy(p => p.Left).ThenBy(p => p.Right))
            {
                var k = data.Candidates.IndexOf(l, r);
                var score = k < 0 ? "not a candidate" : scores[k].ToString("F3", c);
                writer.WriteLine($"MISSED {Describe(e.Pair.Left, left, l)}  <->  {Describe(e.Pair.Right, right, r)}  score {score}; {Best(data, scores, l, r, kept)}");
            }

            foreach (var (l, r) in kept.Where(p => !goldPairs.Contains(p)).OrderBy(p => p.Left).ThenBy(p => p.Right))
            {
                var score = scores[data.Candidates.IndexOf(l, r)].ToString("F3", c);
                var goldOfLeft = string.Join(",", goldPairs.Where(p => p.Left == l).Select(p => right.Clauses[p.Right].Id));
                var goldOfRight = string.Join(",", goldPairs.Where(p => p.Right == r).Select(p => left.Clauses[p.Left].Id));
                writer.WriteLine($"WRONG  {Describe(e.Pair.Left, left, l)}  <->  {Describe(e.Pair.Right, right, r)}  score {score}; gold of left [{goldOfLeft}], gold of right [{goldOfRight}]");
            }
        }
    }

    /// <summary>
    /// One line per held-out candidate pair: learner, pair id, languages, degree, clause counts of both sides, the two clause
    /// indexes and ids, the score and 1 for a gold link; a gold link that is no candidate has the score -1. The column
    /// names come first, once (<paramref name="header"/>) for all learners.
    /// </summary>
    private static void WriteScores(TextWriter writer, Learner learner, List<(Example Example, float[] Scores)> heldOut, bool header)
    {
        var c = CultureInfo.InvariantCulture;
        if (header)
        {
            writer.WriteLine("learner\tpair\tlanguages\tdegree\tleft_count\tright_count\tleft\tright\tleft_id\tright_id\tscore\tgold");
        }

        foreach (var (e, scores) in heldOut.OrderBy(h => h.Example.Pair.Id, StringComparer.Ordinal))
        {
            var data = e.Data;
            var left = data.Context.Left;
            var right = data.Context.Right;
            var head = string.Create(c, $"{learner}\t{e.Pair.Id}\t{e.Pair.Left.Metadata.Language}-{e.Pair.Right.Metadata.Language}\t{e.Pair.Degree}\t{left.Count}\t{right.Count}");
            for (var k = 0; k < data.Candidates.Count; k++)
            {
                var (l, r) = data.Candidates.Pairs[k];
                writer.WriteLine(string.Create(c, $"{head}\t{l}\t{r}\t{left.Clauses[l].Id}\t{right.Clauses[r].Id}\t{scores[k]:R}\t{(e.Labels[k] ? 1 : 0)}"));
            }

            foreach (var (l, r) in e.Links.Where(p => data.Candidates.IndexOf(p.Left, p.Right) < 0).OrderBy(p => p.Left).ThenBy(p => p.Right))
            {
                writer.WriteLine(string.Create(c, $"{head}\t{l}\t{r}\t{left.Clauses[l].Id}\t{right.Clauses[r].Id}\t-1\t1"));
            }
        }
    }

    private static string Best(Features.PairData data, float[] scores, int l, int r, HashSet<(int, int)> kept)
    {
        var c = CultureInfo.InvariantCulture;
        var left = data.Candidates.ByLeft[l].OrderByDescending(k => scores[k]).Take(2)
            .Select(k => data.Context.Right.Clauses[data.Candidates.Pairs[k].Right].Id + "=" + scores[k].ToString("F2", c) + (kept.Contains(data.Candidates.Pairs[k]) ? "*" : ""));
        var right = data.Candidates.ByRight[r].OrderByDescending(k => scores[k]).Take(2)
            .Select(k => data.Context.Left.Clauses[data.Candidates.Pairs[k].Left].Id + "=" + scores[k].ToString("F2", c) + (kept.Contains(data.Candidates.Pairs[k]) ? "*" : ""));
        return $"left's best [{string.Join(" ", left)}], right's best [{string.Join(" ", right)}]";
    }

    private static string Describe(Documents.StandardDocument document, Profiles.DocumentProfile profile, int index)
    {
        var clause = document.Clauses[index];
        var p = profile.Clauses[index];
        var text = (clause.Heading + " | " + clause.Text).ReplaceLineEndings(" ");
        if (text.Length > 70)
        {
            text = text[..70] + "…";
        }

        return $"{clause.Id} (L{p.Level}, {p.Children.Length} ch, {p.Concepts.Count} co, {p.Length} len) «{text}»";
    }
}

using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using StdCompare.Alignment.Decoding;
using StdCompare.Alignment.Evaluation;
using StdCompare.Alignment.Features;
using StdCompare.Alignment.Model;
using StdCompare.Alignment.Profiles;
using StdCompare.Matching;

namespace StdCompare.Alignment.Training;

/// <summary>
/// Trains the two-stage clause-similarity model. The first stage learns from content features; the second
/// from content and context features computed over out-of-fold first-stage scores (stacking), so that it
/// sees first-stage scores as they are on unseen documents. Learners are compared, and the decoder tuned,
/// on held-out gold training pairs (folds by pair group); test pairs are never seen. Seeded, single-threaded
/// learners: the same inputs give the same model.
/// </summary>
public sealed partial class ModelTrainer
{
    /// <summary>The relative scores the decoder tuning tries.</summary>
    private static readonly double[] RelativeScores = [0, 0.5, 0.7, 0.85];

    /// <summary>Weight of the rows of self pairs.</summary>
    public const float SelfPairWeight = 0.5f;

    private readonly FeaturePipeline _pipeline;
    private readonly IReadOnlyDictionary<(string A, string B), List<(ulong[] X, ulong[] Y)>> _termSegments;

    /// <summary>Creates a trainer with the candidate sources inference will use.</summary>
    public ModelTrainer(ClauseProfiler profiler, IReadOnlyList<ICandidateSource> sources)
    {
        ArgumentNullException.ThrowIfNull(profiler);
        ArgumentNullException.ThrowIfNull(sources);
        _pipeline = new FeaturePipeline(profiler, sources);
        _termSegments = Lexicon.TermSegments.From(profiler.Terminology);
    }

    /// <summary>Trains a model.</summary>
    public TrainingResult Train(TrainingInput input, TrainingOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        if (input.TrainPairs.IsDefaultOrEmpty)
        {
            throw new ArgumentException("there are no training pairs", nameof(input));
        }

        var watch = Stopwatch.StartNew();
        var (examples, gold, statistics) = PrepareAll(input, options, progress, cancellationToken);
        var folds = Folds(examples.Select(e => e.Pair.Group), options.ValidationFolds, options.Seed);
        Learner[] learners = options.Learner is { } only ? [only] : Enum.GetValues<Learner>();
        var validation = ImmutableArray.CreateBuilder<LearnerValidation>();
        foreach (var learner in learners)
        {
            validation.Add(Validate(examples, gold, folds, learner, options, progress, cancellationToken).Validation);
        }

        var chosen = validation.OrderByDescending(v => v.Links.F1).ThenBy(v => v.Learner).First();
        progress?.Report($"chosen learner: {chosen.Learner}; training on all pairs");
        FillLexicon(examples, gold);
        var (finalContent, finalContext) = FitStages(examples, chosen.Learner, options);
        var lexicon = LearnLexicon(gold);
        var metadata = new ModelMetadata
        {
            Learner = chosen.Learner,
            Seed = options.Seed,
            ContentFeatures = PairFeatures.ContentNames,
            AllFeatures = PairFeatures.AllNames,
            Decoder = chosen.Decoder,
            CandidateSources = [.. _pipeline.Sources.Select(s => s.Name)],
            MlNetVersion = typeof(MLContext).Assembly.GetName().Version?.ToString() ?? "",
        };
        var model = new ClauseSimilarityModel(new MLContext(options.Seed), finalContent, finalContext, metadata, lexicon);
        watch.Stop();
        return new TrainingResult(
            model,
            validation.ToImmutable(),
            statistics,
            [.. input.TrainPairs.Select(c => c.Gold.Id).Order(StringComparer.Ordinal)],
            [.. input.SelfPairDocuments.Select(d => d.Id).Order(StringComparer.Ordinal)],
            watch.Elapsed.TotalSeconds);
    }

    /// <summary>One training pair made ready: candidates, features, labels.</summary>
    internal sealed record Example(TrainingPair Pair, PairData Data, bool[] Labels, IReadOnlyCollection<(int Left, int Right)> Links)
    {
        /// <summary>Number of gold links whose clauses both exist.</summary>
        public int GoldCount => Links.Count;
    }

    /// <summary>The training set made ready, with its figures.</summary>
    private (Example[] Examples, Example[] Gold, TrainingStatistics Statistics) PrepareAll(TrainingInput input, TrainingOptions options, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var pairs = TrainingSetBuilder.Build(input, options);
        progress?.Report($"{pairs.Count} training pairs ({pairs.Count(p => p.Origin == TrainingOrigin.Gold)} gold, {pairs.Count(p => p.Origin == TrainingOrigin.Perturbed)} perturbed, {pairs.Count(p => p.Origin == TrainingOrigin.Self)} self)");
        var examples = pairs.Select(p => Prepare(p, cancellationToken)).ToArray();
        var gold = examples.Where(e => e.Pair.Origin == TrainingOrigin.Gold).ToArray();
        var statistics = new TrainingStatistics(
            gold.Length,
            examples.Count(e => e.Pair.Origin == TrainingOrigin.Perturbed),
            examples.Count(e => e.Pair.Origin == TrainingOrigin.Self),
            examples.Sum(e => e.Labels.Length),
            examples.Sum(e => e.Labels.Count(l => l)),
            gold.Sum(e => e.Labels.Count(l => l)) / (double)Math.Max(1, gold.Sum(e => e.GoldCount)));
        progress?.Report($"{statistics.Rows} candidate pairs, {statistics.Positives} links; candidate recall on gold training pairs {statistics.CandidateRecall:P2}");
        return (examples, gold, statistics);
    }

    /// <summary>Cross-validates one learner: trained on all folds but one, decoded on the held-out gold pairs, decoder tuned on those scores.</summary>
    private (LearnerValidation Validation, List<(Example Example, float[] Scores)> HeldOut) Validate(
        Example[] examples, Example[] gold, Dictionary<string, int> folds, Learner learner, TrainingOptions options, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var heldOut = new List<(Example Example, float[] Scores)>();
        for (var f = 0; f < options.ValidationFolds; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = examples.Where(e => folds[e.Pair.Group] != f).ToArray();
            var test = gold.Where(e => folds[e.Pair.Group] == f).ToArray();
            if (test.Length == 0 || train.Length == 0)
            {
                continue;
            }

            var goldTrain = gold.Where(e => folds[e.Pair.Group] != f).ToArray();
            FillLexicon(train, goldTrain);
            var (content, context) = FitStages(train, learner, options);
            var lexicon = LearnLexicon(goldTrain);
            foreach (var e in test)
            {
                LexiconFeatures.Fill(e.Data, lexicon);
                heldOut.Add((e, Predict(content, context, e.Data, options.Seed)));
            }

            progress?.Report($"{learner}: validation fold {f + 1}/{options.ValidationFolds} done");
        }

        var (decoder, counts) = TuneDecoder(heldOut);
        var relations = TuneRelations(heldOut, decoder);
        var languages = heldOut.GroupBy(h => h.Example.Pair.Left.Metadata.Language + "-" + h.Example.Pair.Right.Metadata.Language)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LanguageEvaluation(g.Key, g.Count(), Count([.. g], decoder), EvaluationTargets.For(g.Key)))
            .ToImmutableArray();
        foreach (var l in languages)
        {
            progress?.Report($"{learner}:   {l.Languages} ({l.Pairs} pairs) P {l.Links.Precision:F4} R {l.Links.Recall:F4} F1 {l.Links.F1:F4}");
        }

        var degrees = heldOut.GroupBy(h => h.Example.Pair.Left.Metadata.Language + "-" + h.Example.Pair.Right.Metadata.Language + " " + (h.Example.Pair.Degree == "NEQ" ? "NEQ" : "IDT/MOD"))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LanguageEvaluation(g.Key, g.Count(), Count([.. g], decoder), EvaluationTargets.For(g.Key.Split(' ')[0])))
            .ToImmutableArray();
        foreach (var l in degrees)
        {
            progress?.Report($"{learner}:   {l.Languages} ({l.Pairs} pairs) P {l.Links.Precision:F4} R {l.Links.Recall:F4} F1 {l.Links.F1:F4}");
        }

        progress?.Report($"{learner}: held-out link P {counts.Precision:F4} R {counts.Recall:F4} F1 {counts.F1:F4}");
        return (new LearnerValidation(learner, counts, relations.Options, relations.Accuracy, languages) { Degrees = degrees }, heldOut);
    }

    private Example Prepare(TrainingPair pair, CancellationToken cancellationToken)
    {
        var data = _pipeline.Prepare(pair.Left, pair.Right, null, cancellationToken);
        var leftIndex = Index(data.Context.Left);
        var rightIndex = Index(data.Context.Right);
        var links = new HashSet<(int, int)>();
        foreach (var (l, r) in pair.Links)
        {
            if (leftIndex.TryGetValue(l, out var i) && rightIndex.TryGetValue(r, out var j))
            {
                links.Add((i, j));
            }
        }

        var labels = data.Candidates.Pairs.Select(links.Contains).ToArray();
        return new Example(pair, data, labels, links);
    }

    private static Dictionary<string, int> Index(DocumentProfile profile)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in profile.Clauses)
        {
            index.TryAdd(c.Id, c.Index);
        }

        return index;
    }

    /// <summary>Groups shuffled with the seed and dealt round-robin into folds.</summary>
    private static Dictionary<string, int> Folds(IEnumerable<string> groups, int folds, int seed)
    {
        var distinct = groups.Distinct().Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(distinct);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < distinct.Length; k++)
        {
            result[distinct[k]] = k % Math.Max(1, folds);
        }

        return result;
    }

    /// <summary>All stages on <paramref name="train"/>: each context stage learns from the out-of-fold scores of the stage before.</summary>
    private static (ITransformer Content, ITransformer[] Context) FitStages(IReadOnlyList<Example> train, Learner learner, TrainingOptions options)
    {
        var folds = Folds(train.Select(e => e.Pair.Group), options.StackingFolds, options.Seed + 1);
        var parts = train.Select(e => (e.Data.Content, e.Labels, Weight(e))).ToArray();
        var outOfFold = OutOfFold(train, parts, folds, learner, options);
        var content = Fit(parts, learner, options);
        var context = new ITransformer[Math.Max(1, options.ContextStages)];
        for (var s = 0; s < context.Length; s++)
        {
            var rows = train.Select((e, k) => (ContextFeatures.Build(e.Data, outOfFold[k]), e.Labels, Weight(e))).ToArray();
            if (s + 1 < context.Length)
            {
                outOfFold = OutOfFold(train, rows, folds, learner, options);
            }

            context[s] = Fit(rows, learner, options);
        }

        return (content, context);
    }

    /// <summary>Scores of every example from a stage fitted without the example's fold.</summary>
    private static float[][] OutOfFold(IReadOnlyList<Example> train, (FeatureMatrix X, bool[] Y, float Weight)[] parts, Dictionary<string, int> folds, Learner learner, TrainingOptions options)
    {
        var scores = new float[train.Count][];
        for (var f = 0; f < options.StackingFolds; f++)
        {
            var fitOn = Enumerable.Range(0, train.Count).Where(k => folds[train[k].Pair.Group] != f).Select(k => parts[k]).ToArray();
            var predictFor = Enumerable.Range(0, train.Count).Where(k => folds[train[k].Pair.Group] == f).ToArray();
            if (predictFor.Length == 0 || fitOn.Length == 0)
            {
                continue;
            }

            var stage = Fit(fitOn, learner, options);
            var ml = new MLContext(options.Seed);
            foreach (var k in predictFor)
            {
                scores[k] = ClauseSimilarityModel.Score(ml, stage, parts[k].X);
            }
        }

        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] ??= new float[train[k].Labels.Length];
        }

        return scores;
    }

    /// <summary>Rows of a document paired with a copy of itself count less: they are many, and easy.</summary>
    private static float Weight(Example e) => e.Pair.Origin == TrainingOrigin.Self ? SelfPairWeight : 1f;

    private static float[] Predict(ITransformer content, ITransformer[] context, PairData data, int seed)
    {
        var ml = new MLContext(seed);
        var scores = ClauseSimilarityModel.Score(ml, content, data.Content);
        foreach (var stage in context)
        {
            scores = ClauseSimilarityModel.Score(ml, stage, ContextFeatures.Build(data, scores));
        }

        return scores;
    }

    /// <summary>Fits one stage.</summary>
    private static ITransformer Fit(IReadOnlyList<(FeatureMatrix X, bool[] Y, float Weight)> parts, Learner learner, TrainingOptions options)
    {
        var width = parts[0].X.Width;
        var rows = new List<PairRow>(parts.Sum(p => p.X.Rows));
        foreach (var (x, y, weight) in parts)
        {
            for (var r = 0; r < x.Rows; r++)
            {
                rows.Add(new PairRow { Label = y[r], Features = x.RowArray(r), Weight = weight });
            }
        }

        var seed = options.Seed;
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows, PairRow.Schema(width));
        IEstimator<ITransformer> trainer = learner switch
        {
            Learner.FastTree => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = nameof(PairRow.Label),
                FeatureColumnName = nameof(PairRow.Features),
                ExampleWeightColumnName = nameof(PairRow.Weight),
                NumberOfTrees = options.Trees,
                NumberOfLeaves = options.Leaves,
                MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
                LearningRate = options.LearningRate,
                NumberOfThreads = LearnerSettings.Threads,
                Seed = seed,
            }),
            Learner.LightGbm => ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                LabelColumnName = nameof(PairRow.Label),
                FeatureColumnName = nameof(PairRow.Features),
                ExampleWeightColumnName = nameof(PairRow.Weight),
                NumberOfIterations = options.Trees,
                NumberOfLeaves = options.Leaves,
                MinimumExampleCountPerLeaf = options.MinExamplesPerLeaf,
                LearningRate = options.LearningRate,
                NumberOfThreads = LearnerSettings.Threads,
                Seed = seed,
                Deterministic = true,
                ForceRowWise = true,
                Silent = true,
                Verbose = false,
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(learner)),
        };
        return trainer.Fit(data);
    }

    /// <summary>The threshold and fertility penalty with the best micro F1 on the held-out pairs.</summary>
    private static (DecoderOptions Options, LinkCounts Counts) TuneDecoder(List<(Example Example, float[] Scores)> heldOut)
    {
        var best = (Options: DecoderOptions.Default, Counts: Count(heldOut, DecoderOptions.Default));
        for (var t = 0.05; t <= 0.801; t += 0.025)
        {
            for (var penalty = 0.0; penalty <= 0.501; penalty += 0.05)
            {
                foreach (var relative in RelativeScores)
                {
                    var options = DecoderOptions.Default with { Threshold = Math.Round(t, 3), FertilityPenalty = Math.Round(penalty, 2), RelativeScore = relative };
                    var counts = Count(heldOut, options);
                    if (counts.F1 > best.Counts.F1 + 1e-12)
                    {
                        best = (options, counts);
                    }
                }
            }
        }

        return best;
    }

    private static LinkCounts Count(List<(Example Example, float[] Scores)> heldOut, DecoderOptions options)
    {
        var total = LinkCounts.Zero;
        foreach (var (e, scores) in heldOut)
        {
            var kept = LinkDecoder.Decode(e.Data.Candidates, scores, options, e.Data.Context.Left.Count, e.Data.Context.Right.Count);
            var correct = kept.Count(p => e.Labels[e.Data.Candidates.IndexOf(p.Left, p.Right)]);
            total += new LinkCounts(correct, kept.Count, e.GoldCount);
        }

        return total;
    }

    /// <summary>The score bounds of equivalent and related links that give the most gold relations on the held-out pairs.</summary>
    private static (DecoderOptions Options, double Accuracy) TuneRelations(List<(Example Example, float[] Scores)> heldOut, DecoderOptions decoder)
    {
        var decoded = heldOut.Select(h => (h.Example, Kept: LinkDecoder.Decode(h.Example.Data.Candidates, h.Scores, decoder, h.Example.Data.Context.Left.Count, h.Example.Data.Context.Right.Count))).ToArray();
        var best = (Options: decoder, Accuracy: -1.0);
        for (var equivalent = 0.5; equivalent <= 0.951; equivalent += 0.05)
        {
            for (var related = 0.1; related <= equivalent + 1e-9; related += 0.05)
            {
                var options = decoder with { EquivalentScore = Math.Round(equivalent, 2), RelatedScore = Math.Round(related, 2) };
                int right = 0, counted = 0;
                foreach (var (e, kept) in decoded)
                {
                    foreach (var link in LinkBuilder.Build(kept, e.Data.Context.Left, e.Data.Context.Right, options))
                    {
                        var relation = link.Relation.ToContract();
                        foreach (var a in link.Left)
                        {
                            foreach (var b in link.Right)
                            {
                                if (e.Pair.Relations.TryGetValue((a, b), out var gold))
                                {
                                    counted++;
                                    right += gold == relation ? 1 : 0;
                                }
                            }
                        }
                    }
                }

                var accuracy = counted == 0 ? 0 : right / (double)counted;
                if (accuracy > best.Accuracy + 1e-12)
                {
                    best = (options, accuracy);
                }
            }
        }

        return best;
    }
}

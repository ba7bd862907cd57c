using System.Collections.Immutable;
using System.Globalization;
using StdCompare.Alignment.Candidates;
using StdCompare.Alignment.Decoding;
using StdCompare.Alignment.Model;
using StdCompare.Alignment.Training;
using StdCompare.Corpus;
using StdCompare.Testing;

namespace StdCompare.Alignment.Tests;

/// <summary>Training is seeded and reproducible, and never sees a test pair.</summary>
[Collection(CorpusCollection.Name)]
public sealed class TrainingTests(CorpusFixture corpus)
{
    [Fact]
    public void The_same_inputs_and_seed_give_the_same_model()
    {
        var train = corpus.InSplit(GoldSplit.Train).Take(3).ToImmutableArray();
        var options = new TrainingOptions { Learner = Learner.FastTree, Variants = 1, ValidationFolds = 2, StackingFolds = 2, ContextStages = 1, Trees = 10 };
        var a = Train(train, options);
        var b = Train(train, options);
        Assert.Equal(a.Validation.Select(v => v.Links), b.Validation.Select(v => v.Links));
        Assert.Equal(a.Model.Metadata.Decoder, b.Model.Metadata.Decoder);

        using var temp = new TempDirectory();
        a.Model.Save(temp.File("a.zip"));
        b.Model.Save(temp.File("b.zip"));
        Assert.Equal(File.ReadAllBytes(temp.File("a.zip")), File.ReadAllBytes(temp.File("b.zip")));
    }

    [Fact]
    public void Cross_validation_alone_gives_the_figures_training_chooses_by()
    {
        var train = corpus.InSplit(GoldSplit.Train).Take(3).ToImmutableArray();
        var options = new TrainingOptions { Learner = Learner.FastTree, Variants = 1, ValidationFolds = 2, StackingFolds = 2, ContextStages = 1, Trees = 10 };
        var trainer = new ModelTrainer(corpus.Profiler, ClauseAlignerBuilder.BuiltInSources(corpus.Profiler));
        using var errors = new StringWriter();
        using var scores = new StringWriter();
        var validation = Assert.Single(trainer.CrossValidate(new TrainingInput(train, []), options, null, errors, scores));
        var trained = Train(train, options);
        Assert.Equal(trained.Validation.Single().Links, validation.Links);
        Assert.Equal(trained.Validation.Single().Decoder, validation.Decoder);

        // The figures per gold degree split those per language pair: the same pairs and links, grouped further.
        Assert.NotEmpty(validation.Degrees);
        Assert.All(validation.Degrees, d => Assert.Matches("^[a-z]+-[a-z]+ (NEQ|IDT/MOD)$", d.Languages));
        Assert.Equal(validation.Languages.Sum(l => l.Pairs), validation.Degrees.Sum(d => d.Pairs));
        Assert.Equal(validation.Languages.Sum(l => l.Links.Correct), validation.Degrees.Sum(d => d.Links.Correct));
        Assert.Equal(validation.Languages.Sum(l => l.Links.Gold), validation.Degrees.Sum(d => d.Links.Gold));
        var headers = errors.ToString().Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(train.Length, headers.Length);
        Assert.All(train, c => Assert.Contains(headers, h => h.Contains(c.Gold.Id, StringComparison.Ordinal)));

        // The scores file holds every held-out candidate and every gold link once: its gold lines are the gold links counted.
        var rows = scores.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split('\t')).ToArray();
        Assert.All(rows, r => Assert.Equal(12, r.Length));
        Assert.Equal(train.Select(c => c.Gold.Id).Order(StringComparer.Ordinal), rows.Select(r => r[1]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(validation.Links.Gold, rows.Count(r => r[11] == "1"));
        Assert.Equal(rows.Length, rows.Select(r => (r[1], r[6], r[7])).Distinct().Count());
        Assert.All(rows, r => Assert.InRange(double.Parse(r[10], CultureInfo.InvariantCulture), -1, 1));

        // The file is enough to replay the decoder: its candidates and scores, decoded with the tuned settings, find the
        // held-out links the cross-validation counted.
        var correct = 0;
        foreach (var pair in rows.GroupBy(r => r[1], StringComparer.Ordinal))
        {
            var candidates = pair.Where(r => r[10] != "-1").ToArray();
            var gold = candidates.Where(r => r[11] == "1").Select(r => (int.Parse(r[6], CultureInfo.InvariantCulture), int.Parse(r[7], CultureInfo.InvariantCulture))).ToHashSet();
            var (nl, nr) = (int.Parse(candidates[0][4], CultureInfo.InvariantCulture), int.Parse(candidates[0][5], CultureInfo.InvariantCulture));
            var set = new CandidateSet([.. candidates.Select(r => (int.Parse(r[6], CultureInfo.InvariantCulture), int.Parse(r[7], CultureInfo.InvariantCulture)))], nl, nr);
            var replayed = new float[set.Count];
            foreach (var r in candidates)
            {
                replayed[set.IndexOf(int.Parse(r[6], CultureInfo.InvariantCulture), int.Parse(r[7], CultureInfo.InvariantCulture))] = float.Parse(r[10], CultureInfo.InvariantCulture);
            }

            correct += LinkDecoder.Decode(set, replayed, validation.Decoder, nl, nr).Count(p => gold.Contains((p.Left, p.Right)));
        }

        Assert.Equal(validation.Links.Correct, correct);
    }

    [Fact]
    public void Perturbation_keeps_the_gold_links_consistent()
    {
        var c = corpus.InSplit(GoldSplit.Train).First();
        var pairs = TrainingSetBuilder.Build(new TrainingInput([c], []), new TrainingOptions { Variants = 3 });
        Assert.Equal(4, pairs.Count);
        foreach (var p in pairs)
        {
            var left = p.Left.Clauses.Select(x => x.Id).ToHashSet();
            var right = p.Right.Clauses.Select(x => x.Id).ToHashSet();
            Assert.Equal(p.Right.Clauses.Length, right.Count);
            Assert.All(p.Links, l => Assert.True(left.Contains(l.Left) && right.Contains(l.Right), $"{p.Id}: {l}"));
            Assert.NotEmpty(p.Links);
        }
    }

    private TrainingResult Train(ImmutableArray<Evaluation.GoldCase> train, TrainingOptions options)
        => new ModelTrainer(corpus.Profiler, ClauseAlignerBuilder.BuiltInSources(corpus.Profiler)).Train(new TrainingInput(train, []), options);
}

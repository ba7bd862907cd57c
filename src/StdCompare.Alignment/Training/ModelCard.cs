using System.Globalization;
using System.Reflection;
using System.Text;
using StdCompare.Alignment.Evaluation;
using StdCompare.Alignment.Features;

namespace StdCompare.Alignment.Training;

/// <summary>Writes <c>models/README.md</c>: what the model is, its data, features, seed, library versions and figures.</summary>
public static class ModelCard
{
    /// <summary>The card of a trained model, with its figures on the held-out test pairs.</summary>
    public static string Render(TrainingResult result, TrainingOptions options, EvaluationReport test, IReadOnlyList<string> testPairs, string command)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(testPairs);
        var m = result.Model.Metadata;
        var s = result.Statistics;
        var sb = new StringBuilder();
        sb.Append("# Model card: clause-similarity\n\n");
        sb.Append("`clause-similarity.zip` scores whether a clause of one standard corresponds to a clause of another, in any two\n");
        sb.Append("languages of the corpus (zh, en, ru, ko, ja, mn …). `stdcompare compare` and `stdcompare eval` load it;\n");
        sb.Append(CultureInfo.InvariantCulture, $"`{command}` rebuilds it, with this card and `clause-similarity.manifest.json`. See docs/alignment.md.\n\n");

        sb.Append("## Model\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"- {m.ContextStages + 1} stacked ML.NET binary classifiers ({m.Learner}, Platt-calibrated): the **content stage** scores each candidate pair from {PairFeatures.ContentCount} features\n");
        sb.Append(CultureInfo.InvariantCulture, $"  of the two clauses; each of the {m.ContextStages} **context stages** adds {PairFeatures.Context.Length} features of the pair's neighbourhood in the previous stage's scores\n");
        sb.Append(CultureInfo.InvariantCulture, $"  (ranks, margins, parents, children, neighbours, the order-preserving chain), and learned from out-of-fold scores of that stage ({options.StackingFolds} folds by pair group).\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Trees {options.Trees}, leaves {options.Leaves}, least examples per leaf {options.MinExamplesPerLeaf}, learning rate {options.LearningRate.ToString(CultureInfo.InvariantCulture)}, one thread.\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Decoder (tuned with the model on held-out training pairs): threshold {F(m.Decoder.Threshold)}, fertility penalty {F(m.Decoder.FertilityPenalty)} per extra link, at least {F(m.Decoder.RelativeScore)} of the best score of either clause; equivalent from {F(m.Decoder.EquivalentScore)}, related below {F(m.Decoder.RelatedScore)}.\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Candidate sources at training (inference must compose the same): {string.Join(", ", m.CandidateSources)}.\n");
        var lexicon = result.Model.Lexicon;
        sb.Append(CultureInfo.InvariantCulture, $"- Translation lexicon (`lexicon.bin` in the zip), learned from the gold links of the training pairs (never a test pair) and from the terminology base read as parallel terms (Dice of linked clauses or concepts ≥ {F(Lexicon.LexiconLearner.MinDice)} over ≥ {Lexicon.LexiconLearner.MinCount} links or concepts, at most {Lexicon.LexiconLearner.Translations} translations per token); source tokens per direction: {string.Join(", ", lexicon.Directions.Select(d => $"{d} {lexicon.EntryCount(d)}"))}.\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Seed {m.Seed}. Same inputs and seed give the same model and the same figures.\n\n");

        sb.Append("## Data\n\n");
        sb.Append("All corpus texts are sample texts written for StdCompare: their values are illustrative, never a real standard's.\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"- {s.GoldPairs} gold training pairs (corpora/gold/splits.tsv, split `train`): {string.Join(", ", result.TrainPairIds)}.\n");
        sb.Append(CultureInfo.InvariantCulture, $"- {s.PerturbedPairs} perturbed variants of them ({options.Variants} per pair: right side, left side, both): clauses moved within their parent, split, merged, deleted, inserted from another document of the same language, limit values changed, then (usually) renumbered; the gold links follow each edit.\n");
        sb.Append(CultureInfo.InvariantCulture, $"- {s.SelfPairs} documents aligned with a perturbed copy of themselves (weight {ModelTrainer.SelfPairWeight.ToString(CultureInfo.InvariantCulture)}); no document of a test pair is among them.\n");
        sb.Append(CultureInfo.InvariantCulture, $"- {s.Rows} candidate pairs (rows), {s.Positives} of them links. The candidate sources find {s.CandidateRecall:P2} of the gold links of the gold training pairs.\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Never used for training, learner choice or tuning: the {testPairs.Count} test pairs {string.Join(", ", testPairs)}.\n\n");

        sb.Append("## Choice of learner (held-out training pairs)\n\n");
        if (result.Validation.Length == 1)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{result.Validation[0].Learner} (named with `--learner`) was trained {options.ValidationFolds} times, each time holding out a fold of the training pair groups, and decoded with settings tuned on the held-out scores; the other learner was not measured in this training.\n\n");
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"Both learners were trained {options.ValidationFolds} times, each time holding out a fold of the training pair groups, and decoded with settings tuned on the held-out scores. The better micro F1 was kept.\n\n");
        }

        sb.Append("| learner | P | R | F1 | relation accuracy | chosen |\n|---|---:|---:|---:|---:|---|\n");
        foreach (var v in result.Validation)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {v.Learner} | {v.Links.Precision:F4} | {v.Links.Recall:F4} | {v.Links.F1:F4} | {v.RelationAccuracy:F3} | {(v.Learner == m.Learner ? "yes" : "")} |\n");
        }

        foreach (var v in result.Validation)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{v.Learner}, per language pair (held-out training pairs):\n\n| languages | pairs | P | R | F1 |\n|---|---:|---:|---:|---:|\n");
            foreach (var l in v.Languages)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| {l.Languages} | {l.Pairs} | {l.Links.Precision:F4} | {l.Links.Recall:F4} | {l.Links.F1:F4} |\n");
            }

            sb.Append(CultureInfo.InvariantCulture, $"\n{v.Learner}, per language pair and gold degree of correspondence (adoptions IDT/MOD against NEQ standards, which correspond only loosely):\n\n| languages, degree | pairs | P | R | F1 |\n|---|---:|---:|---:|---:|\n");
            foreach (var l in v.Degrees)
            {
                sb.Append(CultureInfo.InvariantCulture, $"| {l.Languages} | {l.Pairs} | {l.Links.Precision:F4} | {l.Links.Recall:F4} | {l.Links.F1:F4} |\n");
            }
        }

        sb.Append("\n## Figures on the test pairs\n\n");
        sb.Append("Link precision, recall and F1 over pairs of clause ids (`stdcompare eval --pairs test`):\n\n");
        sb.Append(EvaluationTable.Markdown(test)).Append('\n').Append(EvaluationTable.PairsMarkdown(test, withTimes: false));
        sb.Append(CultureInfo.InvariantCulture, $"\nRelation accuracy on correctly found pairs {test.RelationAccuracy:F3}; degree right for {test.Pairs.Count(p => p.Degree == p.GoldDegree)} of {test.Pairs.Length} pairs.\n\n");

        sb.Append("## Features\n\n");
        sb.Append("| # | name | group | definition | why |\n|---:|---|---|---|---|\n");
        var n = 0;
        foreach (var f in PairFeatures.Content.Concat(PairFeatures.Context))
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {n++} | `{f.Name}` | {f.Group} | {f.Definition.Replace("|", "\\|", StringComparison.Ordinal)} | {f.Why.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        sb.Append("\n## Versions\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"- ML.NET {Version("Microsoft.ML.Core", m.MlNetVersion)}, Microsoft.ML.FastTree {Version("Microsoft.ML.FastTree", "")}, Microsoft.ML.LightGbm {Version("Microsoft.ML.LightGbm", "")}\n");
        sb.Append(CultureInfo.InvariantCulture, $"- .NET {Environment.Version}\n");
        sb.Append(CultureInfo.InvariantCulture, $"- Training took {result.Seconds:F0} s on {Environment.ProcessorCount} cores.\n\n");

        sb.Append("## Limits\n\n");
        var languagePairs = result.Validation.IsDefaultOrEmpty ? 0 : result.Validation[0].Languages.Length;
        sb.Append(CultureInfo.InvariantCulture, $"- Trained on {s.GoldPairs} sample pairs of a few dozen clauses each, in {languagePairs} language pairs, all with Chinese or Russian on one side;\n");
        sb.Append("  other language pairs rely on numbers, designations, Latin tokens, terminology concepts and structure only.\n");
        sb.Append("- Cross-language evidence is limited to the terminology base (corpora/terminology), CC-CEDICT (zh–en) and the\n");
        sb.Append("  lexicon learned from the training pairs and the terms (their vocabulary only): clauses whose subject\n");
        sb.Append("  is outside all three are linked on structure and order.\n");
        sb.Append("- Two referenced designations of different bodies count as one only when corpora/correspondences, the catalogue's\n");
        sb.Append("  adoptions or one of the two documents (in its references or foreword) declare that they correspond; other\n");
        sb.Append("  national and international references to the same subject do not match.\n");
        sb.Append("- Relations (`equivalent`, `modified`, `related`) come from scores and requirement values, not from a trained classifier.\n");
        return sb.ToString();
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Version(string assembly, string fallback)
    {
        try
        {
            var a = Assembly.Load(assembly);
            return a.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? a.GetName().Version?.ToString() ?? fallback;
        }
        catch (FileNotFoundException)
        {
            return fallback;
        }
    }
}

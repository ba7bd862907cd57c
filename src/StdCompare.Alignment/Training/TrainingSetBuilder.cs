using StdCompare.Alignment.Evaluation;
using StdCompare.Documents;

namespace StdCompare.Alignment.Training;

/// <summary>
/// The training pairs: each gold training pair as written, perturbed variants of it (right side, left side,
/// both), and documents against perturbed copies of themselves. Only documents the caller passes are used:
/// never a document of a test pair.
/// </summary>
internal static class TrainingSetBuilder
{
    /// <summary>Builds the pairs, seeded.</summary>
    public static List<TrainingPair> Build(TrainingInput input, TrainingOptions options)
    {
        var pairs = new List<TrainingPair>();
        var foreign = ForeignPool(input);
        var groupOfDocument = new Dictionary<string, string>(StringComparer.Ordinal);
        var ordered = input.TrainPairs.OrderBy(c => c.Gold.Id, StringComparer.Ordinal).ToArray();
        for (var p = 0; p < ordered.Length; p++)
        {
            var c = ordered[p];
            var group = c.Gold.Id;
            groupOfDocument.TryAdd(c.Left.Id, group);
            groupOfDocument.TryAdd(c.Right.Id, group);
            var links = c.Gold.ClausePairs();
            var relations = new Dictionary<(string, string), string>();
            foreach (var link in c.Gold.Links)
            {
                foreach (var a in link.Left)
                {
                    foreach (var b in link.Right)
                    {
                        relations[(a, b)] = link.Relation;
                    }
                }
            }

            pairs.Add(new TrainingPair(c.Gold.Id, group, TrainingOrigin.Gold, c.Left, c.Right, links, relations) { Degree = c.Gold.Degree });
            for (var v = 0; v < options.Variants; v++)
            {
                var rng = new Random(options.Seed + (1000 * (p + 1)) + v);
                var left = c.Left;
                var right = c.Right;
                IEnumerable<(string, string)> mapped = links;
                if (v % 3 != 1)
                {
                    var perturbed = Perturber.Perturb(right, rng, Pool(foreign, right));
                    right = perturbed.Document;
                    mapped = MapRight(mapped, perturbed);
                }

                if (v % 3 != 0)
                {
                    var perturbed = Perturber.Perturb(left, rng, Pool(foreign, left));
                    left = perturbed.Document;
                    mapped = MapLeft(mapped, perturbed);
                }

                pairs.Add(new TrainingPair($"{c.Gold.Id}~{v + 1}", group, TrainingOrigin.Perturbed, left, right, mapped.ToHashSet(), new Dictionary<(string, string), string>()));
            }
        }

        var selfDocuments = input.SelfPairDocuments.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        for (var s = 0; s < selfDocuments.Length; s++)
        {
            var document = selfDocuments[s];
            if (document.Clauses.IsEmpty)
            {
                continue;
            }

            var rng = new Random(options.Seed + 500_000 + s);
            var perturbed = Perturber.Perturb(document, rng, Pool(foreign, document));
            var links = perturbed.Origins.SelectMany(kv => kv.Value.Select(o => (o, kv.Key))).ToHashSet();
            var group = groupOfDocument.GetValueOrDefault(document.Id, "self:" + document.Id);
            pairs.Add(new TrainingPair($"self:{document.Id}", group, TrainingOrigin.Self, document, perturbed.Document, links, new Dictionary<(string, string), string>()));
        }

        return pairs;
    }

    private static IEnumerable<(string, string)> MapRight(IEnumerable<(string L, string R)> links, Perturbed perturbed)
    {
        var back = Inverse(perturbed);
        return links.SelectMany(l => back.TryGetValue(l.R, out var now) ? now.Select(r => (l.L, r)) : []);
    }

    private static IEnumerable<(string, string)> MapLeft(IEnumerable<(string L, string R)> links, Perturbed perturbed)
    {
        var back = Inverse(perturbed);
        return links.SelectMany(l => back.TryGetValue(l.L, out var now) ? now.Select(x => (x, l.R)) : []);
    }

    /// <summary>Original id → the ids of the copy's clauses that came from it.</summary>
    private static Dictionary<string, List<string>> Inverse(Perturbed perturbed)
    {
        var back = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (id, origins) in perturbed.Origins.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            foreach (var o in origins)
            {
                if (!back.TryGetValue(o, out var list))
                {
                    back[o] = list = [];
                }

                list.Add(id);
            }
        }

        return back;
    }

    /// <summary>Leaf clauses with text, by language, with the document they come from.</summary>
    private static Dictionary<string, List<(string Document, Clause Clause)>> ForeignPool(TrainingInput input)
    {
        var documents = input.TrainPairs.SelectMany(c => new[] { c.Left, c.Right }).Concat(input.SelfPairDocuments)
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal);
        var pool = new Dictionary<string, List<(string, Clause)>>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            var ids = d.Clauses.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var c in d.Clauses)
            {
                if (c.Text.Length >= 20 && !ids.Any(id => id.StartsWith(c.Id + ".", StringComparison.Ordinal)))
                {
                    if (!pool.TryGetValue(d.Metadata.Language, out var list))
                    {
                        pool[d.Metadata.Language] = list = [];
                    }

                    list.Add((d.Id, c));
                }
            }
        }

        return pool;
    }

    private static List<Clause> Pool(Dictionary<string, List<(string Document, Clause Clause)>> pool, StandardDocument document)
        => pool.TryGetValue(document.Metadata.Language, out var list)
            ? [.. list.Where(x => !string.Equals(x.Document, document.Id, StringComparison.Ordinal)).Select(x => x.Clause)]
            : [];
}

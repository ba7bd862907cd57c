using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StdCompare.Alignment.Text;
using StdCompare.Documents;
using StdCompare.Requirements;

namespace StdCompare.Alignment.Training;

/// <summary>A perturbed copy of a document and, for each of its clause ids, the ids of the original clauses it came from.</summary>
/// <param name="Document">The copy.</param>
/// <param name="Origins">New clause id → original clause ids (empty for an inserted clause).</param>
internal sealed record Perturbed(StandardDocument Document, IReadOnlyDictionary<string, ImmutableArray<string>> Origins);

/// <summary>
/// Makes training pairs with known alignments out of a document: clauses moved within their parent, split,
/// merged, deleted, inserted from another document, limit values changed, then renumbered. Seeded.
/// </summary>
internal static partial class Perturber
{
    [GeneratedRegex(@"(?<![A-Za-z\u00C0-\u024F\u0400-\u052F\d.,])\d+(?:[.,]\d+)?", RegexOptions.CultureInvariant, 500)]
    private static partial Regex NumberPattern();

    private static readonly double[] Factors = [0.5, 2, 1.5, 0.8, 0.1, 10];

    /// <summary>Perturbs <paramref name="document"/>; <paramref name="foreign"/> supplies inserted clauses (same language preferred).</summary>
    public static Perturbed Perturb(StandardDocument document, Random rng, IReadOnlyList<Clause> foreign)
    {
        var language = document.Metadata.Language;
        var roots = Tree(document.Clauses);
        var renumber = rng.NextDouble() < PerturbationSettings.Renumber && !document.Clauses.Any(c => c.Id.StartsWith('p'));
        Edit(roots, rng, foreign, language, renumber, isRoot: true);
        var clauses = new List<Clause>();
        var origins = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        Flatten(roots, renumber, clauses, origins);
        return new Perturbed(document with { Clauses = [.. clauses] }, origins);
    }

    private sealed class Node(Clause clause, ImmutableArray<string> origins)
    {
        public Clause Clause { get; set; } = clause;

        public List<Node> Children { get; } = [];

        public ImmutableArray<string> Origins { get; set; } = origins;

        public bool IsFrontMatter => Clause.Id is Clause.ForewordId or Clause.IntroductionId;
    }

    private static List<Node> Tree(ImmutableArray<Clause> clauses)
    {
        var roots = new List<Node>();
        var byId = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var c in clauses)
        {
            var node = new Node(c, [c.Id]);
            Node? parent = null;
            for (var dot = c.Id.LastIndexOf('.'); dot > 0 && parent is null; dot = c.Id.LastIndexOf('.', dot - 1))
            {
                byId.TryGetValue(c.Id[..dot], out parent);
            }

            (parent?.Children ?? roots).Add(node);
            byId.TryAdd(c.Id, node);
        }

        return roots;
    }

    private static void Edit(List<Node> siblings, Random rng, IReadOnlyList<Clause> foreign, string language, bool renumber, bool isRoot)
    {
        foreach (var child in siblings.ToArray())
        {
            Edit(child.Children, rng, foreign, language, renumber, isRoot: false);
        }

        // Values.
        foreach (var node in siblings)
        {
            if (rng.NextDouble() < PerturbationSettings.ChangeValues && node.Clause.FullText.Any(char.IsDigit))
            {
                node.Clause = ChangeValues(node.Clause, rng, language);
            }
        }

        // Deletions and merges of leaves.
        for (var k = siblings.Count - 1; k >= 0; k--)
        {
            var node = siblings[k];
            if (node.IsFrontMatter || node.Children.Count > 0)
            {
                continue;
            }

            var roll = rng.NextDouble();
            if (roll < PerturbationSettings.Delete && siblings.Count > 1)
            {
                siblings.RemoveAt(k);
            }
            else if (roll < PerturbationSettings.Delete + PerturbationSettings.Merge && k + 1 < siblings.Count && siblings[k + 1].Children.Count == 0 && !siblings[k + 1].IsFrontMatter)
            {
                var next = siblings[k + 1];
                node.Clause = Merge(node.Clause, next.Clause, language);
                node.Origins = [.. node.Origins, .. next.Origins];
                siblings.RemoveAt(k + 1);
            }
            else if (renumber && roll < PerturbationSettings.Delete + PerturbationSettings.Merge + PerturbationSettings.Split && Split(node.Clause, language) is { } halves)
            {
                node.Clause = halves.First;
                siblings.Insert(k + 1, new Node(halves.Second, node.Origins));
            }
        }

        // A national clause from another document.
        if (renumber && foreign.Count > 0 && rng.NextDouble() < PerturbationSettings.Insert)
        {
            var first = isRoot ? siblings.FindIndex(n => !n.IsFrontMatter) : 0;
            if (first >= 0)
            {
                var donor = foreign[rng.Next(foreign.Count)];
                var at = first + rng.Next(siblings.Count - first + 1);
                siblings.Insert(at, new Node(donor with { Id = "x", Level = 1 }, []));
            }
        }

        // A move within the parent.
        var movable = siblings.Where(n => !n.IsFrontMatter).ToList();
        if (movable.Count >= 2 && rng.NextDouble() < PerturbationSettings.Reorder)
        {
            var from = rng.Next(movable.Count);
            var node = movable[from];
            movable.RemoveAt(from);
            movable.Insert(rng.Next(movable.Count + 1), node);
            var front = siblings.Where(n => n.IsFrontMatter).ToList();
            siblings.Clear();
            siblings.AddRange(front);
            siblings.AddRange(movable);
        }
    }

    private static void Flatten(List<Node> roots, bool renumber, List<Clause> output, Dictionary<string, ImmutableArray<string>> origins)
    {
        var body = 0;
        var annex = 0;
        var firstBody = roots.Select(n => Profiles.ClauseNumber.Parse(n.Clause.Id)).FirstOrDefault(n => !n.IsAnnex && !n.IsFrontMatter && !n.IsParagraph && n.Segments.Length > 0)?.Segments[0] ?? 1;
        foreach (var node in roots)
        {
            string id;
            if (!renumber || node.IsFrontMatter)
            {
                id = node.Clause.Id;
            }
            else if (Profiles.ClauseNumber.Parse(node.Clause.Id) is { IsAnnex: true } && node.Origins.Length > 0)
            {
                id = ((char)('A' + annex++)).ToString();
            }
            else
            {
                id = (firstBody + body++).ToString(CultureInfo.InvariantCulture);
            }

            Add(node, id, 1, renumber, output, origins);
        }
    }

    private static void Add(Node node, string id, int level, bool renumber, List<Clause> output, Dictionary<string, ImmutableArray<string>> origins)
    {
        if (!origins.TryAdd(id, node.Origins))
        {
            return;
        }

        output.Add(node.Clause with { Id = id, Level = level });
        for (var k = 0; k < node.Children.Count; k++)
        {
            var child = node.Children[k];
            var childId = renumber ? id + "." + (k + 1).ToString(CultureInfo.InvariantCulture) : child.Clause.Id;
            Add(child, childId, level + 1, renumber, output, origins);
        }
    }

    private static Clause Merge(Clause a, Clause b, string language)
    {
        var text = string.Join("\n", new[] { a.Text, b.Heading, b.Text }.Where(s => s.Length > 0));
        var merged = a with { Text = text, Tables = [.. a.Tables, .. b.Tables] };
        return merged with { Requirements = Requirements(merged, language) };
    }

    private static (Clause First, Clause Second)? Split(Clause clause, string language)
    {
        var text = clause.Text;
        if (text.Length < PerturbationSettings.MinSplitLength)
        {
            return null;
        }

        // The sentence or line end nearest the middle.
        var middle = text.Length / 2;
        var cut = -1;
        for (var d = 0; d < middle && cut < 0; d++)
        {
            foreach (var at in new[] { middle + d, middle - d })
            {
                if (at > 0 && at < text.Length - 1 && text[at] is '。' or '\n' or '；' or ';' || (at > 0 && at < text.Length - 1 && text[at] == '.' && text[at + 1] == ' '))
                {
                    cut = at + 1;
                    break;
                }
            }
        }

        if (cut <= 0 || cut >= text.Length)
        {
            return null;
        }

        var first = clause with { Text = text[..cut].Trim(), Tables = [] };
        var second = clause with { Heading = "", Text = text[cut..].Trim() };
        return (first with { Requirements = Requirements(first, language) }, second with { Requirements = Requirements(second, language) });
    }

    private static Clause ChangeValues(Clause clause, Random rng, string language)
    {
        var factor = Factors[rng.Next(Factors.Length)];
        var changed = clause with
        {
            Text = Scale(clause.Text, factor, rng),
            Tables = [.. clause.Tables.Select(t => t with { Rows = [.. t.Rows.Select((row, r) => r == 0 ? row : [.. row.Select((cell, c) => c == 0 ? cell : Scale(cell, factor, rng))])] })],
        };
        return changed with { Requirements = Requirements(changed, language) };
    }

    /// <summary>Scales about half of the numbers of a text that are not part of a designation.</summary>
    private static string Scale(string text, double factor, Random rng)
    {
        if (!text.Any(char.IsDigit))
        {
            return text;
        }

        var (_, remainder) = DesignationReader.Read(text);
        var sb = new StringBuilder(text.Length + 8);
        var last = 0;
        foreach (Match m in NumberPattern().Matches(remainder))
        {
            if (rng.NextDouble() < 0.5)
            {
                continue;
            }

            var comma = m.Value.Contains(',', StringComparison.Ordinal);
            var written = m.Value.Replace(',', '.');
            if (!double.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value == 0)
            {
                continue;
            }

            var decimals = written.Contains('.', StringComparison.Ordinal) ? written.Length - written.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            var scaled = Math.Round(value * factor, Math.Min(6, decimals + 2)).ToString("0.######", CultureInfo.InvariantCulture);
            if (comma)
            {
                scaled = scaled.Replace('.', ',');
            }

            sb.Append(text, last, m.Index - last).Append(scaled);
            last = m.Index + m.Length;
        }

        sb.Append(text, last, text.Length - last);
        return sb.ToString();
    }

    private static ImmutableArray<Requirement> Requirements(Clause clause, string language)
    {
        var scanned = clause.Heading.Length > 0 ? clause.Heading + "\n" + clause.Text : clause.Text;
        var result = ImmutableArray.CreateBuilder<Requirement>();
        result.AddRange(RequirementParser.Parse(scanned, language, clause.Location));
        foreach (var table in clause.Tables)
        {
            result.AddRange(TableRequirementReader.Read(table, language));
        }

        return result.ToImmutable();
    }
}

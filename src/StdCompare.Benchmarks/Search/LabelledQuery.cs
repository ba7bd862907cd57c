using System.Collections.Immutable;

namespace StdCompare.Benchmarks.Search;

/// <summary>A query of <c>corpora/search-eval/queries.tsv</c> with its graded clauses (<c>DESIGNATION#CLAUSE</c> → grade).</summary>
public sealed record LabelledQuery(string Id, string Language, string Text, ImmutableDictionary<string, int> Grades)
{
    /// <summary>Reads the labelled query file (see corpora/search-eval/README.md).</summary>
    public static List<LabelledQuery> Read(string path)
    {
        var result = new List<LabelledQuery>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("id\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = line.Split('\t');
            var grades = f[3].Split(" | ", StringSplitOptions.RemoveEmptyEntries)
                .Select(j => j.Split('='))
                .ToImmutableDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal);
            result.Add(new LabelledQuery(f[0], f[1], f[2], grades));
        }

        return result;
    }

    /// <summary>The key of a clause in <see cref="Grades"/>.</summary>
    public static string Key(string standard, string? clause) => standard + "#" + clause;
}

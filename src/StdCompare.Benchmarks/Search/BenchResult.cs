using System.Collections.Immutable;
using System.Text.Json;

namespace StdCompare.Benchmarks.Search;

/// <summary>One measured figure set, appended as a JSON line to the results file.</summary>
public sealed record BenchResult
{
    /// <summary>lucene-build, lucene-query, sqlite-build, sqlite-query, quality.</summary>
    public required string Phase { get; init; }

    /// <summary>The figures.</summary>
    public ImmutableSortedDictionary<string, double> Figures { get; init; } = ImmutableSortedDictionary<string, double>.Empty;

    /// <summary>When it was measured (UTC).</summary>
    public string Measured { get; init; } = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Appends to <paramref name="path"/> and prints.</summary>
    public void Save(string? path)
    {
        var line = JsonSerializer.Serialize(this, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Console.WriteLine(line);
        if (path is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            File.AppendAllText(path, line + "\n");
        }
    }

    /// <summary>Reads a results file.</summary>
    public static List<BenchResult> ReadAll(string path)
        => [.. File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<BenchResult>(l, new JsonSerializerOptions(JsonSerializerDefaults.Web))!)];
}

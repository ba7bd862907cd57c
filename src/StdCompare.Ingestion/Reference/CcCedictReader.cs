using System.IO.Compression;
using StdCompare.Terminology;

namespace StdCompare.Ingestion.Reference;

/// <summary>Reads CC-CEDICT (<c>traditional simplified [pin yin] /gloss/gloss/</c>, optionally gzipped).</summary>
public static class CcCedictReader
{
    /// <summary>Longest gloss kept, in characters; longer glosses are explanations, not translations.</summary>
    public const int MaxGlossLength = 40;

    /// <summary>Reads the dictionary from a file.</summary>
    public static ChineseEnglishDictionary Read(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream);
        return new ChineseEnglishDictionary(Entries(reader).ToList());
    }

    private static IEnumerable<(string, IReadOnlyList<string>)> Entries(TextReader reader)
    {
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var s1 = line.IndexOf(' ', StringComparison.Ordinal);
            var s2 = s1 < 0 ? -1 : line.IndexOf(' ', s1 + 1);
            var slash = line.IndexOf('/', StringComparison.Ordinal);
            if (s2 < 0 || slash < 0)
            {
                continue;
            }

            var simplified = line[(s1 + 1)..s2];
            var glosses = line[(slash + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries)
                .Select(Clean)
                .Where(g => g.Length is > 0 and <= MaxGlossLength && !g.StartsWith("variant of", StringComparison.Ordinal)
                    && !g.StartsWith("see ", StringComparison.Ordinal) && !g.StartsWith("CL:", StringComparison.Ordinal))
                .ToList();
            if (glosses.Count > 0)
            {
                yield return (simplified, glosses);
            }
        }
    }

    /// <summary>Drops parenthesised remarks: "lead (chemistry)" → "lead".</summary>
    private static string Clean(string gloss)
    {
        var g = gloss.Trim();
        var open = g.IndexOf('(', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = g.IndexOf(')', open);
            if (close < 0)
            {
                break;
            }

            g = (g[..open] + g[(close + 1)..]).Trim();
            open = g.IndexOf('(', StringComparison.Ordinal);
        }

        return g.Replace("  ", " ", StringComparison.Ordinal).Trim();
    }
}

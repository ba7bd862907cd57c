using System.Collections.Immutable;
using System.Text.Json;
using StdCompare.Corpus;
using StdCompare.Diagnostics;

namespace StdCompare.Ingestion.Corpus;

/// <summary>Reads gold pairs (<c>gold/pairs/*.json</c>) and their split (<c>gold/splits.tsv</c>).</summary>
public static class GoldPairReader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads every pair file in ordinal order.</summary>
    public static ImmutableArray<GoldPair> ReadAll(CorpusLayout layout, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!Directory.Exists(layout.GoldPairs))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<GoldPair>();
        foreach (var file in Directory.EnumerateFiles(layout.GoldPairs, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            try
            {
                var pair = JsonSerializer.Deserialize<GoldPair>(File.ReadAllText(file), Json);
                if (pair is null)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, "is empty", layout.Relative(file)));
                    continue;
                }

                result.Add(pair);
            }
            catch (JsonException e)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, $"is not a valid gold pair: {e.Message}", layout.Relative(file), new SourceLocation((int)(e.LineNumber ?? 0) + 1)));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Reads <c>gold/splits.tsv</c>: <c>pair&lt;TAB&gt;train|test</c> per line, <c>#</c> comments.</summary>
    public static ImmutableSortedDictionary<string, GoldSplit> ReadSplits(CorpusLayout layout, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = ImmutableSortedDictionary.CreateBuilder<string, GoldSplit>(StringComparer.Ordinal);
        if (!File.Exists(layout.Splits))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileNotFound, "the split file is missing", layout.Relative(layout.Splits)));
            return result.ToImmutable();
        }

        var n = 0;
        foreach (var line in File.ReadLines(layout.Splits))
        {
            n++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#') || text.StartsWith("pair\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = text.Split('\t');
            if (f.Length < 2 || !Enum.TryParse<GoldSplit>(f[1].Trim(), ignoreCase: true, out var split))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, "is not 'pair<TAB>train|test'", layout.Relative(layout.Splits), new SourceLocation(n)));
                continue;
            }

            if (!result.TryAdd(f[0].Trim(), split))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, $"pair '{f[0].Trim()}' is listed twice", layout.Relative(layout.Splits), new SourceLocation(n)));
            }
        }

        return result.ToImmutable();
    }
}

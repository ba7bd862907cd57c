using System.Collections.Immutable;
using StdCompare.Diagnostics;
using StdCompare.Terminology;

namespace StdCompare.Ingestion.Reference;

/// <summary>
/// Reads the terminology base: TSV files with the columns
/// <c>concept domain en zh ru ko ja mn note</c> (see corpora/terminology/README.md); synonyms are separated by <c>|</c>.
/// </summary>
public static class TerminologyReader
{
    /// <summary>The language columns, in file order.</summary>
    public static readonly ImmutableArray<string> Languages = ["en", "zh", "ru", "ko", "ja", "mn"];

    /// <summary>The header every file starts with.</summary>
    public const string Header = "concept\tdomain\ten\tzh\tru\tko\tja\tmn\tnote";

    /// <summary>Reads every <c>*.tsv</c> in <paramref name="folder"/>; problems go to <paramref name="diagnostics"/>.</summary>
    public static TerminologyBase ReadFolder(string folder, List<Diagnostic> diagnostics, Func<string, string>? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (!Directory.Exists(folder))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileNotFound, "the terminology folder does not exist", folder));
            return TerminologyBase.Empty;
        }

        var concepts = new Dictionary<string, TermConcept>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.tsv").OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = displayName?.Invoke(file) ?? file;
            var lineNo = 0;
            foreach (var line in File.ReadLines(file))
            {
                lineNo++;
                if (lineNo == 1)
                {
                    if (!string.Equals(line.TrimEnd('\r'), Header, StringComparison.Ordinal))
                    {
                        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, $"the header is not '{Header.Replace('\t', ' ')}'", name, new SourceLocation(1)));
                    }

                    continue;
                }

                if (line.Trim().Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var f = line.TrimEnd('\r').Split('\t');
                if (f.Length != 9)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, $"has {f.Length} fields, not 9", name, new SourceLocation(lineNo)));
                    continue;
                }

                var id = f[0].Trim();
                if (id.Length == 0)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, "has no concept id", name, new SourceLocation(lineNo)));
                    continue;
                }

                var terms = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
                for (var i = 0; i < Languages.Length; i++)
                {
                    var list = f[2 + i].Split('|').Select(t => t.Trim()).Where(t => t.Length > 0).ToImmutableArray();
                    if (list.Length > 0)
                    {
                        terms[Languages[i]] = list;
                    }
                }

                if (terms.Count == 0)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, $"concept '{id}' has no term", name, new SourceLocation(lineNo)));
                    continue;
                }

                if (concepts.ContainsKey(id))
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, $"concept id '{id}' is defined twice", name, new SourceLocation(lineNo)));
                    continue;
                }

                concepts[id] = new TermConcept(id, f[1].Trim(), terms.ToImmutable(), f[8].Trim());
            }
        }

        return new TerminologyBase(concepts.Values);
    }
}

using StdCompare.Designations;
using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Ingestion.Corpus;

namespace StdCompare.Ingestion.Reference;

/// <summary>
/// Reads which standards correspond (see corpora/correspondences/README.md): the table
/// <c>correspondences.tsv</c> (columns <c>left right relation basis</c>) and the adoptions the catalogue declares.
/// </summary>
public static class CorrespondenceReader
{
    /// <summary>The header the table starts with.</summary>
    public const string Header = "left\tright\trelation\tbasis";

    /// <summary>The table of <paramref name="layout"/> (when there is one) and the adoptions of its catalogue; problems go to <paramref name="diagnostics"/>.</summary>
    public static DesignationCorrespondences ReadCorpus(CorpusLayout layout, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var catalogue = File.Exists(layout.Catalogue) ? JsonLinesReader.ReadCatalogue(layout, diagnostics) : [];
        return ReadCorpus(layout, catalogue, diagnostics);
    }

    /// <summary>The table of <paramref name="layout"/> (when there is one) and the adoptions <paramref name="catalogue"/> declares.</summary>
    public static DesignationCorrespondences ReadCorpus(CorpusLayout layout, IEnumerable<StandardMetadata> catalogue, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(catalogue);
        var found = File.Exists(layout.Correspondences) ? Read(layout.Correspondences, diagnostics, layout.Relative(layout.Correspondences)) : [];
        foreach (var entry in catalogue)
        {
            if (entry.Adopts is { } a && StandardId.TryParse(entry.Id, out var own) && StandardId.TryParse(a.Id, out var adopted) && !own.SameStandardAs(adopted))
            {
                found.Add(new DesignationCorrespondence(own.Key, adopted.Key, a.Degree.ToString(), "catalogue: " + entry.Id));
            }
        }

        return new DesignationCorrespondences(found);
    }

    /// <summary>The correspondences of one table; a line that cannot be read is reported and skipped.</summary>
    public static List<DesignationCorrespondence> Read(string path, List<Diagnostic> diagnostics, string? displayName = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var name = displayName ?? path;
        var found = new List<DesignationCorrespondence>();
        var lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (string.Equals(line, Header, StringComparison.Ordinal))
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length != 4)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, $"has {f.Length} fields, not 4 ({Header.Replace('\t', ' ')})", name, new SourceLocation(lineNo)));
                continue;
            }

            if (!StandardId.TryParse(f[0].Trim(), out var left) || !StandardId.TryParse(f[1].Trim(), out var right))
            {
                var bad = StandardId.TryParse(f[0].Trim(), out _) ? f[1] : f[0];
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, $"'{bad.Trim()}' is not a standard designation", name, new SourceLocation(lineNo)));
                continue;
            }

            var relation = f[2].Trim();
            if (!DesignationCorrespondence.Relations.Contains(relation, StringComparer.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, $"relation '{relation}' is not one of {string.Join(", ", DesignationCorrespondence.Relations)}", name, new SourceLocation(lineNo)));
                continue;
            }

            if (f[3].Trim().Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, "gives no basis for the correspondence", name, new SourceLocation(lineNo)));
                continue;
            }

            if (left.SameStandardAs(right))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, $"pairs '{left.Key}' with itself", name, new SourceLocation(lineNo)));
                continue;
            }

            found.Add(new DesignationCorrespondence(left.Key, right.Key, relation, $"{name}:{lineNo}"));
        }

        return found;
    }
}

using System.Collections.Immutable;
using StdCompare.Diagnostics;
using StdCompare.Documents;

namespace StdCompare.Ingestion.Corpus;

/// <summary>The documents of a corpus, read in a stable order, and the files that failed.</summary>
public sealed record CorpusDocuments(ImmutableArray<StandardDocument> Documents, ImmutableArray<Diagnostic> Failures, ImmutableArray<Diagnostic> Warnings)
{
    /// <summary>Document by designation.</summary>
    public StandardDocument? Find(string id) => Documents.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));
}

/// <summary>Reads the parts of a corpus.</summary>
public static class CorpusLoader
{
    /// <summary>Reads every supported file under documents/, in ordinal path order, in parallel.</summary>
    public static CorpusDocuments LoadDocuments(string root)
    {
        var layout = new CorpusLayout(root);
        if (!Directory.Exists(layout.Documents))
        {
            return new CorpusDocuments([], [Diagnostic.Error(DiagnosticCodes.FileNotFound, "the corpus has no documents folder", layout.Documents)], []);
        }

        var files = Directory.EnumerateFiles(layout.Documents, "*", SearchOption.AllDirectories)
            .Where(DocumentReader.IsSupported)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !string.Equals(Path.GetFileName(f), "README.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        var results = new ReadResult[files.Length];
        Parallel.For(0, files.Length, i => results[i] = DocumentReader.Read(files[i], layout.Relative(files[i])));
        var documents = results.Where(r => r.Document is not null).Select(r => r.Document!).ToImmutableArray();
        var failures = results.SelectMany(r => r.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)).ToImmutableArray();
        var warnings = results.SelectMany(r => r.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning)).ToImmutableArray();
        return new CorpusDocuments(documents, failures, warnings);
    }
}

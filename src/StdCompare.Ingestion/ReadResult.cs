using System.Collections.Immutable;
using StdCompare.Diagnostics;
using StdCompare.Documents;

namespace StdCompare.Ingestion;

/// <summary>What reading one file gave: a document (null when it could not be read) and the diagnostics.</summary>
public sealed record ReadResult(string Path, StandardDocument? Document, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>True when a document was read.</summary>
    public bool Succeeded => Document is not null;

    /// <summary>The first error, for a one-line message.</summary>
    public Diagnostic? FirstError => Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);

    internal static ReadResult Failed(string path, string code, string message)
        => new(path, null, [Diagnostic.Error(code, message, path)]);
}

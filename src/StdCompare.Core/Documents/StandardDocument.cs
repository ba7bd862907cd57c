using System.Collections.Immutable;
using StdCompare.Designations;
using StdCompare.Diagnostics;

namespace StdCompare.Documents;

/// <summary>A standard read from a file: metadata, clauses in document order, and what went wrong.</summary>
public sealed record StandardDocument
{
    /// <summary>Metadata from front matter, cover lines or the catalogue.</summary>
    public required StandardMetadata Metadata { get; init; }

    /// <summary>Clauses in document order.</summary>
    public ImmutableArray<Clause> Clauses { get; init; } = [];

    /// <summary>Problems found while reading.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The file it was read from, as the user named it, or empty.</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>The input format: text, markdown, html or pdf.</summary>
    public string Format { get; init; } = "";

    /// <summary>The designation as printed.</summary>
    public string Id => Metadata.Id;

    /// <summary>The parsed designation, or null when the id is not a known designation.</summary>
    public StandardId? StandardId => Designations.StandardId.TryParse(Metadata.Id, out var id) ? id : null;

    /// <summary>Clause by id, or null.</summary>
    public Clause? FindClause(string id)
    {
        foreach (var clause in Clauses)
        {
            if (string.Equals(clause.Id, id, StringComparison.Ordinal))
            {
                return clause;
            }
        }

        return null;
    }

    /// <summary>Clause by id; throws when there is none.</summary>
    public Clause GetRequiredClause(string id)
        => FindClause(id) ?? throw new KeyNotFoundException($"{Id} has no clause '{id}'.");

    /// <summary>True when any error was reported.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

using System.Globalization;
using StdCompare.Diagnostics;
using StdCompare.Documents;
using StdCompare.Requirements;

namespace StdCompare.Contracts;

/// <summary>The JSON form of a parsed document: <c>stdcompare.document/1</c>.</summary>
public sealed record DocumentContract(
    string Schema,
    string Id,
    string Title,
    string Language,
    string Body,
    string Jurisdiction,
    MetadataContract Metadata,
    IReadOnlyList<ClauseContract> Clauses,
    IReadOnlyList<DiagnosticContract> Diagnostics)
{
    /// <summary>The schema name.</summary>
    public const string SchemaName = "stdcompare.document/1";

    /// <summary>Maps a document to its contract.</summary>
    public static DocumentContract From(StandardDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var m = document.Metadata;
        return new DocumentContract(
            SchemaName,
            m.Id,
            m.Title,
            m.Language,
            m.Body,
            m.Jurisdiction,
            MetadataContract.From(m, document.SourcePath, document.Format),
            document.Clauses.Select(ClauseContract.From).ToList(),
            document.Diagnostics.Select(DiagnosticContract.From).ToList());
    }
}

/// <summary>Metadata beside the top-level fields.</summary>
public sealed record MetadataContract(
    string TitleEn,
    string Kind,
    IReadOnlyList<string> Ics,
    IReadOnlyList<string> Hs,
    IReadOnlyList<string> Industries,
    string? Published,
    string? Effective,
    string? Withdrawn,
    IReadOnlyList<string> Replaces,
    AdoptionContract? Adopts,
    string Provenance,
    string Source,
    string Format,
    IReadOnlyDictionary<string, string> Extra)
{
    /// <summary>Maps metadata.</summary>
    public static MetadataContract From(StandardMetadata m, string source, string format)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new MetadataContract(
            m.TitleEn, m.Kind, m.Ics, m.Hs, m.Industries, Date(m.Published), Date(m.Effective), Date(m.Withdrawn), m.Replaces,
            m.Adopts is { } a ? new AdoptionContract(a.Id, a.Degree.ToString()) : null,
            m.Provenance, source, format, m.Extra);
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A declared adoption.</summary>
public sealed record AdoptionContract(string Id, string Degree);

/// <summary>A clause.</summary>
public sealed record ClauseContract(
    string Id,
    int Level,
    string Heading,
    string Text,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables,
    IReadOnlyList<RequirementContract> Requirements,
    LocationContract Location)
{
    /// <summary>Maps a clause.</summary>
    public static ClauseContract From(Clause c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new ClauseContract(
            c.Id, c.Level, c.Heading, c.Text,
            c.Tables.Select(t => (IReadOnlyList<IReadOnlyList<string>>)t.Rows.Select(r => (IReadOnlyList<string>)r).ToList()).ToList(),
            c.Requirements.Select(RequirementContract.From).ToList(),
            LocationContract.From(c.Location));
    }
}

/// <summary>A requirement: <c>parameter op value unit</c>; ranges add min and max.</summary>
public sealed record RequirementContract(string Parameter, string Op, double? Value, string Unit, double? Min = null, double? Max = null, string? Condition = null)
{
    /// <summary>Maps a requirement.</summary>
    public static RequirementContract From(Requirement r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new RequirementContract(r.Parameter, r.Op.ToSymbol(), r.Value, r.Unit.Symbol, r.Min, r.Max, r.Condition.Length > 0 ? r.Condition : null);
    }
}

/// <summary>A source location: line (and column) in text, page in PDF.</summary>
public sealed record LocationContract(int? Line, int? Column, int? Page)
{
    /// <summary>Maps a location, leaving out what is unknown.</summary>
    public static LocationContract From(SourceLocation l)
        => new(l.Line > 0 ? l.Line : null, l.Column > 0 ? l.Column : null, l.Page > 0 ? l.Page : null);
}

/// <summary>A diagnostic.</summary>
public sealed record DiagnosticContract(string Code, string Severity, string Message, string File, LocationContract Location)
{
    /// <summary>Maps a diagnostic.</summary>
    public static DiagnosticContract From(Diagnostic d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new DiagnosticContract(d.Code, d.Severity.ToString().ToLowerInvariant(), d.Message, d.File, LocationContract.From(d.Location));
    }
}

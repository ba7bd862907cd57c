using System.Collections.Immutable;
using System.Globalization;
using StdCompare.Diagnostics;
using StdCompare.Documents;

namespace StdCompare.Ingestion.FrontMatter;

/// <summary>Turns front-matter values into <see cref="StandardMetadata"/>, checking dates and degrees.</summary>
public static class MetadataBuilder
{
    /// <summary>Keys the spec defines; others are kept in <see cref="StandardMetadata.Extra"/>.</summary>
    public static readonly ImmutableHashSet<string> KnownKeys = ImmutableHashSet.Create(StringComparer.Ordinal,
        "id", "title", "title_en", "language", "body", "jurisdiction", "kind", "ics", "hs", "industries",
        "published", "effective", "withdrawn", "replaces", "adopts", "provenance");

    /// <summary>The allowed values of <c>kind</c>.</summary>
    public static readonly ImmutableHashSet<string> Kinds = ImmutableHashSet.Create(StringComparer.Ordinal,
        "mandatory", "recommended", "technical-regulation", "guide");

    /// <summary>Builds metadata; problems go to <paramref name="diagnostics"/>.</summary>
    public static StandardMetadata Build(
        ImmutableSortedDictionary<string, FrontMatterValue> values, string file, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(diagnostics);
        string S(string key) => values.TryGetValue(key, out var v) ? v.Scalar ?? "" : "";
        ImmutableArray<string> L(string key) => values.TryGetValue(key, out var v) ? v.AsList() : [];

        DateOnly? D(string key)
        {
            if (!values.TryGetValue(key, out var v) || string.IsNullOrEmpty(v.Scalar))
            {
                return null;
            }

            if (DateOnly.TryParseExact(v.Scalar, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BadMetadataValue, $"'{key}' is '{v.Scalar}', not a date yyyy-MM-dd; it was ignored", file, new SourceLocation(v.Line)));
            return null;
        }

        Adoption? adopts = null;
        if (values.TryGetValue("adopts", out var a) && a.Map is { } map && map.TryGetValue("id", out var adoptedId) && adoptedId.Length > 0)
        {
            map.TryGetValue("degree", out var degreeText);
            if (Enum.TryParse<Degree>(degreeText, ignoreCase: false, out var degree) && Enum.IsDefined(degree))
            {
                adopts = new Adoption(adoptedId, degree);
            }
            else
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BadMetadataValue, $"adopts.degree is '{degreeText}', not IDT, MOD or NEQ; the adoption was ignored", file, new SourceLocation(a.Line)));
            }
        }

        var kind = S("kind");
        if (kind.Length > 0 && !Kinds.Contains(kind))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.BadMetadataValue, $"kind is '{kind}', not one of mandatory, recommended, technical-regulation, guide", file, new SourceLocation(values["kind"].Line)));
        }

        var extra = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            if (!KnownKeys.Contains(key))
            {
                extra[key] = value.ToString();
            }
        }

        return new StandardMetadata
        {
            Id = S("id"),
            Title = S("title"),
            TitleEn = S("title_en"),
            Language = S("language"),
            Body = S("body"),
            Jurisdiction = S("jurisdiction"),
            Kind = kind,
            Ics = L("ics"),
            Hs = L("hs"),
            Industries = L("industries"),
            Published = D("published"),
            Effective = D("effective"),
            Withdrawn = D("withdrawn"),
            Replaces = L("replaces"),
            Adopts = adopts,
            Provenance = S("provenance"),
            Extra = extra.ToImmutable(),
        };
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using StdCompare.Corpus;
using StdCompare.Diagnostics;
using StdCompare.Documents;

namespace StdCompare.Ingestion.Corpus;

/// <summary>Reads the corpus's JSON Lines files: the catalogue and the notifications.</summary>
public static class JsonLinesReader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new DateOnlyConverter() },
    };

    /// <summary>Catalogue entries (metadata only) from <c>catalogue/catalogue.jsonl</c>.</summary>
    public static ImmutableArray<StandardMetadata> ReadCatalogue(CorpusLayout layout, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Read<CatalogueLine>(layout.Catalogue, layout.Relative(layout.Catalogue), diagnostics)
            .Select(l => l.Value.ToMetadata())
            .ToImmutableArray();
    }

    /// <summary>Notifications from <c>notifications/notifications.jsonl</c>.</summary>
    public static ImmutableArray<Notification> ReadNotifications(CorpusLayout layout, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Read<Notification>(layout.Notifications, layout.Relative(layout.Notifications), diagnostics).Select(l => l.Value).ToImmutableArray();
    }

    /// <summary>Reads every line of a JSON Lines file; bad lines are reported with their number and skipped.</summary>
    public static List<(int Line, T Value)> Read<T>(string path, string name, List<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var result = new List<(int, T)>();
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileNotFound, "is missing", name));
            return result;
        }

        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                if (JsonSerializer.Deserialize<T>(line, Json) is { } value)
                {
                    result.Add((n, value));
                }
            }
            catch (JsonException e)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadMetadataValue, $"is not valid: {e.Message}", name, new SourceLocation(n)));
            }
        }

        return result;
    }

    /// <summary>One catalogue line as written.</summary>
    private sealed record CatalogueLine
    {
        public string Id { get; init; } = "";
        public string Title { get; init; } = "";
        public string TitleEn { get; init; } = "";
        public string Jurisdiction { get; init; } = "";
        public string Body { get; init; } = "";
        public string Language { get; init; } = "";
        public string Kind { get; init; } = "";
        public ImmutableArray<string> Industries { get; init; } = [];
        public ImmutableArray<string> Ics { get; init; } = [];
        public ImmutableArray<string> Hs { get; init; } = [];
        public DateOnly? Published { get; init; }
        public DateOnly? Effective { get; init; }
        public DateOnly? Withdrawn { get; init; }
        public ImmutableArray<string> Replaces { get; init; } = [];
        public AdoptsLine? Adopts { get; init; }
        public string Provenance { get; init; } = "";
        public string? Note { get; init; }

        public StandardMetadata ToMetadata() => new()
        {
            Id = Id, Title = Title, TitleEn = TitleEn, Jurisdiction = Jurisdiction, Body = Body, Language = Language, Kind = Kind,
            Industries = Industries.IsDefault ? [] : Industries, Ics = Ics.IsDefault ? [] : Ics, Hs = Hs.IsDefault ? [] : Hs,
            Published = Published, Effective = Effective, Withdrawn = Withdrawn, Replaces = Replaces.IsDefault ? [] : Replaces,
            Adopts = Adopts is { Id.Length: > 0 } a && Enum.TryParse<Degree>(a.Degree, out var d) ? new Adoption(a.Id, d) : null,
            Provenance = Provenance,
            Extra = Note is null ? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal)
                : ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal).Add("note", Note),
        };
    }

    private sealed record AdoptsLine(string Id, string Degree);

    private sealed class DateOnlyConverter : JsonConverter<DateOnly?>
    {
        public override DateOnly? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            var s = reader.GetString();
            if (string.IsNullOrEmpty(s))
            {
                return null;
            }

            return DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new JsonException($"'{s}' is not a date yyyy-MM-dd");
        }

        public override void Write(Utf8JsonWriter writer, DateOnly? value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (value is { } d)
            {
                writer.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}

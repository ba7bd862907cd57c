using StdCompare.Designations;
using StdCompare.Documents;

namespace StdCompare.Ingestion.Structure;

/// <summary>Fills what the front matter left empty from the designation: body, jurisdiction, kind.</summary>
public static class MetadataInference
{
    /// <summary>Completes <paramref name="metadata"/>; values that were given are kept.</summary>
    public static StandardMetadata Complete(StandardMetadata metadata, string guessedLanguage)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var result = metadata;
        if (result.Language.Length == 0 && guessedLanguage.Length > 0)
        {
            result = result with { Language = guessedLanguage };
        }

        if (!StandardId.TryParse(result.Id, out var id))
        {
            return result;
        }

        if (result.Body.Length == 0)
        {
            result = result with { Body = id.Body };
        }

        if (result.Jurisdiction.Length == 0)
        {
            result = result with { Jurisdiction = Jurisdiction(id) };
        }

        if (result.Kind.Length == 0 && Kind(id) is { } kind)
        {
            result = result with { Kind = kind };
        }

        return result;
    }

    /// <summary>The jurisdiction a designation belongs to (<c>CN</c>, <c>CN-22</c>, <c>INT</c> …), or empty.</summary>
    public static string Jurisdiction(StandardId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Body.StartsWith("DB", StringComparison.Ordinal) && id.Body.Length == 4)
        {
            return "CN-" + id.Body[2..];
        }

        return id.Body switch
        {
            "SAC" or "SECTOR" => "CN",
            "ISO" or "IEC" or "CAC" or "UNECE" => "INT",
            "GOST" => id.Prefix.StartsWith("ГОСТ Р", StringComparison.Ordinal) || id.Prefix.StartsWith("GOST R", StringComparison.Ordinal) ? "RU" : "EAEU",
            "EAEU" => "EAEU",
            "KS" => "KR",
            "JIS" or "JAS" => "JP",
            "MNS" => "MN",
            "KZ" => "KZ",
            "UZ" => "UZ",
            "VN" => "VN",
            "TH" => "TH",
            "CEN" => "EU",
            _ => "",
        };
    }

    private static string? Kind(StandardId id) => id.Prefix switch
    {
        "GB" => "mandatory",
        "GB/T" => "recommended",
        "GB/Z" => "guide",
        _ when id.Body == "EAEU" => "technical-regulation",
        _ when id.Prefix.EndsWith("/T", StringComparison.Ordinal) => "recommended",
        _ => null,
    };
}

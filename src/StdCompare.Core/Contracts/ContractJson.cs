using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StdCompare.Contracts;

/// <summary>The one way StdCompare writes its JSON contracts: camelCase, readable non-ASCII, no nulls unless a contract needs them.</summary>
public static class ContractJson
{
    /// <summary>Options shared by the CLI and the web API.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>Serializes a contract object.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}

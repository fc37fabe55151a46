using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopHub.Cooperatives.Model;

/// <summary>Lists kept in one column (products, sectors, needs, certifications) are JSON, written and read here only.</summary>
internal static class CooperativeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new CoopHub.Shared.Http.StrictEnumConverterFactory(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string? json) where T : class, new()
        => string.IsNullOrEmpty(json) ? new T() : JsonSerializer.Deserialize<T>(json, Options) ?? new T();
}

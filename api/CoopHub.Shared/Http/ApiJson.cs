using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopHub.Shared.Http;

/// <summary>
/// The one JSON helper of the modules: JSON as the API spells it (camelCase, enums as camelCase strings, Arabic
/// kept as written), for values modules keep in JSON columns and for enum names stored as text.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new StrictEnumConverterFactory(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Api<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static T Parse<T>(string value) where T : struct, Enum => Enum.Parse<T>(value, ignoreCase: true);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) where T : class => JsonSerializer.Deserialize<T>(json, Options)!;

    public static IReadOnlyList<T> List<T>(string? json) => string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];

    /// <summary>The value a column holds, or a new empty one when the column is null or empty.</summary>
    public static T ReadOrNew<T>(string? json) where T : class, new()
        => string.IsNullOrEmpty(json) ? new T() : JsonSerializer.Deserialize<T>(json, Options) ?? new T();

    /// <summary>A list column written from any sequence (null writes <c>[]</c>).</summary>
    public static string WriteList<T>(IEnumerable<T>? values) => JsonSerializer.Serialize((values ?? []).ToList(), Options);

    public static IReadOnlyList<string> Strings(string? json) => List<string>(json);

    public static IReadOnlyList<Guid> Guids(string? json) => List<Guid>(json);
}

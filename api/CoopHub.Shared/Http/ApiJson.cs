using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopHub.Shared.Http;

/// <summary>
/// JSON as the API spells it (camelCase, enums as camelCase strings), for values modules keep in JSON
/// columns and for enum names stored as text.
/// </summary>
public static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new StrictEnumConverterFactory(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Api<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    public static T Parse<T>(string value) where T : struct, Enum => Enum.Parse<T>(value, ignoreCase: true);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) where T : class => JsonSerializer.Deserialize<T>(json, Options)!;

    public static IReadOnlyList<T> List<T>(string? json) => string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CoopHub.Api.Tests.Platform.ContractFuzz;

/// <summary>
/// The schemas of the committed OpenAPI 3.0 document: resolves <c>$ref</c> to components and validates a JSON value
/// with OpenAPI 3.0 semantics (<c>nullable: true</c> admits null, siblings of <c>$ref</c> are ignored, <c>allOf</c>
/// with <c>nullable</c> admits null). A JSON Schema validator from NuGet reads 2020-12 <c>type: [x, null]</c>, not the
/// 3.0 <c>nullable</c> keyword this document uses, so the few keywords Swashbuckle emits are checked here.
/// </summary>
internal sealed partial class OpenApiSchemas(JsonNode document)
{
    private readonly JsonObject _components = document["components"]?["schemas"]?.AsObject() ?? [];

    public JsonNode Resolve(JsonNode schema)
    {
        var seen = 0;
        while (schema["$ref"] is JsonValue reference && seen++ < 32)
        {
            var name = ((string)reference!).Split('/')[^1];
            schema = _components[name] ?? throw new InvalidOperationException("Unknown schema " + reference);
        }
        return schema;
    }

    /// <summary>Whether null is a value the schema admits.</summary>
    public bool AdmitsNull(JsonNode schema)
    {
        if (schema["$ref"] is not null) return AdmitsNull(Resolve(schema));
        if ((bool?)schema["nullable"] == true) return true;
        if (schema["enum"] is JsonArray values && values.Any(v => v is null)) return true;
        if (schema["allOf"] is JsonArray all) return all.All(s => s is not null && AdmitsNull(s));
        if (schema["anyOf"] is JsonArray any) return any.Any(s => s is not null && AdmitsNull(s));
        if (schema["oneOf"] is JsonArray one) return one.Any(s => s is not null && AdmitsNull(s));
        return schema["type"] is null && !schema.AsObject().Any(p => p.Key is not ("description" or "additionalProperties"));
    }

    /// <summary>Every violation of <paramref name="schema"/> by <paramref name="value"/>, as "path: reason".</summary>
    public List<string> Validate(JsonNode? value, JsonNode schema, string path = "$")
    {
        var errors = new List<string>();
        Check(value, schema, path, errors, 0);
        return errors;
    }

    private void Check(JsonNode? value, JsonNode schema, string path, List<string> errors, int depth)
    {
        if (depth > 64 || errors.Count > 20) return;
        if (schema["$ref"] is not null)
        {
            Check(value, Resolve(schema), path, errors, depth + 1);
            return;
        }
        if (value is null)
        {
            if (!AdmitsNull(schema)) errors.Add($"{path}: null, but the schema is not nullable");
            return;
        }
        if (schema["allOf"] is JsonArray all)
        {
            foreach (var part in all) Check(value, part!, path, errors, depth + 1);
        }
        if (schema["anyOf"] is JsonArray any && !any.Any(part => Validate(value, part!, path).Count == 0))
        {
            errors.Add($"{path}: matches none of anyOf");
        }
        if (schema["oneOf"] is JsonArray one && one.Count(part => Validate(value, part!, path).Count == 0) != 1)
        {
            errors.Add($"{path}: does not match exactly one of oneOf");
        }
        if (schema["enum"] is JsonArray allowed && !allowed.Any(a => JsonNode.DeepEquals(a, value)))
        {
            errors.Add($"{path}: {Short(value)} is not one of the enum values");
        }
        var type = (string?)schema["type"];
        var kind = value.GetValueKind();
        switch (type)
        {
            case "string":
                if (kind != JsonValueKind.String) { errors.Add($"{path}: expected a string, got {kind}"); return; }
                CheckFormat((string)value!, (string?)schema["format"], path, errors);
                break;
            case "integer":
                if (kind != JsonValueKind.Number || !IsInteger(value)) { errors.Add($"{path}: expected an integer, got {Short(value)}"); return; }
                if ((string?)schema["format"] == "int32" && !int.TryParse(value.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                {
                    errors.Add($"{path}: {Short(value)} is out of int32");
                }
                break;
            case "number":
                if (kind != JsonValueKind.Number) errors.Add($"{path}: expected a number, got {kind}");
                break;
            case "boolean":
                if (kind is not (JsonValueKind.True or JsonValueKind.False)) errors.Add($"{path}: expected a boolean, got {kind}");
                break;
            case "array":
                if (value is not JsonArray array) { errors.Add($"{path}: expected an array, got {kind}"); return; }
                if (schema["items"] is JsonNode items)
                {
                    for (var i = 0; i < array.Count && errors.Count <= 20; i++) Check(array[i], items, $"{path}[{i}]", errors, depth + 1);
                }
                break;
            case "object":
                if (value is not JsonObject obj) { errors.Add($"{path}: expected an object, got {kind}"); return; }
                CheckObject(obj, schema, path, errors, depth);
                break;
            case null:
                if (value is JsonObject untyped && (schema["properties"] is not null || schema["required"] is not null)) CheckObject(untyped, schema, path, errors, depth);
                break;
        }
    }

    private void CheckObject(JsonObject obj, JsonNode schema, string path, List<string> errors, int depth)
    {
        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!obj.ContainsKey((string)required!)) errors.Add($"{path}.{required}: required, but absent");
        }
        var properties = schema["properties"]?.AsObject();
        foreach (var (name, propertyValue) in obj)
        {
            if (properties?[name] is JsonNode propertySchema)
            {
                Check(propertyValue, propertySchema, $"{path}.{name}", errors, depth + 1);
            }
            else if (schema["additionalProperties"] is JsonValue flag && flag.GetValueKind() == JsonValueKind.False)
            {
                errors.Add($"{path}.{name}: not declared (additionalProperties: false)");
            }
            else if (schema["additionalProperties"] is JsonObject additional && additional.Count > 0)
            {
                Check(propertyValue, additional, $"{path}.{name}", errors, depth + 1);
            }
        }
    }

    private static void CheckFormat(string text, string? format, string path, List<string> errors)
    {
        var ok = format switch
        {
            "date-time" => DateTimeRegex().IsMatch(text),
            "date-time-local" => LocalDateTimeRegex().IsMatch(text),
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "uuid" => Guid.TryParseExact(text, "D", out _),
            _ => true,
        };
        if (!ok) errors.Add($"{path}: \"{Short(JsonValue.Create(text))}\" is not a {format}");
    }

    private static bool IsInteger(JsonNode value)
        => decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == decimal.Truncate(number);

    private static string Short(JsonNode? value)
    {
        var text = value?.ToJsonString() ?? "null";
        return text.Length > 60 ? text[..60] + "…" : text;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTimeRegex();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$")]
    private static partial Regex LocalDateTimeRegex();
}

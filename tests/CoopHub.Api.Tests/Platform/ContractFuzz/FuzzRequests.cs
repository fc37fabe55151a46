using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CoopHub.Api.Tests.Platform.ContractFuzz;

/// <summary>One operation of the document: its path template, method and OpenAPI operation object.</summary>
internal sealed record FuzzOperation(string Path, string Method, JsonNode Operation)
{
    public string Id => (string?)Operation["operationId"] ?? $"{Method} {Path}";

    public IEnumerable<JsonNode> Parameters(string location)
        => (Operation["parameters"]?.AsArray() ?? []).Where(p => (string?)p!["in"] == location).Select(p => p!);

    public JsonNode? JsonBodySchema => Operation["requestBody"]?["content"]?["application/json"]?["schema"];

    public bool HasBody => Operation["requestBody"] is not null;

    public string? BodyMediaType => Operation["requestBody"]?["content"]?.AsObject().Select(c => c.Key).FirstOrDefault();

    public bool TakesIfMatch => Operation["responses"]?["428"] is not null || string.Equals(Method, "PUT", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A request the fuzz sends, and how to describe it in a failure.</summary>
internal sealed record FuzzRequest(string Method, string Url, string? Body, string? ContentType, IReadOnlyDictionary<string, string> Headers, string Mutation)
{
    /// <summary>The value of the first path parameter: the parent of a record the request creates.</summary>
    public string? FirstPathId { get; init; }

    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Body));
            if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        foreach (var (name, value) in Headers) message.Headers.TryAddWithoutValidation(name, value);
        return message;
    }

    public string Describe()
    {
        var body = Body is null ? "" : " " + (Body.Length > 240 ? Body[..240] + $"… ({Body.Length} chars)" : Body);
        var headers = string.Concat(Headers.Select(h => $" [{h.Key}: {h.Value}]"));
        var url = Url.Length > 240 ? Url[..240] + "…" : Url;
        return $"{Method} {url}{headers} ({ContentType ?? "no body"}; {Mutation}){body}";
    }
}

/// <summary>
/// Generates requests for an operation from its schemas: valid ones (required fields, enums, formats, bounds, ids that
/// exist) and hostile ones (wrong types, missing and null fields, huge and negative numbers, unknown enum values,
/// 1 MB strings, Arabic, Tifinagh, emoji, SQL metacharacters, malformed JSON, wrong content types, random ids).
/// </summary>
internal sealed partial class FuzzRequests(OpenApiSchemas schemas, FuzzValues values, Random random)
{
    private static readonly string[] Hostile =
    [
        "تعاونية الأركان للنساء", "ⵜⴰⵎⵓⵏⵜ ⵏ ⵜⵉⵎⵖⴰⵔⵉⵏ", "🌿🐪👩🏽‍🌾🇲🇦", "'; DROP TABLE cooperatives;--", "%' OR 1=1 --", "\" OR \"\"=\"",
        "../../etc/passwd", "<script>alert(1)</script>", " ", "Robert'); --", "=HYPERLINK(\"x\")", "\\", "{}", "null",
    ];

    private static readonly string[] BadIds = ["not-a-uuid", "0", "-1", "00000000-0000-0000-0000-000000000000", "' OR 1=1--", "%F0%9F%8C%BF", "ⵜⴰⵎⵓⵏⵜ", "9999999999999999999999"];

    private static readonly string OneMegabyte = new('ا', 1024 * 1024 / 2);

    public FuzzRequest Create(FuzzOperation operation, bool hostile, Func<string, string, (string? ETag, JsonObject? Record)> read)
    {
        var mutation = hostile ? random.Next(6) switch { 0 => "path", 1 => "query", 2 or 3 or 4 => "body", _ => "headers" } : "valid";
        if (!operation.HasBody && mutation == "body") mutation = random.Next(2) == 0 ? "query" : "path";
        var description = new List<string>();

        var (path, ids) = FillPath(operation, mutation == "path", description);
        var query = FillQuery(operation, mutation == "query", description);
        var url = query.Length == 0 ? path : path + "?" + query;

        var (etag, record) = operation.TakesIfMatch ? read(operation.Path, path) : (null, null);
        // The record being changed, or one of the collection a create adds to: demo data passes the validators.
        record ??= string.Equals(operation.Method, "post", StringComparison.OrdinalIgnoreCase) ? values.Record(operation.Path) : null;

        string? body = null, contentType = null;
        if (operation.HasBody)
        {
            (body, contentType) = MakeBody(operation, mutation == "body", description, record);
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (operation.TakesIfMatch)
        {
            if (mutation == "headers")
            {
                var choice = random.Next(4);
                description.Add("If-Match " + (choice == 0 ? "absent" : "wrong"));
                if (choice == 1) headers["If-Match"] = "\"not-the-version\"";
                else if (choice == 2) headers["If-Match"] = "W/\"1\"";
                else if (choice == 3) headers["If-Match"] = "\"" + new string('9', 40) + "\"";
            }
            else if (etag is not null)
            {
                headers["If-Match"] = etag;
            }
        }
        if (string.Equals(operation.Method, "POST", StringComparison.OrdinalIgnoreCase) && random.Next(10) == 0)
        {
            headers["Idempotency-Key"] = values.NewGuid();
        }
        if (mutation == "headers" && !operation.TakesIfMatch)
        {
            headers["Accept"] = random.Next(2) == 0 ? "application/xml" : "text/html";
            description.Add("Accept " + headers["Accept"]);
        }
        return new FuzzRequest(operation.Method.ToUpperInvariant(), url, body, contentType, headers, string.Join(", ", description.DefaultIfEmpty(mutation)))
        {
            FirstPathId = ids.Count > 0 ? ids[0] : null,
        };
    }

    private (string Path, List<string> Ids) FillPath(FuzzOperation operation, bool hostile, List<string> description)
    {
        var names = PathParameter().Matches(operation.Path).Select(m => m.Groups[1].Value).ToList();
        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        var corrupt = hostile && names.Count > 0 ? names[random.Next(names.Count)] : null;
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var collection = CollectionOf(operation.Path, name);
            if (name == corrupt)
            {
                var choice = random.Next(3);
                chosen[name] = choice == 0 ? values.NewGuid() : choice == 1 ? BadIds[random.Next(BadIds.Length)] : Hostile[random.Next(Hostile.Length)];
                description.Add($"{name}={chosen[name]}");
                continue;
            }
            var parent = i > 0 ? chosen[names[i - 1]] : null;
            var pool = values.Ids(collection);
            var matching = pool.Where(p => parent is null || p.Parent == parent).ToList();
            if (i == 0 && names.Count > 1 && random.Next(10) < 8)
            {
                // Pick a pair that exists so the nested record is reached.
                var nested = values.Ids(CollectionOf(operation.Path, names[1]));
                if (nested.Count > 0)
                {
                    var pair = nested[random.Next(nested.Count)];
                    if (pair.Parent is not null) { chosen[name] = pair.Parent; continue; }
                }
            }
            if (matching.Count == 0 && i > 0) matching = values.Ids(CollectionOf(operation.Path, names[i - 1]) + "/*").Where(p => p.Parent == parent).ToList();
            if (matching.Count > 0 && random.Next(10) < 9)
            {
                chosen[name] = matching[random.Next(matching.Count)].Id;
            }
            else
            {
                chosen[name] = values.NewGuid();
                description.Add($"{name} random");
            }
        }
        var path = PathParameter().Replace(operation.Path, m => Uri.EscapeDataString(chosen[m.Groups[1].Value]));
        return (path, names.Select(n => chosen[n]).ToList());
    }

    /// <summary>The collection a path parameter's ids come from: the template up to it, e.g. /api/v1/networks/{id}/members.</summary>
    public static string CollectionOf(string template, string parameter)
    {
        var index = template.IndexOf("{" + parameter + "}", StringComparison.Ordinal);
        return template[..index].TrimEnd('/');
    }

    private string FillQuery(FuzzOperation operation, bool hostile, List<string> description)
    {
        var parts = new List<string>();
        var parameters = operation.Parameters("query").ToList();
        var corrupt = hostile && parameters.Count > 0 ? parameters[random.Next(parameters.Count)] : null;
        foreach (var parameter in parameters)
        {
            var name = (string)parameter["name"]!;
            var schema = parameter["schema"] ?? new JsonObject();
            if (parameter == corrupt)
            {
                var bad = HostileScalar(schema);
                parts.Add(name + "=" + Uri.EscapeDataString(bad));
                description.Add($"{name}={Trim(bad)}");
                continue;
            }
            if ((bool?)parameter["required"] != true && random.Next(3) != 0) continue;
            var value = Scalar(ValidValue(schema, name, 0));
            if (value is not null) parts.Add(name + "=" + Uri.EscapeDataString(value));
        }
        if (hostile && parameters.Count == 0)
        {
            parts.Add("unknown=" + Uri.EscapeDataString(Hostile[random.Next(Hostile.Length)]));
            description.Add("unknown query parameter");
        }
        return string.Join("&", parts);
    }

    private static string? Scalar(JsonNode? value) => value switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v => v.ToJsonString(),
        JsonArray a => a.Count > 0 ? Scalar(a[0]) : null,
        _ => null,
    };

    private string HostileScalar(JsonNode schema)
    {
        schema = schemas.Resolve(schema);
        return random.Next(8) switch
        {
            0 => "abc",
            1 => "-1",
            2 => "99999999999999999999",
            3 => "2147483648",
            4 => "not-a-known-value",
            5 => new string('x', 5000),
            6 => "2026-13-45",
            _ => Hostile[random.Next(Hostile.Length)],
        };
    }

    private (string Body, string ContentType) MakeBody(FuzzOperation operation, bool hostile, List<string> description, JsonObject? record)
    {
        var mediaType = operation.BodyMediaType ?? "application/json";
        if (!string.Equals(mediaType, "application/json", StringComparison.Ordinal))
        {
            // Non-JSON bodies (CSV import): a small valid-looking one, or a hostile one.
            var csv = "registrationNumber,nameFr\nFZ-1,Coopérative fuzz\n";
            if (!hostile) return (csv, mediaType);
            description.Add("non-JSON body");
            return random.Next(3) switch
            {
                0 => ("{\"not\":\"csv\"}", "application/json"),
                1 => ("\"a\",\"b\n" + Hostile[random.Next(Hostile.Length)], mediaType),
                _ => (new string(',', 10_000), mediaType),
            };
        }

        var schema = operation.JsonBodySchema ?? new JsonObject();
        var valid = ValidValue(schema, "body", 0);
        if (valid is JsonObject generated && record is not null && random.Next(10) < 8) FillFrom(generated, record, schema);
        if (!hostile) return (Serialize(valid), "application/json");

        var choice = random.Next(14);
        switch (choice)
        {
            case 0:
                description.Add("malformed JSON");
                return (random.Next(4) switch { 0 => "{", 1 => "{\"a\":", 2 => "nul", _ => Serialize(valid).TrimEnd('}') + ",}" }, "application/json");
            case 1:
                var type = random.Next(3) switch { 0 => "text/plain", 1 => "application/xml", _ => "application/x-www-form-urlencoded" };
                description.Add("content type " + type);
                return (type == "application/xml" ? "<body/>" : Serialize(valid), type);
            case 2:
                description.Add("not an object");
                return (random.Next(4) switch { 0 => "[]", 1 => "42", 2 => "\"text\"", _ => "null" }, "application/json");
            case 3:
                description.Add("deep nesting");
                return (new string('[', 5000) + new string(']', 5000), "application/json");
            case 4:
                description.Add("empty object");
                return ("{}", "application/json");
            case 5:
                description.Add("empty body");
                return ("", "application/json");
            default:
                var mutated = Mutate(valid, schema, description);
                return (Serialize(mutated), "application/json");
        }
    }

    /// <summary>Takes the fields a stored record has under the same names (the rest stay generated).</summary>
    private void FillFrom(JsonObject body, JsonObject record, JsonNode schema)
    {
        var properties = schemas.Resolve(schema)["properties"]?.AsObject();
        if (properties is null) return;
        foreach (var (name, _) in properties)
        {
            if (record[name] is JsonNode value && random.Next(10) < 9) body[name] = value.DeepClone();
        }
    }

    private static string Serialize(JsonNode? node) => node?.ToJsonString() ?? "null";

    /// <summary>Changes one field of a valid body: removes it, nulls it, gives it a wrong type or a hostile value.</summary>
    private JsonNode? Mutate(JsonNode? valid, JsonNode schema, List<string> description)
    {
        var fields = new List<(JsonObject Owner, string Name, JsonNode Schema)>();
        Collect(valid, schema, fields, 0);
        if (fields.Count == 0)
        {
            description.Add("body replaced by a hostile string");
            return JsonValue.Create(Hostile[random.Next(Hostile.Length)]);
        }
        var (owner, name, fieldSchema) = fields[random.Next(fields.Count)];
        var resolved = schemas.Resolve(fieldSchema);
        var type = (string?)resolved["type"];
        switch (random.Next(9))
        {
            case 0:
                owner.Remove(name);
                description.Add($"{name} missing");
                break;
            case 1:
                owner[name] = null;
                description.Add($"{name} null");
                break;
            case 2:
                owner[name] = type switch { "string" => JsonValue.Create(12345), "array" => JsonValue.Create("x"), "object" => new JsonArray(1, 2), _ => JsonValue.Create("abc") };
                description.Add($"{name} wrong type");
                break;
            case 3:
                JsonNode huge = random.Next(4) switch { 0 => JsonValue.Create(1e300), 1 => JsonValue.Create(long.MaxValue), 2 => JsonValue.Create(2147483648L), _ => JsonValue.Create(-2147483649L) };
                owner[name] = type is "integer" or "number" or null ? huge : JsonValue.Create(huge.ToJsonString());
                description.Add($"{name} huge");
                break;
            case 4:
                owner[name] = type is "integer" or "number" ? JsonValue.Create(-1) : JsonValue.Create("-1");
                description.Add($"{name} negative");
                break;
            case 5:
                owner[name] = JsonValue.Create("notAKnownValue");
                description.Add($"{name} unknown enum value");
                break;
            case 6:
                owner[name] = type == "array" ? new JsonArray(JsonValue.Create(OneMegabyte)) : JsonValue.Create(OneMegabyte);
                description.Add($"{name} 1 MB string");
                break;
            default:
                var text = Hostile[random.Next(Hostile.Length)];
                owner[name] = type == "array" ? new JsonArray(JsonValue.Create(text)) : JsonValue.Create(text);
                description.Add($"{name}={Trim(text)}");
                break;
        }
        if (random.Next(4) == 0 && fields.Count > 0)
        {
            var (extraOwner, _, _) = fields[random.Next(fields.Count)];
            extraOwner["unknownField" + random.Next(100)] = "x";
            description.Add("unknown field");
        }
        return valid;
    }

    private void Collect(JsonNode? node, JsonNode schema, List<(JsonObject, string, JsonNode)> fields, int depth)
    {
        if (node is not JsonObject obj || depth > 3) return;
        var resolved = schemas.Resolve(schema);
        if (resolved["allOf"] is JsonArray all && all.Count > 0) resolved = schemas.Resolve(all[0]!);
        var properties = resolved["properties"]?.AsObject();
        if (properties is null) return;
        foreach (var (name, propertySchema) in properties)
        {
            fields.Add((obj, name, propertySchema!));
            if (obj[name] is JsonObject child) Collect(child, propertySchema!, fields, depth + 1);
            if (obj[name] is JsonArray { Count: > 0 } array && array[0] is JsonObject first)
            {
                var items = schemas.Resolve(propertySchema!)["items"];
                if (items is not null) Collect(first, items, fields, depth + 1);
            }
        }
    }

    /// <summary>A value the schema admits, preferring values seen in the data for the property's name.</summary>
    public JsonNode? ValidValue(JsonNode schema, string name, int depth)
    {
        if (depth > 6) return null;
        var resolved = schemas.Resolve(schema);
        if (resolved["allOf"] is JsonArray all && all.Count > 0) return ValidValue(all[0]!, name, depth);
        if (resolved["oneOf"] is JsonArray one && one.Count > 0) return ValidValue(one[random.Next(one.Count)]!, name, depth);
        if (resolved["anyOf"] is JsonArray any && any.Count > 0) return ValidValue(any[random.Next(any.Count)]!, name, depth);
        if (resolved["enum"] is JsonArray options && options.Count > 0) return options[random.Next(options.Count)]?.DeepClone();
        var type = (string?)resolved["type"];
        switch (type)
        {
            case "string":
                return JsonValue.Create(StringValue(resolved, name));
            case "integer":
            {
                var min = (long?)(double?)resolved["minimum"] ?? 0;
                var max = (long?)(double?)resolved["maximum"] ?? Math.Max(min + 5, name.Contains("page", StringComparison.OrdinalIgnoreCase) ? 5 : 50);
                if (max > min + 1000) max = min + 1000;
                return JsonValue.Create(min + (long)(random.NextDouble() * (max - min)));
            }
            case "number":
            {
                var min = (double?)resolved["minimum"] ?? 0;
                var max = (double?)resolved["maximum"] ?? min + 10_000;
                return JsonValue.Create(Math.Round(min + random.NextDouble() * (max - min), 2));
            }
            case "boolean":
                return JsonValue.Create(random.Next(2) == 0);
            case "array":
            {
                var items = resolved["items"] ?? new JsonObject();
                var count = Math.Max((int?)resolved["minItems"] ?? 0, 1 + random.Next(2));
                var array = new JsonArray();
                var itemName = name.EndsWith('s') ? name[..^1] : name;
                for (var i = 0; i < count; i++) array.Add(ValidValue(items, itemName, depth + 1));
                return array;
            }
            case "object" or null when resolved["properties"] is JsonObject properties:
            {
                var required = resolved["required"]?.AsArray().Select(r => (string)r!).ToHashSet() ?? [];
                var obj = new JsonObject();
                foreach (var (property, propertySchema) in properties)
                {
                    if (!required.Contains(property) && random.Next(10) < 2) continue;
                    obj[property] = ValidValue(propertySchema!, property, depth + 1);
                }
                return obj;
            }
            case "object":
                return new JsonObject();
            default:
                return null;
        }
    }

    private string StringValue(JsonNode schema, string name)
    {
        var format = (string?)schema["format"];
        var today = new DateOnly(2026, 12, 4);
        switch (format)
        {
            case "uuid":
                return values.IdFor(name) ?? values.NewGuid();
            case "date":
                return FuzzValues.Date(today.AddDays(random.Next(-400, 400)));
            case "date-time-local":
                return today.AddDays(random.Next(-30, 120)).ToDateTime(new TimeOnly(9 + random.Next(8), 0)).ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
            case "date-time":
                return new DateTimeOffset(today.AddDays(random.Next(-30, 120)).ToDateTime(new TimeOnly(9 + random.Next(8), 0)), TimeSpan.Zero).ToString("O", CultureInfo.InvariantCulture);
        }
        var min = (int?)schema["minLength"] ?? 0;
        var max = (int?)schema["maxLength"] ?? 120;
        var seen = values.SeenString(name);
        if (seen is not null && random.Next(10) < 7 && seen.Length >= min && seen.Length <= max) return seen;
        var lower = name.ToLowerInvariant();
        string text;
        if (lower.Contains("email", StringComparison.Ordinal)) text = $"fuzz{random.Next(100000)}@example.ma";
        else if (lower.Contains("password", StringComparison.Ordinal)) text = "Argan-Fuzz-2026!" + random.Next(1000);
        else if (lower.Contains("url", StringComparison.Ordinal)) text = "https://example.org/hook/" + random.Next(1000);
        else if (lower.Contains("phone", StringComparison.Ordinal)) text = "+2126" + random.Next(10000000, 99999999).ToString(CultureInfo.InvariantCulture);
        else text = random.Next(3) switch { 0 => "Coopérative Fuzz " + random.Next(10000), 1 => "تعاونية " + random.Next(10000), _ => "ⵜⴰⵎⵓⵏⵜ " + random.Next(10000) };
        if (text.Length > max) text = text[..max];
        while (text.Length < min) text += "x";
        return text;
    }

    private static string Trim(string text) => text.Length > 40 ? text[..40] + $"…({text.Length})" : text;

    [GeneratedRegex(@"\{([A-Za-z0-9_]+)\}")]
    private static partial Regex PathParameter();
}

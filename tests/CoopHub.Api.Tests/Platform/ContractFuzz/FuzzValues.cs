using System.Globalization;
using System.Text.Json.Nodes;

namespace CoopHub.Api.Tests.Platform.ContractFuzz;

/// <summary>
/// What the fuzz knows about the data: ids by collection (seeded, listed, created) and the string values seen per
/// property name (region codes, sectors…), so generated bodies are often valid and record-level paths are reached.
/// </summary>
internal sealed class FuzzValues(Random random)
{
    private readonly Dictionary<string, List<(string? Parent, string Id)>> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _strings = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<JsonObject>> _records = new(StringComparer.Ordinal);

    /// <summary>Keeps a record read from a collection: its fields make bodies the validators accept.</summary>
    public void AddRecord(string collection, JsonObject record)
    {
        if (!_records.TryGetValue(collection, out var list)) _records[collection] = list = [];
        if (list.Count < 6) list.Add(record);
    }

    public JsonObject? Record(string collection)
        => _records.TryGetValue(collection, out var list) && list.Count > 0 ? list[random.Next(list.Count)] : null;

    public void AddId(string collection, string? parent, string id)
    {
        if (!_ids.TryGetValue(collection, out var list)) _ids[collection] = list = [];
        if (list.Count < 40 && !list.Contains((parent, id))) list.Add((parent, id));
    }

    public IReadOnlyList<(string? Parent, string Id)> Ids(string collection)
        => _ids.TryGetValue(collection, out var list) ? list : [];

    /// <summary>Records the ids and the string values of a response body; objects with an id in <paramref name="collection"/>.</summary>
    public void Harvest(JsonNode? node, string? collection, string? parent, bool idsAtRoot = false)
    {
        Walk(node, collection, parent, idsAtRoot, 0);
    }

    private void Walk(JsonNode? node, string? collection, string? parent, bool isRoot, int depth)
    {
        if (depth > 12) return;
        switch (node)
        {
            case JsonArray array:
                foreach (var item in array.Take(25))
                {
                    if (collection is not null && item is JsonObject withId && withId["id"] is JsonValue id && id.TryGetValue<string>(out var text) && Guid.TryParse(text, out _))
                    {
                        AddId(collection, parent, text);
                    }
                    Walk(item, collection, parent, false, depth + 1);
                }
                break;
            case JsonObject obj:
                if (isRoot && collection is not null && obj["id"] is JsonValue rootId && rootId.TryGetValue<string>(out var root) && Guid.TryParse(root, out _))
                {
                    AddId(collection, parent, root);
                }
                foreach (var (name, value) in obj)
                {
                    if (value is JsonValue scalar && scalar.TryGetValue<string>(out var s) && s.Length is > 0 and < 80)
                    {
                        AddString(name, s);
                        if (name == "code" && collection?.Contains("registrations", StringComparison.Ordinal) == true) AddId("/api/v1/registrations", null, s);
                        if (Guid.TryParse(s, out _) && name.EndsWith("Id", StringComparison.Ordinal)) AddId(name[..^2], null, s);
                    }
                    else if (value is JsonArray strings)
                    {
                        foreach (var item in strings.OfType<JsonValue>())
                        {
                            if (item.TryGetValue<string>(out var element) && element.Length < 80) AddString(name, element);
                        }
                    }
                    // A page's items belong to the collection; anything deeper is a sub-record.
                    Walk(value, collection is null || depth == 0 ? collection : collection + "/*", parent, false, depth + 1);
                }
                break;
        }
    }

    private void AddString(string name, string value)
    {
        if (!_strings.TryGetValue(name, out var list)) _strings[name] = list = [];
        if (list.Count < 30 && !list.Contains(value)) list.Add(value);
    }

    public string? SeenString(string name)
        => _strings.TryGetValue(name, out var list) && list.Count > 0 ? list[random.Next(list.Count)] : null;

    /// <summary>An existing id for a property like cooperativeId or cooperatives, if one is known.</summary>
    public string? IdFor(string propertyName)
    {
        var stem = propertyName.EndsWith("Id", StringComparison.Ordinal) ? propertyName[..^2]
            : propertyName.EndsWith("Ids", StringComparison.Ordinal) ? propertyName[..^3]
            : propertyName.TrimEnd('s');
        var candidates = new[] { "/api/v1/" + stem + "s", stem }.SelectMany(Ids).ToList();
        return candidates.Count > 0 ? candidates[random.Next(candidates.Count)].Id : null;
    }

    public string NewGuid()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes).ToString();
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

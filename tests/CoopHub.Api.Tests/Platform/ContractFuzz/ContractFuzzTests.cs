using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoopHub.Api.Tests.Platform.ContractFuzz;

/// <summary>
/// Generated requests for every operation of the committed contract (api/CoopHub.Api/openapi/v1.json), anonymous,
/// as an administrator, as staff of one region and with an unknown key; valid bodies from the schemas and hostile
/// mutations, with a fixed seed. Partners generate clients from the document, so what the API answers must be what
/// it declares: no 5xx, every status declared for its operation, every 4xx a problem+json, every body valid against
/// its declared schema (issue 14, item 8).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class ContractFuzzTests
{
    private const int Seed = 20261204;

    /// <summary>Requests per operation, spread over the identities; the run's size is counted, not timed.</summary>
    private const int RequestsPerOperation = 64;

    /// <summary>A safety cap only: a run that reaches it reports how far it got.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Defects of other items of issue 14, found by this fuzz and fixed on their own branches; remove an entry once
    /// its fix is merged. Operation id and status.
    /// </summary>
    private static readonly (string OperationId, int Status, string Item)[] KnownFromOtherItems =
    [
    ];

    private static readonly string[] Identities = ["admin", "staff", "admin", "anonymous", "admin", "staff", "admin", "unknown key"];

    [Test]
    public async Task Given_generated_requests_for_every_operation_Then_the_API_answers_only_what_the_contract_declares()
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(RepoPaths.Combine("api", "CoopHub.Api", "openapi", "v1.json")))!;
        var schemas = new OpenApiSchemas(document);
        var random = new Random(Seed);
        var values = new FuzzValues(random);
        var requests = new FuzzRequests(schemas, values, random);
        var operations = Operations(document);
        var getTemplates = operations.Where(o => o.Method == "get").Select(o => o.Path).ToHashSet(StringComparer.Ordinal);

        var connectionString = await TestDatabases.NewSqliteAsync();
        await using var app = new CoopHubApp(Engine.Sqlite, connectionString, demoData: true, configure: RaiseRateLimits);
        var clients = new Dictionary<string, HttpClient>
        {
            ["admin"] = Client(app, CoopHubApp.AdminApiKey),
            ["anonymous"] = Client(app, null),
            ["unknown key"] = Client(app, "chk_unknown_0123456789abcdefghijklmnopqrstu"),
        };
        clients["staff"] = Client(app, await StaffKeyAsync(clients["admin"], "MA-02"));

        var clock = Stopwatch.StartNew();
        await HarvestAsync(clients["admin"], operations, values);
        await SeedAsync(clients["admin"], values);

        var findings = new Findings();
        var statuses = new List<(string Operation, int Status)>();
        var sent = 0;
        var stoppedEarly = false;
        for (var round = 0; round < RequestsPerOperation && !stoppedEarly; round++)
        {
            var identity = Identities[round % Identities.Length];
            foreach (var operation in operations)
            {
                if (clock.Elapsed > Budget) { stoppedEarly = true; break; }
                var hostile = random.Next(10) < 6;
                var request = requests.Create(operation, hostile, (template, path) => getTemplates.Contains(template) ? Read(clients["admin"], path) : (null, null));
                using var message = request.ToMessage();
                using var response = await clients[identity].SendAsync(message);
                sent++;
                var text = await response.Content.ReadAsStringAsync();
                Check(operation, identity, request, response, text, schemas, findings);
                statuses.Add((operation.Id, (int)response.StatusCode));
                if (Environment.GetEnvironmentVariable("FUZZ_DEBUG") == "1" && !hostile && identity == "admin" && (int)response.StatusCode >= 400)
                {
                    await TestContext.Progress.WriteLineAsync($"DEBUG {operation.Id} {(int)response.StatusCode} {Trim(text, 400)} <= {Trim(request.Body ?? "", 300)}");
                }
                if ((int)response.StatusCode is 200 or 201 && operation.Method == "post" && TryParse(text) is JsonNode created)
                {
                    values.Harvest(created, operation.Path.Contains('{', StringComparison.Ordinal) ? operation.Path : operation.Path, request.FirstPathId, idsAtRoot: true);
                }
            }
        }
        clock.Stop();

        foreach (var client in clients.Values) client.Dispose();
        TestDatabases.DeleteSqlite(connectionString);

        var summary = $"Contract fuzz: seed {Seed}, {operations.Count} operations, {sent} requests in {clock.Elapsed.TotalSeconds:F0} s"
            + (stoppedEarly ? $" (stopped at the {Budget.TotalSeconds:F0} s safety cap)" : "")
            + $"; 5xx: {findings.Count("5xx")}, undeclared status: {findings.Count("undeclared status")}, 4xx not problem+json: {findings.Count("4xx not problem+json")}, schema violations: {findings.Count("schema")}, known from other items: {findings.Known}.";
        await TestContext.Progress.WriteLineAsync(summary);
        var unreached = operations.Select(o => o.Id).Where(id => !statuses.Any(s => s.Operation == id && s.Status < 300)).ToList();
        await TestContext.Progress.WriteLineAsync($"Operations with no 2xx in this run ({unreached.Count}): {string.Join(", ", unreached)}");
        await TestContext.Progress.WriteLineAsync("Statuses: " + string.Join(", ", statuses.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}")));
        if (findings.Total > 0) await TestContext.Progress.WriteLineAsync(findings.Report());
        Assert.That(findings.Total, Is.Zero, summary + Environment.NewLine + findings.Report());
    }

    private static void Check(FuzzOperation operation, string identity, FuzzRequest request, HttpResponseMessage response, string text, OpenApiSchemas schemas, Findings findings)
    {
        var status = (int)response.StatusCode;
        var sample = $"as {identity}: {request.Describe()}{Environment.NewLine}        → {status} {Trim(text, 300)}";
        if (KnownFromOtherItems.Any(k => k.OperationId == operation.Id && k.Status == status))
        {
            findings.Known++;
            return;
        }
        if (status >= 500) findings.Add("5xx", operation.Id, status, "", sample);

        var responses = operation.Operation["responses"]!.AsObject();
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var declared = responses[code] ?? responses[code[0] + "XX"] ?? responses["default"];
        if (declared is null)
        {
            if (status < 500) findings.Add("undeclared status", operation.Id, status, "", sample);
            return;
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (status is >= 400 and < 500 && mediaType != "application/problem+json")
        {
            findings.Add("4xx not problem+json", operation.Id, status, mediaType ?? "no content type", sample);
            return;
        }
        if (text.Length == 0 || mediaType is null) return;

        var content = declared["content"]?.AsObject();
        if (content is null || !content.ContainsKey(mediaType))
        {
            findings.Add("schema", operation.Id, status, $"media type {mediaType} not declared", sample);
            return;
        }
        if (!mediaType.EndsWith("json", StringComparison.Ordinal) || content[mediaType]?["schema"] is not JsonNode schema) return;
        var body = TryParse(text);
        if (body is null)
        {
            findings.Add("schema", operation.Id, status, "body is not JSON", sample);
            return;
        }
        foreach (var error in schemas.Validate(body, schema).Take(3))
        {
            findings.Add("schema", operation.Id, status, Indexes().Replace(error, "[*]"), sample);
        }
    }

    private static List<FuzzOperation> Operations(JsonNode document)
    {
        var order = new[] { "post", "get", "put", "patch", "delete" };
        return document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(method => new FuzzOperation(path.Key, method.Key, method.Value!)))
            .OrderBy(o => Array.IndexOf(order, o.Method)).ThenBy(o => o.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Ids and values from the demo data: lists first, then the collections under each record.</summary>
    private static async Task HarvestAsync(HttpClient admin, List<FuzzOperation> operations, FuzzValues values)
    {
        // The bootstrap admin's own key and account stay out of reach: the fuzz would revoke or demote itself.
        string[] guarded = ["/api/v1/api-keys", "/api/v1/users"];
        foreach (var list in operations.Where(o => o.Method == "get" && !o.Path.Contains('{', StringComparison.Ordinal)))
        {
            var node = TryParse(await admin.GetStringOrEmptyAsync(list.Path + (list.Parameters("query").Any(p => (string?)p["name"] == "pageSize") ? "?pageSize=20" : "")));
            values.Harvest(node, guarded.Contains(list.Path) ? null : list.Path, null);
        }
        foreach (var single in operations.Where(o => o.Method == "get" && SingleRecord().IsMatch(o.Path)))
        {
            var collection = FuzzRequests.CollectionOf(single.Path, "id");
            foreach (var (_, id) in values.Ids(collection).Take(4).ToList())
            {
                if (TryParse(await admin.GetStringOrEmptyAsync(single.Path.Replace("{id}", id, StringComparison.Ordinal))) is JsonObject record)
                {
                    values.AddRecord(collection, record);
                }
            }
        }
        foreach (var nested in operations.Where(o => o.Method == "get" && NestedCollection().IsMatch(o.Path)))
        {
            var parentCollection = FuzzRequests.CollectionOf(nested.Path, "id");
            foreach (var (_, parent) in values.Ids(parentCollection).Take(4).ToList())
            {
                var node = TryParse(await admin.GetStringOrEmptyAsync(nested.Path.Replace("{id}", parent, StringComparison.Ordinal)));
                values.Harvest(node, nested.Path, parent);
                foreach (var id in IdsWithin(node)) values.AddId(parentCollection + "/*", parent, id);
            }
        }
    }

    private static IEnumerable<string> IdsWithin(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(IdsWithin),
        JsonObject obj => obj.SelectMany(p => p.Key == "id" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) && Guid.TryParse(s, out _) ? [s] : IdsWithin(p.Value)),
        _ => [],
    };

    /// <summary>
    /// Records the demo data has none of, created first so their record-level operations are reached; their bodies
    /// serve as templates for more creates.
    /// </summary>
    private static async Task SeedAsync(HttpClient admin, FuzzValues values)
    {
        var seeds = new (string Collection, JsonObject Body, Func<JsonNode, string?> Id)[]
        {
            ("/api/v1/users", new JsonObject
            {
                ["email"] = "fuzz.staff@example.ma", ["displayName"] = "Fuzz Staff", ["password"] = "Argan-Fuzz-2026!staff",
                ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-02"), ["language"] = "fr",
            }, created => (string?)created["id"]),
            ("/api/v1/webhooks", new JsonObject
            {
                ["url"] = "https://hooks.example.org/coophub", ["eventTypes"] = new JsonArray("cooperative.registered", "application.decided"),
                ["regionCode"] = "MA-02", ["description"] = "Fuzz webhook",
            }, created => (string?)(created["webhook"] ?? created)["id"]),
            ("/api/v1/api-keys", new JsonObject
            {
                ["name"] = "fuzz key", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-01"),
            }, created => (string?)created["key"]?["id"]),
        };
        foreach (var (collection, body, id) in seeds)
        {
            using var response = await admin.PostAsync(collection, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            Assert.That((int)response.StatusCode, Is.EqualTo(201), $"seeding {collection}: {text}");
            values.AddRecord(collection, body);
            if (TryParse(text) is JsonNode created && id(created) is string value) values.AddId(collection, null, value);
        }
    }

    /// <summary>The record at a path and its ETag, for If-Match and for a body the validators accept.</summary>
    private static (string? ETag, JsonObject? Record) Read(HttpClient admin, string path)
    {
        using var response = admin.GetAsync(path).GetAwaiter().GetResult();
        var record = response.IsSuccessStatusCode ? TryParse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()) as JsonObject : null;
        return (response.Headers.ETag?.ToString(), record);
    }

    private static async Task<string> StaffKeyAsync(HttpClient admin, string region)
    {
        var body = new JsonObject { ["name"] = "fuzz staff", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray(region) };
        using var response = await admin.PostAsync("/api/v1/api-keys", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var created = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
        return (string)created["secret"]!;
    }

    private static HttpClient Client(CoopHubApp app, string? apiKey)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
        if (apiKey is not null) client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    private static void RaiseRateLimits(IWebHostBuilder builder)
    {
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("RateLimits:AnonymousReadsPerMinute", "100000");
        builder.UseSetting("RateLimits:CodeLookupsPerMinute", "100000");
    }

    private static JsonNode? TryParse(string text)
    {
        if (text.Length == 0) return null;
        try { return JsonNode.Parse(text); }
        catch (JsonException) { return null; }
    }

    private static string Trim(string text, int length)
        => text.Length > length ? text[..length] + "…" : text;

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Indexes();

    [GeneratedRegex(@"^/api/v1/[a-z-]+/\{id\}$")]
    private static partial Regex SingleRecord();

    [GeneratedRegex(@"^/api/v1/[a-z-]+/\{id\}/[a-z-]+$")]
    private static partial Regex NestedCollection();

    /// <summary>Failures grouped by kind, operation, status and reason, with the first request that showed each.</summary>
    private sealed class Findings
    {
        private readonly SortedDictionary<(string Kind, string Operation, int Status, string Detail), (int Count, string Sample)> _groups = new();

        public int Known { get; set; }

        public int Total => _groups.Values.Sum(g => g.Count);

        public int Count(string kind) => _groups.Where(g => g.Key.Kind == kind).Sum(g => g.Value.Count);

        public void Add(string kind, string operation, int status, string detail, string sample)
        {
            var key = (kind, operation, status, detail);
            _groups[key] = _groups.TryGetValue(key, out var existing) ? (existing.Count + 1, existing.Sample) : (1, sample);
        }

        public string Report()
        {
            var report = new StringBuilder();
            foreach (var kind in _groups.Keys.Select(k => k.Kind).Distinct())
            {
                var groups = _groups.Where(g => g.Key.Kind == kind).ToList();
                report.AppendLine($"== {kind}: {groups.Sum(g => g.Value.Count)} responses in {groups.Count} groups");
                foreach (var ((_, operation, status, detail), (count, sample)) in groups)
                {
                    report.AppendLine($"  {operation} → {status}{(detail.Length > 0 ? " " + detail : "")} ×{count}");
                    report.AppendLine($"      {sample}");
                }
            }
            return report.ToString();
        }
    }
}

internal static class FuzzHttp
{
    public static async Task<string> GetStringOrEmptyAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json"
            ? await response.Content.ReadAsStringAsync()
            : "";
    }
}

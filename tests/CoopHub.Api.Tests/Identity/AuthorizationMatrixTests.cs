using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace CoopHub.Api.Tests.Identity;

/// <summary>
/// Every operation of the live OpenAPI document × every kind of caller, with the status each must
/// get. An operation without a row here fails the test, so a new endpoint cannot ship unreviewed.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class AuthorizationMatrixTests
{
    private enum Caller { Anonymous, ManagerOfA, ManagerOfB, StaffOfRegion, StaffOfOtherRegion, Admin, RevokedKey, OfficerOfNetwork }

    private static readonly Caller[] Callers = Enum.GetValues<Caller>();

    private CoopHubApp _app = null!;
    private HttpClient _admin = null!;
    private readonly Dictionary<Caller, HttpClient> _clients = [];
    private string _coopA = "";
    private string _network = "";
    private string _organisation = "";
    private string _body = "";
    private string _membership = "";
    private string _targetUser = "";
    private string _program = "";
    private string _call = "";
    private string _event = "";
    private string _idea = "";
    private string _competition = "";
    private string _webhook = "";
    private string _staffKeyId = "";
    private string _document = "";
    private string _pickedDocumentUrl = "";
    private int _counter;

    private const string TargetUserEmail = "target.user@coophub.test";
    private const string TargetUserPassword = "Tifinagh-Bayt-Karama-9";

    [OneTimeSetUp]
    public async Task Arrange()
    {
        // Every caller tries each link-credential operation (registration codes, the unsubscribe link and its preferences page):
        // more than the code-lookup limit a client address has per minute (its 429 is EventsTests').
        _app = new CoopHubApp(Engine.Sqlite, await TestDatabases.NewSqliteAsync(), configure: b => b.UseSetting("RateLimits:CodeLookupsPerMinute", "100000"));
        _admin = _app.CreateAdminClient();
        _coopA = await CreateCooperativeAsync(CooperativeBodies.Valid(registrationNumber: "MATRIX-A", region: "MA-02", province: "MA-OUJ"));
        var coopB = await CreateCooperativeAsync(CooperativeBodies.Valid(registrationNumber: "MATRIX-B", region: "MA-06", province: "MA-CAS"));
        _targetUser = (string)(await PostAsync(_admin, "/api/v1/users", new JsonObject
        {
            ["email"] = TargetUserEmail, ["displayName"] = "Target", ["password"] = TargetUserPassword, ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-01"),
        }))["id"]!;

        _clients[Caller.Anonymous] = NoCookies();
        _clients[Caller.Admin] = _admin;
        _clients[Caller.ManagerOfA] = await KeyClientAsync("coop-manager", null, _coopA);
        _clients[Caller.ManagerOfB] = await KeyClientAsync("coop-manager", null, coopB);
        (_clients[Caller.StaffOfRegion], _staffKeyId) = await KeyClientWithIdAsync("staff", "MA-02", null);
        _clients[Caller.StaffOfOtherRegion] = await KeyClientAsync("staff", "MA-06", null);
        _organisation = (string)(await PostAsync(_admin, "/api/v1/organisations", Organisation("Association matrice"))) ["id"]!;
        _network = (string)(await PostAsync(_admin, "/api/v1/networks", Network("Réseau matrice")))["id"]!;
        _membership = (string)(await PostAsync(_admin, $"/api/v1/networks/{_network}/members", Member(_organisation)))["id"]!;
        _body = (string)(await PostAsync(_admin, $"/api/v1/networks/{_network}/bodies", new JsonObject { ["kind"] = "executiveBureau", ["nameFr"] = "Bureau" }))["id"]!;
        _clients[Caller.OfficerOfNetwork] = (await KeyClientWithIdAsync("network-officer", null, null, _network)).Client;
        var (revokedClient, revokedId) = await KeyClientWithIdAsync("staff", "national", null);
        var revoke = await _admin.DeleteAsync($"/api/v1/api-keys/{revokedId}");
        Assert.That((int)revoke.StatusCode, Is.EqualTo(200));
        _clients[Caller.RevokedKey] = revokedClient;
        _program = (string)(await PostAsync(_admin, "/api/v1/programs", ProgramBody("MATRIX")))["id"]!;
        _call = (string)(await PostAsync(_admin, "/api/v1/calls", CallBody(_program)))["id"]!;
        await PostAsync(_admin, $"/api/v1/calls/{_call}/reviewers", new JsonObject { ["reviewerId"] = _staffKeyId });
        _event = (string)(await PostAsync(_admin, "/api/v1/events", EventBody()))["id"]!;
        _idea = await IdeaAsync(publish: true);
        _competition = (string)(await PostAsync(_admin, "/api/v1/competitions", CompetitionBody()))["id"]!;
        await PostAsync(_admin, $"/api/v1/competitions/{_competition}/jurors", new JsonObject { ["jurorId"] = _staffKeyId });
        _webhook = (string)(await PostAsync(_admin, "/api/v1/webhooks", Webhook()))["webhook"]!["id"]!;
        _document = await CoopHub.Api.Tests.Documents.DocumentFiles.UploadPngAsync(_admin, _coopA);
    }

    private static JsonObject Webhook() => new() { ["url"] = "https://partner.example.org/hook", ["eventTypes"] = new JsonArray("idea.published") };

    private JsonObject CompetitionBody() => new()
    {
        ["titleFr"] = "Idéathon matrice", ["eventId"] = _event, ["status"] = "open",
        ["opensAt"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd'T'HH:mm:ss"), ["closesAt"] = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd'T'HH:mm:ss"),
        ["criteria"] = new JsonArray(new JsonObject { ["key"] = "social_impact", ["nameFr"] = "Impact social", ["weight"] = 100 }),
    };

    private JsonObject IdeaBody(string? cooperative) => new()
    {
        ["cooperativeId"] = cooperative, ["titleFr"] = $"Idée {++_counter}", ["problem"] = "Problème", ["solution"] = "Solution", ["sectors"] = new JsonArray("handicraft"),
    };

    /// <summary>An idea of cooperative A (or of no cooperative), as a draft or published.</summary>
    private async Task<string> IdeaAsync(bool publish, bool ofCooperativeA = true)
    {
        var id = (string)(await PostAsync(_admin, "/api/v1/ideas", IdeaBody(ofCooperativeA ? _coopA : null)))["id"]!;
        if (!publish) return id;
        await PostAsync(_admin, $"/api/v1/ideas/{id}/transitions", new JsonObject { ["to"] = "submitted" });
        await PostAsync(_admin, $"/api/v1/ideas/{id}/transitions", new JsonObject { ["to"] = "published" });
        return id;
    }

    private async Task<string> EntryAsync()
        => (string)(await PostAsync(_admin, $"/api/v1/competitions/{_competition}/entries", new JsonObject { ["ideaId"] = await IdeaAsync(publish: true, ofCooperativeA: false) }))["id"]!;

    private static JsonObject EventBody() => new()
    {
        ["kind"] = "workshop", ["titleFr"] = "Atelier matrice", ["regionCode"] = "MA-02", ["status"] = "published",
        ["startsAt"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd'T'HH:mm:ss"), ["endsAt"] = DateTime.UtcNow.AddDays(10).AddHours(3).ToString("yyyy-MM-dd'T'HH:mm:ss"),
    };

    /// <summary>A registration in the test event (an attendee) or, for cooperative A, in a fresh event (one registration per cooperative).</summary>
    private async Task<JsonNode> RegistrationAsync(bool forCooperativeA = false)
    {
        var eventId = forCooperativeA ? (string)(await PostAsync(_admin, "/api/v1/events", EventBody()))["id"]! : _event;
        return await PostAsync(_admin, $"/api/v1/events/{eventId}/registrations",
            forCooperativeA ? new JsonObject { ["cooperativeId"] = _coopA } : new JsonObject { ["attendeeName"] = $"Participante {++_counter}" });
    }

    private static JsonObject ProgramBody(string code) => new()
    {
        ["code"] = code, ["nameFr"] = "Programme " + code, ["regions"] = new JsonArray("MA-02"),
        ["supportAxes"] = new JsonArray(new JsonObject { ["code"] = "equipment", ["nameFr"] = "Équipement" }),
        ["indicators"] = new JsonArray(new JsonObject { ["code"] = "jobs_created", ["nameFr"] = "Emplois", ["target"] = 10 }),
    };

    private static JsonObject CallBody(string program) => new()
    {
        ["programId"] = program, ["titleFr"] = "Appel matrice", ["status"] = "published", ["places"] = 1000,
        ["opensAt"] = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd'T'HH:mm:ss"), ["closesAt"] = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd'T'HH:mm:ss"),
        ["criteria"] = new JsonArray(new JsonObject { ["key"] = "impact", ["nameFr"] = "Impact", ["weight"] = 100 }),
        ["documents"] = new JsonArray(new JsonObject { ["key"] = "statutes", ["nameFr"] = "Statuts", ["mandatory"] = false, ["kind"] = "statutes" }),
    };

    /// <summary>
    /// An application moved by the admin to <paramref name="status"/>: of a fresh MA-02 cooperative (not ManagerOfA's) in the test
    /// call, or of cooperative A in a call of its own (one application per cooperative per call).
    /// </summary>
    private async Task<string> ApplicationAsync(string status = "draft", string? cooperative = null)
    {
        var call = cooperative is null ? _call : (string)(await PostAsync(_admin, "/api/v1/calls", CallBody(_program)))["id"]!;
        cooperative ??= await CreateCooperativeAsync(CooperativeBodies.Valid(registrationNumber: $"MATRIX-P{++_counter}", region: "MA-02", province: "MA-OUJ"));
        var id = (string)(await PostAsync(_admin, $"/api/v1/calls/{call}/applications", new JsonObject { ["cooperativeId"] = cooperative }))["id"]!;
        if (status == "draft") return id;
        await PostAsync(_admin, $"/api/v1/applications/{id}/submit", new JsonObject());
        if (status == "eligible") return id;
        await PostAsync(_admin, $"/api/v1/applications/{id}/transitions", new JsonObject { ["to"] = "underReview" });
        if (status == "underReview") return id;
        await PostAsync(_admin, $"/api/v1/applications/{id}/transitions", new JsonObject { ["to"] = "selected", ["reason"] = "Matrice" });
        return id;
    }

    /// <summary>
    /// The content URL of a vault document picked by an application of a fresh MA-02 cooperative in the test call, under
    /// review (StaffOfRegion is the call's reviewer); made once.
    /// </summary>
    private async Task<string> PickedDocumentUrlAsync()
    {
        if (_pickedDocumentUrl.Length > 0) return _pickedDocumentUrl;
        var cooperative = await CreateCooperativeAsync(CooperativeBodies.Valid(registrationNumber: $"MATRIX-D{++_counter}", region: "MA-02", province: "MA-OUJ"));
        var document = await CoopHub.Api.Tests.Documents.DocumentFiles.UploadPngAsync(_admin, cooperative);
        var application = await PostAsync(_admin, $"/api/v1/calls/{_call}/applications", new JsonObject
        {
            ["cooperativeId"] = cooperative, ["documents"] = new JsonArray(new JsonObject { ["key"] = "statutes", ["documentId"] = document }),
        });
        var id = (string)application["id"]!;
        await PostAsync(_admin, $"/api/v1/applications/{id}/submit", new JsonObject());
        await PostAsync(_admin, $"/api/v1/applications/{id}/transitions", new JsonObject { ["to"] = "underReview" });
        return _pickedDocumentUrl = (string)application["documents"]![0]!["file"]!["contentUrl"]!;
    }

    [OneTimeTearDown]
    public async Task Dispose()
    {
        foreach (var client in _clients.Values.Distinct()) client.Dispose();
        await _app.DisposeAsync();
    }

    // The matrix signs in; a client that kept the cookie would stop being anonymous.
    private HttpClient NoCookies() => _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });

    private async Task<string> CreateCooperativeAsync(JsonObject body) => (string)(await PostAsync(_admin, "/api/v1/cooperatives", body))["id"]!;

    private static async Task<JsonNode> PostAsync(HttpClient client, string url, JsonNode body)
    {
        var response = await client.PostAsync(url, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, text);
        return JsonNode.Parse(text)!;
    }

    private async Task<HttpClient> KeyClientAsync(string role, string? region, string? cooperative) => (await KeyClientWithIdAsync(role, region, cooperative)).Client;

    private static JsonObject Organisation(string name) => new()
    {
        ["kind"] = "association", ["nameFr"] = name, ["nameAr"] = "جمعية " + name, ["regionCode"] = "MA-02", ["provinceCode"] = "MA-OUJ",
    };

    private static JsonObject Network(string name) => new()
    {
        ["kind"] = "network", ["nameFr"] = name, ["scope"] = "provincial", ["regionCode"] = "MA-02", ["provinceCode"] = "MA-OUJ",
        ["sectors"] = new JsonArray("handicraft"), ["foundedOn"] = "2024-05-01",
    };

    private static JsonObject Member(string organisation) => new() { ["memberType"] = "organisation", ["memberId"] = organisation, ["joinedOn"] = "2024-05-01" };

    private async Task<string> FreshMemberAsync()
    {
        var organisation = (string)(await PostAsync(_admin, "/api/v1/organisations", Organisation($"Membre {++_counter}")))["id"]!;
        return (string)(await PostAsync(_admin, $"/api/v1/networks/{_network}/members", Member(organisation)))["id"]!;
    }

    private async Task<(HttpClient Client, string Id)> KeyClientWithIdAsync(string role, string? region, string? cooperative, string? network = null)
    {
        var created = await PostAsync(_admin, "/api/v1/api-keys", new JsonObject
        {
            ["name"] = $"matrix {role} {region}{cooperative}",
            ["roles"] = new JsonArray(role),
            ["regions"] = region is null ? new JsonArray() : new JsonArray(region),
            ["cooperatives"] = cooperative is null ? new JsonArray() : new JsonArray(cooperative),
            ["networks"] = network is null ? new JsonArray() : new JsonArray(network),
        });
        var client = NoCookies();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)created["secret"]!);
        return (client, (string)created["key"]!["id"]!);
    }

    private static HttpRequestMessage Json(HttpMethod method, string url, JsonNode body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }

    private sealed record Row(Func<Task<HttpRequestMessage>> Request, Dictionary<Caller, int> Expected);

    /// <summary>
    /// Statuses in caller order: Anonymous, ManagerOfA, ManagerOfB, StaffOfRegion, StaffOfOtherRegion, Admin, RevokedKey,
    /// and last the officer of the test network (the same as a cooperative's manager unless given).
    /// </summary>
    private static Dictionary<Caller, int> Expect(params int[] statuses)
    {
        var expected = Callers.Zip(statuses).ToDictionary(x => x.First, x => x.Second);
        expected.TryAdd(Caller.OfficerOfNetwork, expected[Caller.ManagerOfB]);
        return expected;
    }

    /// <summary>The operations this matrix expects to answer 401 to an anonymous caller (read by <see cref="IdentityFirstTests"/>).</summary>
    internal static IReadOnlyCollection<string> AnonymousUnauthorized()
        => new AuthorizationMatrixTests().Rows().Where(row => row.Value.Expected[Caller.Anonymous] == 401).Select(row => row.Key).ToHashSet();

    private static readonly Dictionary<Caller, int> Public = Expect(200, 200, 200, 200, 200, 200, 401);
    private static readonly Dictionary<Caller, int> AdminOnly = Expect(401, 403, 403, 403, 403, 200, 401);

    private Dictionary<string, Row> Rows()
    {
        Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));
        var coop = $"/api/v1/cooperatives/{_coopA}";
        return new()
        {
            ["GetLiveness"] = new(() => Get("/health/live"), Public),
            ["GetReadiness"] = new(() => Get("/health/ready"), Public),
            ["ListRegions"] = new(() => Get("/api/v1/reference/regions"), Public),
            ["ListSectors"] = new(() => Get("/api/v1/reference/sectors"), Public),
            ["ListLegalForms"] = new(() => Get("/api/v1/reference/legal-forms"), Public),
            ["ListCooperatives"] = new(() => Get("/api/v1/cooperatives?q=matrix"), Public),
            ["GetCooperative"] = new(() => Get(coop), Public),
            ["GetCooperativeStatusHistory"] = new(() => Get($"{coop}/status-history"), Public),
            ["GetCooperativeStatistics"] = new(() => Get("/api/v1/cooperatives/statistics?groupBy=sector"), Public),
            ["RegisterCooperative"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/cooperatives",
                CooperativeBodies.Valid(registrationNumber: $"MATRIX-R{++_counter}", region: "MA-02", province: "MA-BER"))), Expect(401, 403, 403, 201, 403, 201, 401)),
            ["UpdateCooperative"] = new(() => Task.FromResult(Json(HttpMethod.Put, coop,
                CooperativeBodies.Valid(registrationNumber: "MATRIX-A", region: "MA-02", province: "MA-OUJ", total: 20 + ++_counter), "*")), Expect(401, 200, 403, 200, 403, 200, 401)),
            ["ChangeCooperativeStatus"] = new(async () =>
            {
                var current = JsonNode.Parse(await _admin.GetStringAsync(coop))!;
                var next = (string?)current["status"] == "active" ? "dormant" : "active";
                return Json(HttpMethod.Post, $"{coop}/status", new JsonObject { ["status"] = next, ["effectiveOn"] = "2025-01-01" });
            }, Expect(401, 403, 403, 200, 403, 200, 401)),
            ["ImportCooperatives"] = new(() =>
            {
                var content = new StringContent($"registrationNumber,nameAr,sectors,regionCode,provinceCode,membersTotal\nMATRIX-I{++_counter},تعاونية,argan,MA-02,MA-NAD,9\n", Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
                return Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/v1/cooperatives/import") { Content = content });
            }, Expect(401, 403, 403, 200, 403, 200, 401)),
            ["ExportCooperatives"] = new(() => Get("/api/v1/cooperatives/export"), Expect(401, 403, 403, 200, 200, 200, 401)),
            ["SignIn"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/auth/sign-in",
                new JsonObject { ["email"] = TargetUserEmail, ["password"] = TargetUserPassword })), Public),
            ["SignOut"] = new(() => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/sign-out")), Expect(204, 204, 204, 204, 204, 204, 401)),
            ["GetMe"] = new(() => Get("/api/v1/auth/me"), Expect(401, 200, 200, 200, 200, 200, 401)),
            ["GetAntiforgeryToken"] = new(() => Get("/api/v1/auth/antiforgery"), Public),
            ["RequestPasswordReset"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/auth/password-reset", new JsonObject { ["email"] = TargetUserEmail })),
                Expect(202, 202, 202, 202, 202, 202, 401)),
            ["ResetPassword"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/auth/password-reset/confirm",
                new JsonObject { ["token"] = "forged", ["newPassword"] = "Oujda-Berkane-2026" })), Expect(400, 400, 400, 400, 400, 400, 401)),
            ["SignUp"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/auth/sign-up", new JsonObject
            {
                ["email"] = $"signup{++_counter}@coophub.test", ["displayName"] = "Nouvelle", ["password"] = "Oujda-Berkane-2026",
            })), Expect(202, 202, 202, 202, 202, 202, 401)),
            ["VerifyAccount"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/auth/verify", new JsonObject { ["token"] = "forged" })),
                Expect(400, 400, 400, 400, 400, 400, 401)),
            // Claiming a cooperative is for personal accounts (every matrix caller but the anonymous one is a key: 403); staff keys
            // read the queue of their regions and decide its claims (an unknown claim: 404); a cooperative's managers are its
            // managers' and its region's staff's to see.
            ["ClaimCooperative"] = new(() =>
            {
                var form = new MultipartFormDataContent { { new StringContent("MATRIX-A"), "registrationNumber" } };
                return Task.FromResult(new HttpRequestMessage(HttpMethod.Post, "/api/v1/cooperative-claims") { Content = form });
            }, Expect(401, 403, 403, 403, 403, 403, 401)),
            ["ProveClaimWithCode"] = new(() => Task.FromResult(Json(HttpMethod.Post, $"/api/v1/cooperative-claims/{Guid.NewGuid()}/code", new JsonObject { ["code"] = "123456" })),
                Expect(401, 403, 403, 403, 403, 403, 401)),
            ["ListCooperativeClaims"] = new(() => Get("/api/v1/cooperative-claims"), Expect(401, 403, 403, 200, 200, 200, 401)),
            ["DecideCooperativeClaim"] = new(() => Task.FromResult(Json(HttpMethod.Post, $"/api/v1/cooperative-claims/{Guid.NewGuid()}/decision", new JsonObject { ["decision"] = "approve" })),
                Expect(401, 403, 403, 404, 404, 404, 401)),
            ["ListCooperativeManagers"] = new(() => Get($"{coop}/managers"), Expect(401, 200, 404, 200, 404, 200, 401)),
            ["LeaveCooperative"] = new(() => Task.FromResult(new HttpRequestMessage(HttpMethod.Delete, $"{coop}/managers/me")), Expect(401, 403, 403, 403, 403, 403, 401)),
            ["RevokeCooperativeManager"] = new(() => Task.FromResult(new HttpRequestMessage(HttpMethod.Delete, $"{coop}/managers/{_targetUser}")),
                Expect(401, 403, 403, 404, 404, 404, 401)),
            ["ListUsers"] = new(() => Get("/api/v1/users"), AdminOnly),
            ["CreateUser"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/users", new JsonObject
            {
                ["email"] = $"new{++_counter}@coophub.test", ["displayName"] = "New", ["password"] = "Oujda-Berkane-2026", ["roles"] = new JsonArray("coop-manager"),
                ["cooperatives"] = new JsonArray(_coopA),
            })), Expect(401, 403, 403, 403, 403, 201, 401)),
            ["GetUser"] = new(() => Get($"/api/v1/users/{_targetUser}"), AdminOnly),
            ["UpdateUser"] = new(() => Task.FromResult(Json(HttpMethod.Put, $"/api/v1/users/{_targetUser}", new JsonObject
            {
                ["displayName"] = $"Target {++_counter}", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-01"),
            }, "*")), AdminOnly),
            // API keys have no password or language of their own.
            ["ChangeOwnPassword"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/users/me/password",
                new JsonObject { ["currentPassword"] = "whatever-it-is", ["newPassword"] = "Another-Long-Pass-1" })), Expect(401, 403, 403, 403, 403, 403, 401)),
            ["ChangeOwnLanguage"] = new(() => Task.FromResult(Json(HttpMethod.Put, "/api/v1/users/me/language", new JsonObject { ["language"] = "ar" })),
                Expect(401, 403, 403, 403, 403, 403, 401)),
            ["AddAccountAddress"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/users/me/addresses", new JsonObject { ["phone"] = "0612345678" })),
                Expect(401, 403, 403, 403, 403, 403, 401)),
            ["ConfirmAccountAddress"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/users/me/addresses/confirm", new JsonObject { ["code"] = "123456" })),
                Expect(401, 403, 403, 403, 403, 403, 401)),
            ["ReplaceAccountAddress"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/users/me/addresses/replace",
                new JsonObject { ["email"] = "nouvelle@coophub.test", ["password"] = "whatever-it-is" })), Expect(401, 403, 403, 403, 403, 403, 401)),
            ["RemoveAccountAddress"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/users/me/addresses/remove",
                new JsonObject { ["kind"] = "phone", ["password"] = "whatever-it-is" })), Expect(401, 403, 403, 403, 403, 403, 401)),
            ["VerifyAccountAddress"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/users/me/addresses/verify", new JsonObject { ["kind"] = "email" })),
                Expect(401, 403, 403, 403, 403, 403, 401)),
            ["ListApiKeys"] = new(() => Get("/api/v1/api-keys"), AdminOnly),
            ["CreateApiKey"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/api-keys", new JsonObject
            {
                ["name"] = $"partner {++_counter}", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-01"),
            })), Expect(401, 403, 403, 403, 403, 201, 401)),
            ["RevokeApiKey"] = new(async () =>
            {
                var (client, id) = await KeyClientWithIdAsync("staff", "MA-03", null);
                client.Dispose();
                return new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/api-keys/{id}");
            }, AdminOnly),
            ["ListAudit"] = new(() => Get("/api/v1/audit"), AdminOnly),
            ["ListOrganisations"] = new(() => Get("/api/v1/organisations?q=matrice"), Public),
            ["GetOrganisation"] = new(() => Get($"/api/v1/organisations/{_organisation}"), Public),
            ["CreateOrganisation"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/organisations", Organisation($"Nouvelle {++_counter}"))),
                Expect(401, 403, 403, 201, 403, 201, 401, 403)),
            ["UpdateOrganisation"] = new(() => Task.FromResult(Json(HttpMethod.Put, $"/api/v1/organisations/{_organisation}", Organisation("Association matrice"), "*")),
                Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["ListNetworks"] = new(() => Get("/api/v1/networks?region=MA-02"), Public),
            ["GetNetwork"] = new(() => Get($"/api/v1/networks/{_network}"), Public),
            ["CreateNetwork"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/networks", Network($"Réseau {++_counter}"))),
                Expect(401, 403, 403, 201, 403, 201, 401, 403)),
            ["UpdateNetwork"] = new(() => Task.FromResult(Json(HttpMethod.Put, $"/api/v1/networks/{_network}", Network("Réseau matrice"), "*")),
                Expect(401, 403, 403, 200, 403, 200, 401, 200)),
            ["ListNetworkMembers"] = new(() => Get($"/api/v1/networks/{_network}/members"), Public),
            ["AddNetworkMember"] = new(async () =>
            {
                var organisation = (string)(await PostAsync(_admin, "/api/v1/organisations", Organisation($"Candidate {++_counter}")))["id"]!;
                return Json(HttpMethod.Post, $"/api/v1/networks/{_network}/members", Member(organisation));
            }, Expect(401, 403, 403, 201, 403, 201, 401, 201)),
            ["EndNetworkMembership"] = new(async () => Json(HttpMethod.Post, $"/api/v1/networks/{_network}/members/{await FreshMemberAsync()}/leave",
                new JsonObject { ["leftOn"] = "2025-01-01", ["reason"] = "Démission" }), Expect(401, 403, 403, 200, 403, 200, 401, 200)),
            ["ListNetworkBodies"] = new(() => Get($"/api/v1/networks/{_network}/bodies"), Public),
            ["CreateNetworkBody"] = new(() => Task.FromResult(Json(HttpMethod.Post, $"/api/v1/networks/{_network}/bodies",
                new JsonObject { ["kind"] = "workingBody", ["nameFr"] = $"Instance {++_counter}" })), Expect(401, 403, 403, 201, 403, 201, 401, 201)),
            ["AppointMandate"] = new(() => Task.FromResult(Json(HttpMethod.Post, $"/api/v1/networks/{_network}/bodies/{_body}/mandates",
                new JsonObject { ["membershipId"] = _membership, ["role"] = "member", ["termStart"] = "2024-06-01", ["termEnd"] = "2027-05-31" })),
                Expect(401, 403, 403, 201, 403, 201, 401, 201)),
            ["EndMandate"] = new(async () =>
            {
                var mandate = (string)(await PostAsync(_admin, $"/api/v1/networks/{_network}/bodies/{_body}/mandates",
                    new JsonObject { ["membershipId"] = _membership, ["role"] = "member", ["termStart"] = "2024-06-01", ["termEnd"] = "2027-05-31" }))["id"]!;
                return Json(HttpMethod.Post, $"/api/v1/networks/{_network}/mandates/{mandate}/end", new JsonObject { ["endedOn"] = "2025-12-31" });
            }, Expect(401, 403, 403, 200, 403, 200, 401, 200)),
            ["ListExpiringMandates"] = new(() => Get($"/api/v1/networks/{_network}/mandates/expiring?within=90"), Public),
            ["ListNetworkProjects"] = new(() => Get($"/api/v1/networks/{_network}/projects"), Public),
            ["GetNetworkImpact"] = new(() => Get($"/api/v1/networks/{_network}/impact?from=2024-01-01"), Public),
            ["CreateNetworkProject"] = new(() => Task.FromResult(Json(HttpMethod.Post, $"/api/v1/networks/{_network}/projects",
                new JsonObject { ["title"] = $"Projet {++_counter}", ["memberships"] = new JsonArray(_membership) })), Expect(401, 403, 403, 201, 403, 201, 401, 201)),
            ["RecordImpactAssessment"] = new(async () =>
            {
                var project = (string)(await PostAsync(_admin, $"/api/v1/networks/{_network}/projects", new JsonObject { ["title"] = $"Suivi {++_counter}" }))["id"]!;
                return Json(HttpMethod.Post, $"/api/v1/networks/{_network}/projects/{project}/assessments", new JsonObject { ["assessedOn"] = "2025-06-30", ["jobs"] = 3 });
            }, Expect(401, 403, 403, 201, 403, 201, 401, 201)),
            ["ListPrograms"] = new(() => Get("/api/v1/programs"), Public),
            ["GetProgram"] = new(() => Get($"/api/v1/programs/{_program}"), Public),
            ["GetProgramReport"] = new(() => Get($"/api/v1/programs/{_program}/report"), Public),
            ["ExportProgramIati"] = new(() => Get($"/api/v1/programs/{_program}/iati.xml"), Public),
            ["ExportProgram360Giving"] = new(() => Get($"/api/v1/programs/{_program}/360giving.json"), Public),
            ["ExportProgramReport"] = new(() => Get($"/api/v1/programs/{_program}/report.csv"), Public),
            ["CreateProgram"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/programs", ProgramBody($"MATRIX-{++_counter}"))),
                Expect(401, 403, 403, 201, 403, 201, 401, 403)),
            ["UpdateProgram"] = new(() => Task.FromResult(Json(HttpMethod.Put, $"/api/v1/programs/{_program}", ProgramBody("MATRIX"), "*")),
                Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["ListCalls"] = new(() => Get("/api/v1/calls?when=open"), Public),
            ["GetCall"] = new(() => Get($"/api/v1/calls/{_call}"), Public),
            ["CreateCall"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/calls", CallBody(_program))), Expect(401, 403, 403, 201, 403, 201, 401, 403)),
            ["UpdateCall"] = new(() => Task.FromResult(Json(HttpMethod.Put, $"/api/v1/calls/{_call}", CallBody(_program), "*")), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["ListEligibleCooperatives"] = new(() => Get($"/api/v1/calls/{_call}/eligible-cooperatives"), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["ListOpenCallsForCooperative"] = new(() => Get($"{coop}/open-calls"), Public),
            ["CreateApplication"] = new(async () => Json(HttpMethod.Post, $"/api/v1/calls/{_call}/applications", new JsonObject
            {
                ["cooperativeId"] = await CreateCooperativeAsync(CooperativeBodies.Valid(registrationNumber: $"MATRIX-C{++_counter}", region: "MA-02", province: "MA-OUJ")),
            }), Expect(401, 403, 403, 201, 403, 201, 401, 403)),
            ["ListApplications"] = new(() => Get("/api/v1/applications"), Expect(401, 200, 200, 200, 200, 200, 401, 200)),
            ["GetApplication"] = new(async () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/applications/{await ApplicationAsync(cooperative: _coopA)}"),
                Expect(401, 200, 403, 200, 403, 200, 401, 403)),
            ["UpdateApplication"] = new(async () => Json(HttpMethod.Put, $"/api/v1/applications/{await ApplicationAsync(cooperative: _coopA)}",
                new JsonObject { ["projectSummary"] = "Projet" }, "*"), Expect(401, 200, 403, 200, 403, 200, 401, 403)),
            ["SubmitApplication"] = new(async () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/applications/{await ApplicationAsync(cooperative: _coopA)}/submit"),
                Expect(401, 200, 403, 200, 403, 200, 401, 403)),
            ["GetApplicationHistory"] = new(async () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/applications/{await ApplicationAsync()}/history"),
                Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["OverrideEligibility"] = new(async () => Json(HttpMethod.Post, $"/api/v1/applications/{await ApplicationAsync("eligible")}/eligibility",
                new JsonObject { ["eligible"] = false, ["reason"] = "Matrice" }), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["TransitionApplication"] = new(async () => Json(HttpMethod.Post, $"/api/v1/applications/{await ApplicationAsync("eligible")}/transitions",
                new JsonObject { ["to"] = "underReview" }), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["ListApplicationReviews"] = new(async () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/applications/{await ApplicationAsync("underReview")}/reviews"),
                Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            // StaffOfRegion is the call's assigned reviewer; the admin is not (403), nor anyone else.
            ["ScoreApplication"] = new(async () => Json(HttpMethod.Put, $"/api/v1/applications/{await ApplicationAsync("underReview")}/reviews/mine",
                new JsonObject { ["scores"] = new JsonArray(new JsonObject { ["criterion"] = "impact", ["score"] = 7 }) }), Expect(401, 403, 403, 200, 403, 403, 401, 403)),
            // Whoever may see the application reads its documents (the call's reviewer once under review); 404 for anyone else.
            ["DownloadApplicationDocument"] = new(async () => new HttpRequestMessage(HttpMethod.Get, await PickedDocumentUrlAsync()),
                Expect(404, 404, 404, 200, 404, 200, 401, 404)),
            ["GetMyReviewQueue"] = new(() => Get("/api/v1/reviews/queue"), Expect(401, 200, 200, 200, 200, 200, 401, 200)),
            ["GetApplicationSupport"] = new(async () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/applications/{await ApplicationAsync("selected")}/support"),
                Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["RecordSupport"] = new(async () => Json(HttpMethod.Post, $"/api/v1/applications/{await ApplicationAsync("selected")}/support",
                new JsonObject { ["axis"] = "equipment", ["kind"] = "equipment", ["amount"] = 1000, ["deliveredOn"] = "2025-01-01" }), Expect(401, 403, 403, 201, 403, 201, 401, 403)),
            ["RecordOutcome"] = new(async () => Json(HttpMethod.Post, $"/api/v1/applications/{await ApplicationAsync("selected")}/outcomes",
                new JsonObject { ["indicator"] = "jobs_created", ["value"] = 2, ["measuredOn"] = "2025-06-30" }), Expect(401, 403, 403, 201, 403, 201, 401, 403)),
            ["ListCallReviewers"] = new(() => Get($"/api/v1/calls/{_call}/reviewers"), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["ListReviewerCandidates"] = new(() => Get($"/api/v1/calls/{_call}/reviewer-candidates"), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["AssignCallReviewer"] = new(async () => Json(HttpMethod.Post, $"/api/v1/calls/{_call}/reviewers",
                new JsonObject { ["reviewerId"] = (await KeyClientWithIdAsync("staff", "MA-02", null)).Id }), Expect(401, 403, 403, 201, 403, 201, 401, 403)),
            ["RemoveCallReviewer"] = new(async () =>
            {
                var id = (await KeyClientWithIdAsync("staff", "MA-02", null)).Id;
                await PostAsync(_admin, $"/api/v1/calls/{_call}/reviewers", new JsonObject { ["reviewerId"] = id });
                return new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/calls/{_call}/reviewers/{id}");
            }, Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["GetCallRanking"] = new(() => Get($"/api/v1/calls/{_call}/ranking"), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["ListEvents"] = new(() => Get("/api/v1/events?region=MA-02"), Public),
            ["GetEvent"] = new(() => Get($"/api/v1/events/{_event}"), Public),
            ["GetEventAttendance"] = new(() => Get($"/api/v1/events/{_event}/attendance"), Public),
            ["GetEventsCalendar"] = new(() => Get("/api/v1/events.ics?kind=workshop"), Public),
            ["GetEventCalendar"] = new(() => Get($"/api/v1/events/{_event}.ics"), Public),
            ["CreateEvent"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/events", EventBody())), Expect(401, 403, 403, 201, 403, 201, 401, 403)),
            ["UpdateEvent"] = new(() => Task.FromResult(Json(HttpMethod.Put, $"/api/v1/events/{_event}", EventBody(), "*")), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["RecordWalkIns"] = new(() => Task.FromResult(Json(HttpMethod.Put, $"/api/v1/events/{_event}/walk-ins", new JsonObject { ["walkIns"] = 3 })),
                Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["RegisterForEvent"] = new(async () => Json(HttpMethod.Post, $"/api/v1/events/{(string)(await PostAsync(_admin, "/api/v1/events", EventBody()))["id"]!}/registrations",
                new JsonObject { ["cooperativeId"] = _coopA }), Expect(401, 201, 403, 201, 403, 201, 401, 403)),
            ["ListEventRegistrations"] = new(() => Get($"/api/v1/events/{_event}/registrations?status=registered"), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["CancelRegistration"] = new(async () =>
            {
                var registration = (await RegistrationAsync(forCooperativeA: true))["registration"]!;
                return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{registration["eventId"]}/registrations/{registration["id"]}/cancel");
            }, Expect(401, 200, 403, 200, 403, 200, 401, 403)),
            ["CheckIn"] = new(async () => Json(HttpMethod.Post, $"/api/v1/events/{_event}/check-in", new JsonObject { ["code"] = (string)(await RegistrationAsync())["code"]! }),
                Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["ListMyRegistrations"] = new(() => Get("/api/v1/events/registrations/mine"), Expect(401, 200, 200, 200, 200, 200, 401, 200)),
            ["GetRegistrationByCode"] = new(async () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/registrations/{(string)(await RegistrationAsync())["code"]!}"), Public),
            ["CancelRegistrationByCode"] = new(async () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/registrations/{(string)(await RegistrationAsync())["code"]!}/cancel"), Public),
            ["ListWebhooks"] = new(() => Get("/api/v1/webhooks"), AdminOnly),
            ["CreateWebhook"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/webhooks", Webhook())), Expect(401, 403, 403, 403, 403, 201, 401)),
            ["DeactivateWebhook"] = new(async () => new HttpRequestMessage(HttpMethod.Delete,
                $"/api/v1/webhooks/{(string)(await PostAsync(_admin, "/api/v1/webhooks", Webhook()))["webhook"]!["id"]!}"), AdminOnly),
            ["ListWebhookDeliveries"] = new(() => Get($"/api/v1/webhooks/{_webhook}/deliveries"), AdminOnly),
            // No delivery exists in the matrix's database (the dispatcher does not run in tests): the admin reaches the 404.
            ["RedeliverWebhook"] = new(() => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/webhooks/{_webhook}/deliveries/{Guid.NewGuid()}/redeliver")),
                Expect(401, 403, 403, 403, 403, 404, 401)),
            // Everyone signed in has an inbox; a message nobody sent is not found whoever asks (another person's is not found either, see NotificationTests).
            ["ListNotifications"] = new(() => Get("/api/v1/notifications?unreadOnly=true"), Expect(401, 200, 200, 200, 200, 200, 401, 200)),
            ["MarkNotificationRead"] = new(() => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/notifications/{Guid.NewGuid()}/read")),
                Expect(401, 404, 404, 404, 404, 404, 401, 404)),
            ["ListNotificationDeliveries"] = new(() => Get("/api/v1/notifications/deliveries?status=dead"), AdminOnly),
            ["RetryNotificationDelivery"] = new(() => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/notifications/deliveries/{Guid.NewGuid()}/retry")),
                Expect(401, 403, 403, 403, 403, 404, 401)),
            // Everyone signed in has their own choices; the unsubscribe link needs no sign-in (a forged token is 400 for everyone, never 401).
            ["GetNotificationPreferences"] = new(() => Get("/api/v1/notifications/preferences"), Expect(401, 200, 200, 200, 200, 200, 401, 200)),
            ["UpdateNotificationPreferences"] = new(() => Task.FromResult(Json(HttpMethod.Put, "/api/v1/notifications/preferences",
                new JsonObject { ["items"] = new JsonArray(new JsonObject { ["topic"] = "events", ["channel"] = "email", ["enabled"] = false }) })),
                Expect(401, 200, 200, 200, 200, 200, 401, 200)),
            ["UnsubscribeFromNotifications"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/notifications/unsubscribe", new JsonObject { ["token"] = "forged" })),
                Expect(400, 400, 400, 400, 400, 400, 401, 400)),
            // The preferences page of the same link: the token is the credential, so a forged one is 400 for everyone, never 401 or 403.
            ["GetContactPreferences"] = new(() => Get("/api/v1/notifications/contact-preferences?token=forged"), Expect(400, 400, 400, 400, 400, 400, 401, 400)),
            ["UpdateContactPreferences"] = new(() => Task.FromResult(Json(HttpMethod.Put, "/api/v1/notifications/contact-preferences", new JsonObject
            {
                ["token"] = "forged", ["items"] = new JsonArray(new JsonObject { ["topic"] = "events", ["channel"] = "email", ["enabled"] = false }),
            })), Expect(400, 400, 400, 400, 400, 400, 401, 400)),
            // A registry contact's consent is read and recorded by staff of the cooperative's region and administrators (ADR 0024).
            ["GetRegistryContactConsent"] = new(() => Get($"/api/v1/notifications/registry-contacts/{_coopA}/consent"), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["ChangeRegistryContactConsent"] = new(() => Task.FromResult(Json(HttpMethod.Post, $"/api/v1/notifications/registry-contacts/{_coopA}/consent", new JsonObject
            {
                ["channels"] = new JsonArray("email"), ["enabled"] = true, ["method"] = "signed-form", ["givenOn"] = "2026-11-20",
            })), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            // Twilio's delivery receipts need no sign-in: the signature is the credential. The matrix's host has no SMS provider, so a signed
            // callback is 403 for everyone (a revoked key is refused before); signed ones and a missing signature (401) are in SmsReceiptTests.
            ["RecordSmsDeliveryReceipt"] = new(() =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/sms-status")
                {
                    Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["MessageSid"] = "SM0123", ["MessageStatus"] = "delivered" }),
                };
                request.Headers.Add("X-Twilio-Signature", "Zm9yZ2VkLXNpZ25hdHVyZQ==");
                return Task.FromResult(request);
            }, Expect(403, 403, 403, 403, 403, 403, 401, 403)),
            // Staff message their regions (another region is 403); nobody can be reached in the matrix's registry (its cooperatives have no account and no
            // contact opted in to announcements), so the callers allowed to send reach 409 notifications.segment_empty. The fingerprint is that of no one.
            ["PreviewSegmentMessage"] = new(() => Get("/api/v1/notifications/segment-messages/preview?region=MA-02"), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["SendSegmentMessage"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/notifications/segment-messages", new JsonObject
            {
                ["filter"] = new JsonObject { ["region"] = "MA-02" },
                ["texts"] = new JsonArray(new JsonObject { ["language"] = "fr", ["subject"] = "Formation", ["body"] = "Une formation est organisée." }),
                ["fingerprint"] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            })), Expect(401, 403, 403, 409, 403, 409, 401, 403)),
            ["GetSegmentMessage"] = new(() => Get($"/api/v1/notifications/segment-messages/{Guid.NewGuid()}"), Expect(401, 403, 403, 404, 404, 404, 401, 403)),
            ["ListSegmentMessages"] = new(() => Get("/api/v1/notifications/segment-messages"), Expect(401, 403, 403, 200, 200, 200, 401, 403)),
            ["GetOpenCooperativesJson"] = new(() => Get("/api/v1/open-data/cooperatives.json"), Public),
            ["GetOpenCooperativesCsv"] = new(() => Get("/api/v1/open-data/cooperatives.csv"), Public),
            ["ListIdeas"] = new(() => Get("/api/v1/ideas?sector=handicraft"), Public),
            ["GetIdea"] = new(() => Get($"/api/v1/ideas/{_idea}"), Public),
            ["ListIdeaAdoptions"] = new(() => Get($"/api/v1/ideas/{_idea}/adoptions"), Public),
            ["ListIdeaFinancing"] = new(() => Get($"/api/v1/ideas/{_idea}/financing"), Public),
            ["CreateIdea"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/ideas", IdeaBody(_coopA))), Expect(401, 201, 403, 201, 403, 201, 401, 403)),
            // Curation is regional: staff of the idea's region (its cooperative's) edit and move it; the author side is its cooperative's manager.
            ["UpdateIdea"] = new(async () => Json(HttpMethod.Put, $"/api/v1/ideas/{await IdeaAsync(publish: false)}", IdeaBody(_coopA), "*"), Expect(401, 200, 403, 200, 403, 200, 401, 403)),
            ["TransitionIdea"] = new(async () => Json(HttpMethod.Post, $"/api/v1/ideas/{await IdeaAsync(publish: false)}/transitions", new JsonObject { ["to"] = "submitted" }),
                Expect(401, 200, 403, 200, 403, 200, 401, 403)),
            ["AdoptIdea"] = new(async () => Json(HttpMethod.Post, $"/api/v1/ideas/{await IdeaAsync(publish: true)}/adoptions", new JsonObject { ["cooperativeId"] = _coopA }),
                Expect(401, 201, 403, 201, 403, 201, 401, 403)),
            ["LinkIdeaToCall"] = new(async () => Json(HttpMethod.Post, $"/api/v1/ideas/{await IdeaAsync(publish: true)}/financing-links", new JsonObject { ["callId"] = _call }),
                Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["ListCompetitions"] = new(() => Get("/api/v1/competitions"), Public),
            ["GetCompetition"] = new(() => Get($"/api/v1/competitions/{_competition}"), Public),
            ["ListCompetitionEntries"] = new(() => Get($"/api/v1/competitions/{_competition}/entries"), Public),
            ["CreateCompetition"] = new(() => Task.FromResult(Json(HttpMethod.Post, "/api/v1/competitions", CompetitionBody())), Expect(401, 403, 403, 201, 403, 201, 401, 403)),
            ["UpdateCompetition"] = new(() => Task.FromResult(Json(HttpMethod.Put, $"/api/v1/competitions/{_competition}", CompetitionBody(), "*")), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["EnterCompetition"] = new(async () => Json(HttpMethod.Post, $"/api/v1/competitions/{_competition}/entries", new JsonObject { ["ideaId"] = await IdeaAsync(publish: true) }),
                Expect(401, 201, 403, 201, 403, 201, 401, 403)),
            ["AssignJuror"] = new(async () => Json(HttpMethod.Post, $"/api/v1/competitions/{_competition}/jurors",
                new JsonObject { ["jurorId"] = (await KeyClientWithIdAsync("staff", "MA-02", null)).Id }), Expect(401, 403, 403, 201, 403, 201, 401, 403)),
            ["ListJurorCandidates"] = new(() => Get($"/api/v1/competitions/{_competition}/juror-candidates"), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["GetJuryProgress"] = new(() => Get($"/api/v1/competitions/{_competition}/jurors"), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            // StaffOfRegion sits on the test jury; nobody else does.
            ["GetMyJuryAssignment"] = new(() => Get($"/api/v1/competitions/{_competition}/jury/mine"), Expect(401, 403, 403, 200, 403, 403, 401, 403)),
            ["ScoreEntry"] = new(async () => Json(HttpMethod.Put, $"/api/v1/competitions/{_competition}/entries/{await EntryAsync()}/scores/mine",
                new JsonObject { ["scores"] = new JsonArray(new JsonObject { ["criterion"] = "social_impact", ["score"] = 8 }) }), Expect(401, 403, 403, 200, 403, 403, 401, 403)),
            ["GetCompetitionRanking"] = new(() => Get($"/api/v1/competitions/{_competition}/ranking"), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["ExportCompetitionRanking"] = new(() => Get($"/api/v1/competitions/{_competition}/ranking.csv"), Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            ["SetCompetitionAwards"] = new(() => Task.FromResult(Json(HttpMethod.Put, $"/api/v1/competitions/{_competition}/awards", new JsonObject { ["awards"] = new JsonArray() })),
                Expect(401, 403, 403, 200, 403, 200, 401, 403)),
            // A vault is its cooperative's managers', its region's staff's and administrators'; everyone else is told it does not exist
            // (anonymous readers too); a role that holds no vault (a network officer) is refused outright.
            ["ListCooperativeDocuments"] = new(() => Get($"{coop}/documents"), Expect(404, 200, 404, 200, 404, 200, 401, 404)),
            ["UploadCooperativeDocument"] = new(() => Task.FromResult(CoopHub.Api.Tests.Documents.DocumentFiles.Upload($"{coop}/documents",
                CoopHub.Api.Tests.Documents.DocumentFiles.Png(), $"photo-{++_counter}.png", "photo")), Expect(401, 201, 404, 201, 404, 201, 401, 403)),
            ["GetDocument"] = new(() => Get($"/api/v1/documents/{_document}"), Expect(404, 200, 404, 200, 404, 200, 401, 404)),
            ["DownloadDocument"] = new(() => Get($"/api/v1/documents/{_document}/content"), Expect(404, 200, 404, 200, 404, 200, 401, 404)),
            ["GetDocumentThumbnail"] = new(() => Get($"/api/v1/documents/{_document}/thumbnail"), Expect(404, 200, 404, 200, 404, 200, 401, 404)),
            ["DeleteDocument"] = new(async () => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/documents/{await CoopHub.Api.Tests.Documents.DocumentFiles.UploadPngAsync(_admin, _coopA)}"),
                Expect(401, 200, 404, 200, 404, 200, 401, 403)),
        };
    }

    [Test]
    public async Task Given_every_operation_and_every_caller_Then_the_status_is_the_expected_one()
    {
        var document = JsonNode.Parse(await _admin.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => (string)m.Value!["operationId"]!))
            .ToList();
        var rows = Rows();

        Assert.That(operations.Where(o => !rows.ContainsKey(o)), Is.Empty, "operations without a row in the authorization matrix");
        Assert.That(rows.Keys.Where(k => !operations.Contains(k)), Is.Empty, "matrix rows for operations the API no longer has");

        var mismatches = new List<string>();
        foreach (var operation in operations)
        {
            foreach (var caller in Callers)
            {
                using var request = await rows[operation].Request();
                using var response = await _clients[caller].SendAsync(request);
                var status = (int)response.StatusCode;
                var expected = rows[operation].Expected[caller];
                if (status != expected)
                {
                    mismatches.Add($"{operation} as {caller}: expected {expected}, got {status} {await response.Content.ReadAsStringAsync()}");
                }
                else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    mismatches.Add($"{operation} as {caller}: {status} without a problem-details body");
                }
            }
        }
        Assert.That(mismatches, Is.Empty);
    }
}

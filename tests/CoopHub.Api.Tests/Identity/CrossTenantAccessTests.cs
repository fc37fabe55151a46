using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;

namespace CoopHub.Api.Tests.Identity;

/// <summary>
/// Every record-level operation of the live OpenAPI document (every path with an id), tried on records of
/// region A (cooperative A, network A) by callers scoped elsewhere: staff of another region, the manager of
/// another cooperative, an officer of another network, and nobody. Each must be refused (403 or 404; 401
/// or 404 for nobody) unless its row says why the record is public. Records that have a draft are tried as drafts.
/// An operation without a row fails the test, so a new route cannot skip the question.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class CrossTenantAccessTests
{
    private enum Intruder { Anonymous, StaffOfOtherRegion, ManagerOfOtherCooperative, OfficerOfOtherNetwork }

    private const string RegionA = "MA-02";
    private const string RegionB = "MA-06";

    private CoopHubApp _app = null!;
    private HttpClient _admin = null!;
    private readonly Dictionary<Intruder, HttpClient> _intruders = [];
    private string _coopA = "";
    private string _segmentMessageA = "";
    private string _coopB = "";
    private string _organisationA = "";
    private string _networkA = "";
    private string _membershipA = "";
    private string _bodyA = "";
    private string _programA = "";
    private string _openCallA = "";
    private string _draftCallA = "";
    private string _eventA = "";
    private string _draftEventA = "";
    private string _draftIdeaA = "";
    private string _draftCompetitionA = "";
    private string _openCompetitionA = "";
    private string _user = "";
    private string _webhook = "";
    private string _notificationA = "";
    private string _claimA = "";
    private int _counter;

    [OneTimeSetUp]
    public async Task Arrange()
    {
        var database = await TestDatabases.NewSqliteAsync();
        _app = new CoopHubApp(Engine.Sqlite, database);
        _admin = _app.CreateAdminClient();
        _coopA = await IdAsync("/api/v1/cooperatives", CooperativeBodies.Valid(registrationNumber: "TENANT-A", region: RegionA, province: "MA-OUJ"));
        var coopB = _coopB = await IdAsync("/api/v1/cooperatives", CooperativeBodies.Valid(registrationNumber: "TENANT-B", region: RegionB, province: "MA-CAS"));
        _organisationA = await IdAsync("/api/v1/organisations", Organisation("Association A", RegionA, "MA-OUJ"));
        _networkA = await IdAsync("/api/v1/networks", Network("Réseau A", RegionA, "MA-OUJ"));
        var networkB = await IdAsync("/api/v1/networks", Network("Réseau B", RegionB, "MA-CAS"));
        _membershipA = await IdAsync($"/api/v1/networks/{_networkA}/members", Member(_organisationA));
        _bodyA = await IdAsync($"/api/v1/networks/{_networkA}/bodies", new JsonObject { ["kind"] = "executiveBureau", ["nameFr"] = "Bureau" });
        _programA = await IdAsync("/api/v1/programs", new JsonObject
        {
            ["code"] = "TENANT-A", ["nameFr"] = "Programme A", ["regions"] = new JsonArray(RegionA),
            ["supportAxes"] = new JsonArray(new JsonObject { ["code"] = "equipment", ["nameFr"] = "Équipement" }),
            ["indicators"] = new JsonArray(new JsonObject { ["code"] = "jobs_created", ["nameFr"] = "Emplois", ["target"] = 10 }),
        });
        _openCallA = await IdAsync("/api/v1/calls", CallBody("published"));
        _draftCallA = await IdAsync("/api/v1/calls", CallBody("draft"));
        _eventA = await IdAsync("/api/v1/events", EventBody("published"));
        _draftEventA = await IdAsync("/api/v1/events", EventBody("draft"));
        _draftIdeaA = await IdeaAsync(publish: false);
        _draftCompetitionA = await IdAsync("/api/v1/competitions", CompetitionBody("draft"));
        _openCompetitionA = await IdAsync("/api/v1/competitions", CompetitionBody("open"));
        _user = await IdAsync("/api/v1/users", new JsonObject
        {
            ["email"] = "tenant.user@coophub.test", ["displayName"] = "Agent A", ["password"] = "Tifinagh-Bayt-Karama-9", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray(RegionA),
        });
        _webhook = (string)(await PostAsync("/api/v1/webhooks", new JsonObject { ["url"] = "https://partner.example.org/hook", ["eventTypes"] = new JsonArray("idea.published") }))["webhook"]!["id"]!;
        _notificationA = await NotificationOfAsync(database, _user);
        _claimA = await ClaimOfAsync(database, _user, _coopA);
        _segmentMessageA = await SegmentMessageOfAsync(database, RegionA);

        _intruders[Intruder.Anonymous] = NoCookies();
        _intruders[Intruder.StaffOfOtherRegion] = (await KeyAsync("staff", RegionB, null, null)).Client;
        _intruders[Intruder.ManagerOfOtherCooperative] = (await KeyAsync("coop-manager", null, coopB, null)).Client;
        _intruders[Intruder.OfficerOfOtherNetwork] = (await KeyAsync("network-officer", null, null, networkB)).Client;
    }

    [OneTimeTearDown]
    public async Task Dispose()
    {
        foreach (var client in _intruders.Values) client.Dispose();
        _admin.Dispose();
        await _app.DisposeAsync();
    }

    private HttpClient NoCookies() => _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });

    private async Task<JsonNode> PostAsync(string url, JsonNode body)
    {
        var response = await _admin.PostAsync(url, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{url}: {text}");
        return JsonNode.Parse(text)!;
    }

    private async Task<string> IdAsync(string url, JsonNode body) => (string)(await PostAsync(url, body))["id"]!;

    private async Task<(HttpClient Client, string Id)> KeyAsync(string role, string? region, string? cooperative, string? network)
    {
        var created = await PostAsync("/api/v1/api-keys", new JsonObject
        {
            ["name"] = $"tenant {role} {++_counter}",
            ["roles"] = new JsonArray(role),
            ["regions"] = region is null ? new JsonArray() : new JsonArray(region),
            ["cooperatives"] = cooperative is null ? new JsonArray() : new JsonArray(cooperative),
            ["networks"] = network is null ? new JsonArray() : new JsonArray(network),
        });
        var client = NoCookies();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)created["secret"]!);
        return (client, (string)created["key"]!["id"]!);
    }

    private static JsonObject Organisation(string name, string region, string province) => new()
    {
        ["kind"] = "association", ["nameFr"] = name, ["nameAr"] = "جمعية " + name, ["regionCode"] = region, ["provinceCode"] = province,
    };

    private static JsonObject Network(string name, string region, string province) => new()
    {
        ["kind"] = "network", ["nameFr"] = name, ["scope"] = "provincial", ["regionCode"] = region, ["provinceCode"] = province,
        ["sectors"] = new JsonArray("handicraft"), ["foundedOn"] = "2024-05-01",
    };

    private static JsonObject Member(string organisation) => new() { ["memberType"] = "organisation", ["memberId"] = organisation, ["joinedOn"] = "2024-05-01" };

    private static string Local(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss");

    private JsonObject CallBody(string status) => new()
    {
        ["programId"] = _programA, ["titleFr"] = "Appel A", ["status"] = status, ["places"] = 1000,
        ["opensAt"] = Local(DateTime.UtcNow.AddDays(-1)), ["closesAt"] = Local(DateTime.UtcNow.AddDays(30)),
        ["criteria"] = new JsonArray(new JsonObject { ["key"] = "impact", ["nameFr"] = "Impact", ["weight"] = 100 }),
    };

    private static JsonObject EventBody(string status) => new()
    {
        ["kind"] = "ideathon", ["titleFr"] = "Idéathon A", ["regionCode"] = RegionA, ["status"] = status,
        ["startsAt"] = Local(DateTime.UtcNow.AddDays(10)), ["endsAt"] = Local(DateTime.UtcNow.AddDays(10).AddHours(3)),
    };

    private JsonObject CompetitionBody(string status) => new()
    {
        ["titleFr"] = "Concours A", ["eventId"] = _eventA, ["status"] = status,
        ["opensAt"] = Local(DateTime.UtcNow.AddDays(-1)), ["closesAt"] = Local(DateTime.UtcNow.AddDays(5)),
        ["criteria"] = new JsonArray(new JsonObject { ["key"] = "social_impact", ["nameFr"] = "Impact social", ["weight"] = 100 }),
    };

    private JsonObject IdeaBody() => new()
    {
        ["cooperativeId"] = _coopA, ["titleFr"] = $"Idée A {++_counter}", ["problem"] = "Problème", ["solution"] = "Solution", ["sectors"] = new JsonArray("handicraft"),
    };

    /// <summary>An idea of cooperative A, as a draft or published.</summary>
    private async Task<string> IdeaAsync(bool publish)
    {
        var id = await IdAsync("/api/v1/ideas", IdeaBody());
        if (!publish) return id;
        await PostAsync($"/api/v1/ideas/{id}/transitions", new JsonObject { ["to"] = "submitted" });
        await PostAsync($"/api/v1/ideas/{id}/transitions", new JsonObject { ["to"] = "published" });
        return id;
    }

    /// <summary>An application of cooperative A (in a call of its own: one application per cooperative and call), moved by the admin to <paramref name="status"/>.</summary>
    private async Task<string> ApplicationAsync(string status = "draft")
    {
        var call = await IdAsync("/api/v1/calls", CallBody("published"));
        var id = await IdAsync($"/api/v1/calls/{call}/applications", new JsonObject { ["cooperativeId"] = _coopA });
        if (status == "draft") return id;
        await PostAsync($"/api/v1/applications/{id}/submit", new JsonObject());
        if (status == "eligible") return id;
        await PostAsync($"/api/v1/applications/{id}/transitions", new JsonObject { ["to"] = "underReview" });
        if (status == "underReview") return id;
        await PostAsync($"/api/v1/applications/{id}/transitions", new JsonObject { ["to"] = "selected", ["reason"] = "Comité" });
        return id;
    }

    /// <summary>A registration of cooperative A in a fresh event of region A (one registration per cooperative and event).</summary>
    private async Task<JsonNode> RegistrationAsync()
    {
        var eventId = await IdAsync("/api/v1/events", EventBody("published"));
        return await PostAsync($"/api/v1/events/{eventId}/registrations", new JsonObject { ["cooperativeId"] = _coopA });
    }

    /// <summary>A document in cooperative A's vault.</summary>
    private Task<string> DocumentAsync() => CoopHub.Api.Tests.Documents.DocumentFiles.UploadPngAsync(_admin, _coopA, $"statuts-{++_counter}.png");

    private async Task<string> EntryAsync()
        => await IdAsync($"/api/v1/competitions/{_openCompetitionA}/entries", new JsonObject { ["ideaId"] = await IdeaAsync(publish: true) });

    private static HttpRequestMessage Json(HttpMethod method, string url, JsonNode body)
    {
        var request = new HttpRequestMessage(method, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        if (method == HttpMethod.Put) request.Headers.TryAddWithoutValidation("If-Match", "*");
        return request;
    }

    /// <summary>A staff message to the cooperatives of <paramref name="region"/>, as SendSegmentMessage records it.</summary>
    private static async Task<string> SegmentMessageOfAsync(string database, string region)
    {
        var id = Guid.NewGuid().ToString("D");
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database);
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO ntf_campaigns (id, created_by, created_by_name, created_at, filter_json, regions, texts_json, fingerprint, cooperatives,
                planned_inapp, planned_email, planned_sms, total, status)
            VALUES ($id, NULL, 'admin', '2026-01-01T00:00:00.0000000Z', '{"region":"MA-02"}', $region, '[{"language":"fr","subject":"Formation","body":"Bienvenue."}]',
                    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 1, 1, 1, 0, 2, 'fannedOut')
            """;
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$region", region);
        await insert.ExecuteNonQueryAsync();
        return id;
    }

    /// <summary>A message in the inbox of <paramref name="user"/> (and its e-mail in the delivery log), as the dispatcher would have queued it.</summary>
    private static async Task<string> NotificationOfAsync(string database, string user)
    {
        var id = Guid.NewGuid().ToString("D");
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database);
        await connection.OpenAsync();
        foreach (var (row, channel) in new[] { (id, "inapp"), (Guid.NewGuid().ToString("D"), "email") })
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO ntf_messages (id, trigger_id, trigger_type, recipient_id, channel, address, language, subject, body, status, attempts, next_attempt_at, created_at)
                VALUES ($id, $trigger, 'registration.promoted', $user, $channel, 'tenant.user@coophub.test', 'fr', 'Une place pour vous', 'Bonne nouvelle.', 'dead', 6,
                        '2026-01-01T00:00:00.0000000Z', '2026-01-01T00:00:00.0000000Z')
                """;
            insert.Parameters.AddWithValue("$id", row);
            insert.Parameters.AddWithValue("$trigger", Guid.NewGuid().ToString("D"));
            insert.Parameters.AddWithValue("$user", user);
            insert.Parameters.AddWithValue("$channel", channel);
            await insert.ExecuteNonQueryAsync();
        }
        return id;
    }

    /// <summary>A claim on cooperative A by <paramref name="user"/>, waiting for its region's staff, as ClaimCooperative would have written it.</summary>
    private static async Task<string> ClaimOfAsync(string database, string user, string cooperative)
    {
        var id = Guid.NewGuid().ToString("D");
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database);
        await connection.OpenAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO idn_cooperative_claims (id, user_id, cooperative_id, registration_number, cooperative_name, region_code, method, status, code_attempts, created_at)
            VALUES ($id, $user, $coop, 'TENANT-A', 'Coopérative A', 'MA-02', 'proof', 'awaitingReview', 0, '2026-01-01T00:00:00.0000000Z')
            """;
        insert.Parameters.AddWithValue("$id", id);
        insert.Parameters.AddWithValue("$user", user);
        insert.Parameters.AddWithValue("$coop", cooperative);
        await insert.ExecuteNonQueryAsync();
        return id;
    }

    /// <summary>An operation on a record; <paramref name="PublicBecause"/> says why everyone may do it, otherwise every intruder is refused.</summary>
    private sealed record Row(Func<Task<HttpRequestMessage>> Request, string? PublicBecause = null);

    private Dictionary<string, Row> Rows()
    {
        static Task<HttpRequestMessage> Get(string url) => Task.FromResult(new HttpRequestMessage(HttpMethod.Get, url));
        static Func<Task<HttpRequestMessage>> Send(HttpMethod method, string url, JsonNode body) => () => Task.FromResult(Json(method, url, body));
        Row Denied(Func<Task<HttpRequestMessage>> request) => new(request);
        Row Public(Func<Task<HttpRequestMessage>> request, string why) => new(request, why);
        var coop = $"/api/v1/cooperatives/{_coopA}";
        var network = $"/api/v1/networks/{_networkA}";
        var program = $"/api/v1/programs/{_programA}";
        var draftCompetition = $"/api/v1/competitions/{_draftCompetitionA}";
        var openCompetition = $"/api/v1/competitions/{_openCompetitionA}";
        var staffOfA = async () => (await KeyAsync("staff", RegionA, null, null)).Id;
        return new()
        {
            // Cooperatives: the registry is public (it has no drafts); changes are its region's staff and its manager.
            ["GetCooperative"] = Public(() => Get(coop), "the registry of cooperatives is public"),
            ["GetCooperativeStatusHistory"] = Public(() => Get($"{coop}/status-history"), "a cooperative's legal status is public"),
            ["UpdateCooperative"] = Denied(Send(HttpMethod.Put, coop, CooperativeBodies.Valid(registrationNumber: "TENANT-A", region: RegionA, province: "MA-OUJ"))),
            ["ChangeCooperativeStatus"] = Denied(Send(HttpMethod.Post, $"{coop}/status", new JsonObject { ["status"] = "dormant", ["effectiveOn"] = "2025-01-01" })),
            ["ListOpenCallsForCooperative"] = Public(() => Get($"{coop}/open-calls"), "published calls and their rules are public; the cooperative's own application is shown only to its side"),

            // Documents: a cooperative's vault is its managers', its region's staff's and administrators' only.
            ["ListCooperativeDocuments"] = Denied(() => Get($"{coop}/documents")),
            ["UploadCooperativeDocument"] = Denied(() => Task.FromResult(CoopHub.Api.Tests.Documents.DocumentFiles.Upload($"{coop}/documents",
                CoopHub.Api.Tests.Documents.DocumentFiles.Png(), "intrus.png"))),
            ["GetDocument"] = Denied(async () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/documents/{await DocumentAsync()}")),
            ["DownloadDocument"] = Denied(async () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/documents/{await DocumentAsync()}/content")),
            ["GetDocumentThumbnail"] = Denied(async () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/documents/{await DocumentAsync()}/thumbnail")),
            ["DeleteDocument"] = Denied(async () => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/documents/{await DocumentAsync()}")),

            // A registry contact's consent: its cooperative's region's staff and administrators only.
            ["GetRegistryContactConsent"] = Denied(() => Get($"/api/v1/notifications/registry-contacts/{_coopA}/consent")),
            ["ChangeRegistryContactConsent"] = Denied(Send(HttpMethod.Post, $"/api/v1/notifications/registry-contacts/{_coopA}/consent",
                new JsonObject { ["channels"] = new JsonArray("email"), ["enabled"] = true, ["method"] = "signed-form", ["givenOn"] = "2025-01-01" })),

            // Claims and managers: a claim is its claimant's and its region's staff's; a cooperative's managers are its managers' and its region's staff's.
            ["ProveClaimWithCode"] = Denied(Send(HttpMethod.Post, $"/api/v1/cooperative-claims/{_claimA}/code", new JsonObject { ["code"] = "123456" })),
            ["DecideCooperativeClaim"] = Denied(Send(HttpMethod.Post, $"/api/v1/cooperative-claims/{_claimA}/decision", new JsonObject { ["decision"] = "approve" })),
            ["ListCooperativeManagers"] = Denied(() => Get($"{coop}/managers")),
            ["LeaveCooperative"] = Denied(() => Task.FromResult(new HttpRequestMessage(HttpMethod.Delete, $"{coop}/managers/me"))),
            ["RevokeCooperativeManager"] = Denied(() => Task.FromResult(new HttpRequestMessage(HttpMethod.Delete, $"{coop}/managers/{_user}"))),

            // Identity and webhooks: administrators only.
            ["GetUser"] = Denied(() => Get($"/api/v1/users/{_user}")),
            ["UpdateUser"] = Denied(Send(HttpMethod.Put, $"/api/v1/users/{_user}", new JsonObject { ["displayName"] = "Intrus", ["roles"] = new JsonArray("admin") })),
            ["RevokeApiKey"] = Denied(async () => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/api-keys/{await staffOfA()}")),
            ["DeactivateWebhook"] = Denied(() => Task.FromResult(new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/webhooks/{_webhook}"))),
            ["ListWebhookDeliveries"] = Denied(() => Get($"/api/v1/webhooks/{_webhook}/deliveries")),
            ["RedeliverWebhook"] = Denied(() => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/webhooks/{_webhook}/deliveries/{Guid.NewGuid()}/redeliver"))),
            // Notifications: a message is its recipient's (anyone else's is not found); the delivery log is administrators'.
            ["MarkNotificationRead"] = Denied(() => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/notifications/{_notificationA}/read"))),
            ["RetryNotificationDelivery"] = Denied(() => Task.FromResult(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/notifications/deliveries/{_notificationA}/retry"))),
            // A staff message to region A is its region's staff's (and administrators'): another region's staff do not find it.
            ["GetSegmentMessage"] = Denied(() => Get($"/api/v1/notifications/segment-messages/{_segmentMessageA}")),

            // Networks: the directory, members, bodies, projects and impact are public; changes are the network's officers' and its region's staff.
            ["GetOrganisation"] = Public(() => Get($"/api/v1/organisations/{_organisationA}"), "the partner directory is public"),
            ["UpdateOrganisation"] = Denied(Send(HttpMethod.Put, $"/api/v1/organisations/{_organisationA}", Organisation("Association A", RegionA, "MA-OUJ"))),
            ["GetNetwork"] = Public(() => Get(network), "networks are public"),
            ["ListNetworkMembers"] = Public(() => Get($"{network}/members"), "a network's members are public"),
            ["ListNetworkBodies"] = Public(() => Get($"{network}/bodies"), "a network's bodies and mandates are public"),
            ["ListExpiringMandates"] = Public(() => Get($"{network}/mandates/expiring"), "mandates are public"),
            ["ListNetworkProjects"] = Public(() => Get($"{network}/projects"), "a network's projects are public"),
            ["GetNetworkImpact"] = Public(() => Get($"{network}/impact"), "impact figures are public aggregates"),
            ["UpdateNetwork"] = Denied(Send(HttpMethod.Put, network, Network("Réseau A", RegionA, "MA-OUJ"))),
            ["AddNetworkMember"] = Denied(async () => Json(HttpMethod.Post, $"{network}/members",
                Member(await IdAsync("/api/v1/organisations", Organisation($"Candidate {++_counter}", RegionA, "MA-OUJ"))))),
            ["EndNetworkMembership"] = Denied(async () =>
            {
                var member = await IdAsync($"{network}/members", Member(await IdAsync("/api/v1/organisations", Organisation($"Membre {++_counter}", RegionA, "MA-OUJ"))));
                return Json(HttpMethod.Post, $"{network}/members/{member}/leave", new JsonObject { ["leftOn"] = "2025-01-01", ["reason"] = "Démission" });
            }),
            ["CreateNetworkBody"] = Denied(Send(HttpMethod.Post, $"{network}/bodies", new JsonObject { ["kind"] = "workingBody", ["nameFr"] = "Commission" })),
            ["AppointMandate"] = Denied(Send(HttpMethod.Post, $"{network}/bodies/{_bodyA}/mandates",
                new JsonObject { ["membershipId"] = _membershipA, ["role"] = "member", ["termStart"] = "2024-06-01", ["termEnd"] = "2027-05-31" })),
            ["EndMandate"] = Denied(async () =>
            {
                var mandate = await IdAsync($"{network}/bodies/{_bodyA}/mandates",
                    new JsonObject { ["membershipId"] = _membershipA, ["role"] = "member", ["termStart"] = "2024-06-01", ["termEnd"] = "2027-05-31" });
                return Json(HttpMethod.Post, $"{network}/mandates/{mandate}/end", new JsonObject { ["endedOn"] = "2025-12-31" });
            }),
            ["CreateNetworkProject"] = Denied(Send(HttpMethod.Post, $"{network}/projects", new JsonObject { ["title"] = "Projet", ["memberships"] = new JsonArray(_membershipA) })),
            ["RecordImpactAssessment"] = Denied(async () =>
            {
                var project = await IdAsync($"{network}/projects", new JsonObject { ["title"] = $"Suivi {++_counter}" });
                return Json(HttpMethod.Post, $"{network}/projects/{project}/assessments", new JsonObject { ["assessedOn"] = "2025-06-30", ["jobs"] = 3 });
            }),

            // Programs: programs and their reports are public (no drafts, aggregates only); calls have drafts; applications are the applicant's and the program's.
            ["GetProgram"] = Public(() => Get(program), "programs are public (they have no drafts)"),
            ["GetProgramReport"] = Public(() => Get($"{program}/report"), "aggregates for donors, no cooperative names"),
            ["ExportProgramReport"] = Public(() => Get($"{program}/report.csv"), "aggregates for donors, no cooperative names"),
            ["ExportProgramIati"] = Public(() => Get($"{program}/iati.xml"), "open-data publication (IATI) of the program"),
            ["ExportProgram360Giving"] = Public(() => Get($"{program}/360giving.json"), "open-data publication (360Giving) of the program"),
            ["UpdateProgram"] = Denied(Send(HttpMethod.Put, program, new JsonObject { ["code"] = "TENANT-A", ["nameFr"] = "Programme A", ["regions"] = new JsonArray(RegionA) })),
            ["GetCall"] = Denied(() => Get($"/api/v1/calls/{_draftCallA}")),
            ["UpdateCall"] = Denied(() => Task.FromResult(Json(HttpMethod.Put, $"/api/v1/calls/{_draftCallA}", CallBody("draft")))),
            ["ListEligibleCooperatives"] = Denied(() => Get($"/api/v1/calls/{_openCallA}/eligible-cooperatives")),
            ["CreateApplication"] = Denied(async () => Json(HttpMethod.Post, $"/api/v1/calls/{await IdAsync("/api/v1/calls", CallBody("published"))}/applications",
                new JsonObject { ["cooperativeId"] = _coopA })),
            ["ListCallReviewers"] = Denied(() => Get($"/api/v1/calls/{_openCallA}/reviewers")),
            ["ListReviewerCandidates"] = Denied(() => Get($"/api/v1/calls/{_openCallA}/reviewer-candidates")),
            ["AssignCallReviewer"] = Denied(async () => Json(HttpMethod.Post, $"/api/v1/calls/{_openCallA}/reviewers", new JsonObject { ["reviewerId"] = await staffOfA() })),
            ["RemoveCallReviewer"] = Denied(async () =>
            {
                var id = await staffOfA();
                await PostAsync($"/api/v1/calls/{_openCallA}/reviewers", new JsonObject { ["reviewerId"] = id });
                return new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/calls/{_openCallA}/reviewers/{id}");
            }),
            ["GetCallRanking"] = Denied(() => Get($"/api/v1/calls/{_openCallA}/ranking")),
            ["GetApplication"] = Denied(async () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/applications/{await ApplicationAsync()}")),
            ["UpdateApplication"] = Denied(async () => Json(HttpMethod.Put, $"/api/v1/applications/{await ApplicationAsync()}", new JsonObject { ["projectSummary"] = "Détourné" })),
            ["SubmitApplication"] = Denied(async () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/applications/{await ApplicationAsync()}/submit")),
            ["DownloadApplicationDocument"] = Denied(async () => new HttpRequestMessage(HttpMethod.Get,
                $"/api/v1/applications/{await ApplicationAsync()}/documents/{await DocumentAsync()}/content")),
            ["GetApplicationHistory"] = Denied(async () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/applications/{await ApplicationAsync()}/history")),
            ["OverrideEligibility"] = Denied(async () => Json(HttpMethod.Post, $"/api/v1/applications/{await ApplicationAsync("eligible")}/eligibility",
                new JsonObject { ["eligible"] = false, ["reason"] = "Intrus" })),
            ["TransitionApplication"] = Denied(async () => Json(HttpMethod.Post, $"/api/v1/applications/{await ApplicationAsync("eligible")}/transitions",
                new JsonObject { ["to"] = "withdrawn", ["reason"] = "Intrus" })),
            ["ListApplicationReviews"] = Denied(async () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/applications/{await ApplicationAsync("underReview")}/reviews")),
            ["ScoreApplication"] = Denied(async () => Json(HttpMethod.Put, $"/api/v1/applications/{await ApplicationAsync("underReview")}/reviews/mine",
                new JsonObject { ["scores"] = new JsonArray(new JsonObject { ["criterion"] = "impact", ["score"] = 10 }) })),
            ["GetApplicationSupport"] = Denied(async () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/applications/{await ApplicationAsync("selected")}/support")),
            ["RecordSupport"] = Denied(async () => Json(HttpMethod.Post, $"/api/v1/applications/{await ApplicationAsync("selected")}/support",
                new JsonObject { ["axis"] = "equipment", ["kind"] = "equipment", ["amount"] = 1000, ["deliveredOn"] = "2025-01-01" })),
            ["RecordOutcome"] = Denied(async () => Json(HttpMethod.Post, $"/api/v1/applications/{await ApplicationAsync("selected")}/outcomes",
                new JsonObject { ["indicator"] = "jobs_created", ["value"] = 2, ["measuredOn"] = "2025-06-30" })),

            // Events: drafts are their organisers'; registrations are the cooperative's and the organisers'.
            ["GetEvent"] = Denied(() => Get($"/api/v1/events/{_draftEventA}")),
            ["GetEventCalendar"] = Denied(() => Get($"/api/v1/events/{_draftEventA}.ics")),
            ["GetEventAttendance"] = Denied(() => Get($"/api/v1/events/{_draftEventA}/attendance")),
            ["UpdateEvent"] = Denied(() => Task.FromResult(Json(HttpMethod.Put, $"/api/v1/events/{_draftEventA}", EventBody("published")))),
            ["RecordWalkIns"] = Denied(Send(HttpMethod.Put, $"/api/v1/events/{_eventA}/walk-ins", new JsonObject { ["walkIns"] = 50 })),
            ["RegisterForEvent"] = Denied(async () => Json(HttpMethod.Post, $"/api/v1/events/{await IdAsync("/api/v1/events", EventBody("published"))}/registrations",
                new JsonObject { ["cooperativeId"] = _coopA })),
            ["ListEventRegistrations"] = Denied(() => Get($"/api/v1/events/{_eventA}/registrations")),
            ["CancelRegistration"] = Denied(async () =>
            {
                var registration = (await RegistrationAsync())["registration"]!;
                return new HttpRequestMessage(HttpMethod.Post, $"/api/v1/events/{registration["eventId"]}/registrations/{registration["id"]}/cancel");
            }),
            ["CheckIn"] = Denied(async () =>
            {
                var created = await RegistrationAsync();
                return Json(HttpMethod.Post, $"/api/v1/events/{created["registration"]!["eventId"]}/check-in", new JsonObject { ["code"] = (string)created["code"]! });
            }),
            ["GetRegistrationByCode"] = Public(async () => new HttpRequestMessage(HttpMethod.Get, $"/api/v1/registrations/{(string)(await RegistrationAsync())["code"]!}"),
                "the 160-bit code is the credential: whoever holds it acts on that one registration"),
            ["CancelRegistrationByCode"] = Public(async () => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/registrations/{(string)(await RegistrationAsync())["code"]!}/cancel"),
                "the 160-bit code is the credential: whoever holds it acts on that one registration"),

            // ProjectBank: drafts of ideas are their author side's and their region's curators'; competitions follow their region.
            ["GetIdea"] = Denied(() => Get($"/api/v1/ideas/{_draftIdeaA}")),
            ["ListIdeaAdoptions"] = Denied(() => Get($"/api/v1/ideas/{_draftIdeaA}/adoptions")),
            ["ListIdeaFinancing"] = Denied(() => Get($"/api/v1/ideas/{_draftIdeaA}/financing")),
            ["UpdateIdea"] = Denied(async () => Json(HttpMethod.Put, $"/api/v1/ideas/{await IdeaAsync(publish: false)}", IdeaBody())),
            ["TransitionIdea"] = Denied(async () => Json(HttpMethod.Post, $"/api/v1/ideas/{await IdeaAsync(publish: false)}/transitions", new JsonObject { ["to"] = "submitted" })),
            ["AdoptIdea"] = Denied(async () => Json(HttpMethod.Post, $"/api/v1/ideas/{await IdeaAsync(publish: true)}/adoptions", new JsonObject { ["cooperativeId"] = _coopA })),
            ["LinkIdeaToCall"] = Denied(async () => Json(HttpMethod.Post, $"/api/v1/ideas/{await IdeaAsync(publish: true)}/financing-links", new JsonObject { ["callId"] = _openCallA })),
            ["GetCompetition"] = Denied(() => Get(draftCompetition)),
            ["ListCompetitionEntries"] = Denied(() => Get($"{draftCompetition}/entries")),
            ["UpdateCompetition"] = Denied(() => Task.FromResult(Json(HttpMethod.Put, draftCompetition, CompetitionBody("draft")))),
            ["EnterCompetition"] = Denied(async () => Json(HttpMethod.Post, $"{openCompetition}/entries", new JsonObject { ["ideaId"] = await IdeaAsync(publish: true) })),
            ["AssignJuror"] = Denied(async () => Json(HttpMethod.Post, $"{draftCompetition}/jurors", new JsonObject { ["jurorId"] = await staffOfA() })),
            ["GetJuryProgress"] = Denied(() => Get($"{draftCompetition}/jurors")),
            ["ListJurorCandidates"] = Denied(() => Get($"{draftCompetition}/juror-candidates")),
            ["GetMyJuryAssignment"] = Denied(() => Get($"{openCompetition}/jury/mine")),
            ["ScoreEntry"] = Denied(async () => Json(HttpMethod.Put, $"{openCompetition}/entries/{await EntryAsync()}/scores/mine",
                new JsonObject { ["scores"] = new JsonArray(new JsonObject { ["criterion"] = "social_impact", ["score"] = 10 }) })),
            ["GetCompetitionRanking"] = Denied(() => Get($"{openCompetition}/ranking")),
            ["ExportCompetitionRanking"] = Denied(() => Get($"{openCompetition}/ranking.csv")),
            ["SetCompetitionAwards"] = Denied(Send(HttpMethod.Put, $"{openCompetition}/awards", new JsonObject { ["awards"] = new JsonArray() })),
        };
    }

    [Test]
    public async Task Given_records_of_region_A_Then_callers_scoped_elsewhere_reach_none_of_them()
    {
        var document = JsonNode.Parse(await _admin.GetStringAsync("/swagger/v1/swagger.json"))!;
        var operations = document["paths"]!.AsObject()
            .Where(p => p.Key.Contains('{'))
            .SelectMany(p => p.Value!.AsObject().Select(m => (string)m.Value!["operationId"]!))
            .ToList();
        var rows = Rows();

        Assert.That(operations.Where(o => !rows.ContainsKey(o)), Is.Empty, "record-level operations without a row in the cross-tenant test");
        Assert.That(rows.Keys.Where(k => !operations.Contains(k)), Is.Empty, "rows for operations the API no longer has (or that take no id)");

        var leaks = new List<string>();
        foreach (var operation in operations)
        {
            foreach (var (intruder, client) in _intruders)
            {
                using var request = await rows[operation].Request();
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                // A public route answers an anonymous caller 404 for a draft (it does not exist for them); a protected one 401.
                var refused = intruder == Intruder.Anonymous ? status is 401 or 404 : status is 403 or 404;
                var allowed = rows[operation].PublicBecause is null ? refused : status is >= 200 and < 300;
                if (!allowed)
                {
                    var expected = rows[operation].PublicBecause is null ? (intruder == Intruder.Anonymous ? "401 or 404" : "403 or 404") : "2xx";
                    leaks.Add($"{operation} as {intruder}: expected {expected}, got {status} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }
        Assert.That(leaks, Is.Empty, string.Join(Environment.NewLine, leaks));
    }

    [Test]
    public async Task Given_drafts_of_region_A_Then_no_list_shows_them_to_callers_scoped_elsewhere()
    {
        var lists = new Dictionary<string, string>
        {
            ["/api/v1/calls?pageSize=100"] = _draftCallA,
            ["/api/v1/events?pageSize=100"] = _draftEventA,
            ["/api/v1/competitions?pageSize=100"] = _draftCompetitionA,
            ["/api/v1/ideas?pageSize=100"] = _draftIdeaA,
            ["/api/v1/ideas?status=draft&pageSize=100"] = _draftIdeaA,
        };
        var leaks = new List<string>();
        foreach (var (url, draft) in lists)
        {
            foreach (var (intruder, client) in _intruders)
            {
                var ids = JsonNode.Parse(await client.GetStringAsync(url))!["items"]!.AsArray().Select(i => (string?)i!["id"]).ToList();
                if (ids.Contains(draft)) leaks.Add($"{url} as {intruder} lists the draft {draft}");
            }
            var adminIds = JsonNode.Parse(await _admin.GetStringAsync(url))!["items"]!.AsArray().Select(i => (string?)i!["id"]).ToList();
            Assert.That(adminIds, Does.Contain(draft), $"{url}: the administrator sees every draft");
        }
        Assert.That(leaks, Is.Empty, string.Join(Environment.NewLine, leaks));
    }

    [Test]
    public async Task Given_staff_of_the_region_Then_they_see_and_curate_its_drafts()
    {
        var (staffOfA, _) = await KeyAsync("staff", RegionA, null, null);
        using var _ = staffOfA;
        var idea = await IdeaAsync(publish: false);
        Assert.Multiple(async () =>
        {
            Assert.That((int)(await staffOfA.GetAsync($"/api/v1/calls/{_draftCallA}")).StatusCode, Is.EqualTo(200));
            Assert.That((int)(await staffOfA.GetAsync($"/api/v1/events/{_draftEventA}")).StatusCode, Is.EqualTo(200));
            Assert.That((int)(await staffOfA.GetAsync($"/api/v1/events/{_draftEventA}/attendance")).StatusCode, Is.EqualTo(200));
            Assert.That((int)(await staffOfA.GetAsync($"/api/v1/competitions/{_draftCompetitionA}")).StatusCode, Is.EqualTo(200));
            Assert.That((int)(await staffOfA.GetAsync($"/api/v1/ideas/{_draftIdeaA}")).StatusCode, Is.EqualTo(200));
            var ideas = JsonNode.Parse(await staffOfA.GetStringAsync("/api/v1/ideas?status=draft&pageSize=100"))!["items"]!.AsArray().Select(i => (string?)i!["id"]);
            Assert.That(ideas, Does.Contain(_draftIdeaA));
            var submitted = await staffOfA.SendAsync(Json(HttpMethod.Post, $"/api/v1/ideas/{idea}/transitions", new JsonObject { ["to"] = "submitted" }));
            Assert.That((int)submitted.StatusCode, Is.EqualTo(200), await submitted.Content.ReadAsStringAsync());
            var published = await staffOfA.SendAsync(Json(HttpMethod.Post, $"/api/v1/ideas/{idea}/transitions", new JsonObject { ["to"] = "published" }));
            Assert.That((int)published.StatusCode, Is.EqualTo(200), await published.Content.ReadAsStringAsync());
        });
    }

    [Test]
    public async Task Given_a_submitted_idea_of_region_A_Then_staff_of_another_region_can_neither_publish_nor_return_it()
    {
        var idea = await IdAsync("/api/v1/ideas", IdeaBody());
        await PostAsync($"/api/v1/ideas/{idea}/transitions", new JsonObject { ["to"] = "submitted" });
        var staff = _intruders[Intruder.StaffOfOtherRegion];
        var publish = await staff.SendAsync(Json(HttpMethod.Post, $"/api/v1/ideas/{idea}/transitions", new JsonObject { ["to"] = "published" }));
        var giveBack = await staff.SendAsync(Json(HttpMethod.Post, $"/api/v1/ideas/{idea}/transitions", new JsonObject { ["to"] = "returned", ["comment"] = "À revoir" }));
        var after = JsonNode.Parse(await _admin.GetStringAsync($"/api/v1/ideas/{idea}"))!;
        Assert.Multiple(() =>
        {
            Assert.That((int)publish.StatusCode, Is.AnyOf(403, 404));
            Assert.That((int)giveBack.StatusCode, Is.AnyOf(403, 404));
            Assert.That((string?)after["status"], Is.EqualTo("submitted"), "the idea did not move");
        });
    }

    [Test]
    public async Task Given_drafts_of_region_A_Then_staff_of_another_region_cannot_act_on_them_even_for_a_cooperative_of_their_own_region()
    {
        var staff = _intruders[Intruder.StaffOfOtherRegion];
        var apply = await staff.SendAsync(Json(HttpMethod.Post, $"/api/v1/calls/{_draftCallA}/applications", new JsonObject { ["cooperativeId"] = _coopB }));
        var register = await staff.SendAsync(Json(HttpMethod.Post, $"/api/v1/events/{_draftEventA}/registrations", new JsonObject { ["cooperativeId"] = _coopB }));
        // A competition of their own region hung on region A's draft event would show that event's title and dates.
        var competition = CompetitionBody("draft");
        competition["eventId"] = _draftEventA;
        competition["regionCode"] = RegionB;
        var hung = await staff.SendAsync(Json(HttpMethod.Post, "/api/v1/competitions", competition));
        var hungText = await hung.Content.ReadAsStringAsync();
        Assert.Multiple(async () =>
        {
            Assert.That((int)apply.StatusCode, Is.EqualTo(404), await apply.Content.ReadAsStringAsync());
            Assert.That((int)register.StatusCode, Is.EqualTo(404), await register.Content.ReadAsStringAsync());
            Assert.That((int)hung.StatusCode, Is.EqualTo(400), hungText);
            Assert.That(JsonNode.Parse(hungText)?["errors"]?["eventId"], Is.Not.Null, hungText);
        });
    }

    [Test]
    public async Task Given_records_of_cooperative_A_Then_lists_and_public_reads_show_callers_scoped_elsewhere_nothing_private()
    {
        var application = await ApplicationAsync("underReview");
        await RegistrationAsync();
        var openCalls = $"/api/v1/cooperatives/{_coopA}/open-calls";
        var leaks = new List<string>();
        foreach (var (intruder, client) in _intruders)
        {
            var cooperative = JsonNode.Parse(await client.GetStringAsync($"/api/v1/cooperatives/{_coopA}"))!;
            if (cooperative["contact"] is not null) leaks.Add($"GetCooperative as {intruder} shows the private contact");
            var calls = JsonNode.Parse(await client.GetStringAsync(openCalls))!.AsArray();
            if (calls.Any(c => c!["applicationId"] is not null)) leaks.Add($"ListOpenCallsForCooperative as {intruder} shows cooperative A's application");
            if (intruder == Intruder.Anonymous) continue;
            var applications = JsonNode.Parse(await client.GetStringAsync("/api/v1/applications?pageSize=100"))!["items"]!.AsArray();
            if (applications.Any(a => (string?)a!["cooperativeId"] == _coopA)) leaks.Add($"ListApplications as {intruder} lists cooperative A's applications");
            var registrations = JsonNode.Parse(await client.GetStringAsync("/api/v1/events/registrations/mine"))!.AsArray();
            if (registrations.Any(r => (string?)r!["registration"]!["cooperativeId"] == _coopA)) leaks.Add($"ListMyRegistrations as {intruder} lists cooperative A's registrations");
            var queue = JsonNode.Parse(await client.GetStringAsync("/api/v1/reviews/queue"))!.AsArray();
            if (queue.Any(q => (string?)q!["applicationId"] == application)) leaks.Add($"GetMyReviewQueue as {intruder} offers cooperative A's application");
        }
        var adminSees = JsonNode.Parse(await _admin.GetStringAsync(openCalls))!.AsArray().Any(c => c!["applicationId"] is not null)
            && JsonNode.Parse(await _admin.GetStringAsync($"/api/v1/cooperatives/{_coopA}"))!["contact"] is not null;
        Assert.Multiple(() =>
        {
            Assert.That(adminSees, Is.True, "the administrator sees cooperative A's contact and applications, so the checks above can fail");
            Assert.That(leaks, Is.Empty, string.Join(Environment.NewLine, leaks));
        });
    }

    [Test]
    public async Task Given_a_manager_who_wrote_an_idea_for_her_cooperative_Then_she_loses_it_with_the_role()
    {
        const string email = "former.manager@coophub.test", password = "Berkane-Argan-Oujda-7";
        var user = await IdAsync("/api/v1/users", new JsonObject
        {
            ["email"] = email, ["displayName"] = "Gérante", ["password"] = password, ["roles"] = new JsonArray("coop-manager"), ["cooperatives"] = new JsonArray(_coopA),
        });
        async Task<(HttpClient Browser, string Token)> SignInAsync()
        {
            var browser = _app.CreateBrowser();
            var signedIn = await browser.PostAsync("/api/v1/auth/sign-in", new StringContent(new JsonObject { ["email"] = email, ["password"] = password }.ToJsonString(), Encoding.UTF8, "application/json"));
            Assert.That((int)signedIn.StatusCode, Is.EqualTo(200), await signedIn.Content.ReadAsStringAsync());
            return (browser, (string)JsonNode.Parse(await browser.GetStringAsync("/api/v1/auth/antiforgery"))!["token"]!);
        }
        var (manager, token) = await SignInAsync();
        string idea;
        using (manager)
        {
            var create = Json(HttpMethod.Post, "/api/v1/ideas", IdeaBody());
            create.Headers.Add("X-CSRF-TOKEN", token);
            var created = await manager.SendAsync(create);
            Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
            idea = (string)JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!;
        }
        // She now manages cooperative B only.
        var moved = Json(HttpMethod.Put, $"/api/v1/users/{user}", new JsonObject { ["displayName"] = "Gérante", ["roles"] = new JsonArray("coop-manager"), ["cooperatives"] = new JsonArray(_coopB) });
        var movedResponse = await _admin.SendAsync(moved);
        Assert.That((int)movedResponse.StatusCode, Is.EqualTo(200), await movedResponse.Content.ReadAsStringAsync());
        var (former, formerToken) = await SignInAsync();
        using var _ = former;
        var read = await former.GetAsync($"/api/v1/ideas/{idea}");
        var edit = Json(HttpMethod.Put, $"/api/v1/ideas/{idea}", IdeaBody());
        edit.Headers.Add("X-CSRF-TOKEN", formerToken);
        var edited = await former.SendAsync(edit);
        var listed = JsonNode.Parse(await former.GetStringAsync("/api/v1/ideas?status=draft"))!["items"]!.AsArray().Select(i => (string?)i!["id"]);
        Assert.Multiple(async () =>
        {
            Assert.That((int)read.StatusCode, Is.EqualTo(404), await read.Content.ReadAsStringAsync());
            Assert.That((int)edited.StatusCode, Is.EqualTo(403), await edited.Content.ReadAsStringAsync());
            Assert.That(listed, Does.Not.Contain(idea));
        });
    }
}

using System.Net;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Documents;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Programs;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Programs;

/// <summary>
/// Issue 19 item 5 through HTTP (ADR 0030): a required document filled from the cooperative's vault — picked, or
/// uploaded on the spot then picked —, pinned at submission, still readable by the application's reviewers after the
/// vault deleted and purged it; nobody else reads it; link-only applications keep working.
/// </summary>
public sealed class ApplicationDocumentsTests(Engine engine) : ProgramTest(engine)
{
    private static string Vault(string coop) => $"/api/v1/cooperatives/{coop}/documents";

    private static async Task<JsonNode> UploadAsync(HttpClient client, string coop, byte[] bytes, string fileName, string kind = "statutes")
    {
        using var response = await client.SendAsync(DocumentFiles.Upload(Vault(coop), bytes, fileName, kind));
        var body = await BodyAsync(response);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), body.ToJsonString());
        return body;
    }

    private static JsonObject Picking(string cooperative, params (string Key, string DocumentId)[] picks) => new()
    {
        ["cooperativeId"] = cooperative,
        ["projectSummary"] = "Unité de conditionnement",
        ["documents"] = new JsonArray(picks.Select(p => (JsonNode)new JsonObject { ["key"] = p.Key, ["documentId"] = p.DocumentId }).ToArray()),
    };

    private static async Task<byte[]> BytesAsync(HttpClient client, string url, int expected = 200)
    {
        using var response = await client.GetAsync(url);
        if (expected != 200)
        {
            await ProblemAsync(response, expected);
            return [];
        }
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Does.Contain("nosniff"));
        });
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static JsonNode Entry(JsonNode application, string key)
    {
        Assert.That(application["documents"], Is.Not.Null, application.ToJsonString());
        return application["documents"]!.AsArray().Single(d => (string)d!["key"]! == key)!;
    }

    [Test]
    public async Task Given_a_vault_document_picked_and_another_uploaded_on_the_spot_Then_the_draft_shows_both_and_its_manager_opens_them()
    {
        var (_, call) = await ProgramAndCallAsync();
        var coop = await CooperativeAsync();
        var (manager, _) = await KeyAsync(["coop-manager"], cooperatives: [coop]);
        var statutes = await UploadAsync(manager, coop, DocumentFiles.Pdf(), "statuts.pdf");
        var created = await BodyAsync(await SendJsonAsync(manager, HttpMethod.Post, $"{ProgramsRoutes.Calls}/{call}/applications",
            Picking(coop, ("statutes", (string)statutes["id"]!))));
        var id = (string)created["id"]!;
        var file = Entry(created, "statutes")["file"]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)Entry(created, "statutes")["documentId"], Is.EqualTo((string)statutes["id"]!));
            Assert.That((string?)Entry(created, "statutes")["url"], Is.Null);
            Assert.That((string?)file["fileName"], Is.EqualTo("statuts.pdf"));
            Assert.That((string?)file["kind"], Is.EqualTo("statutes"));
            Assert.That((string?)file["contentType"], Is.EqualTo("application/pdf"));
            Assert.That((string?)file["pinnedAt"], Is.Null, "a draft's pick is not pinned yet");
            Assert.That((string?)file["contentUrl"], Is.EqualTo($"{ProgramsRoutes.Applications}/{id}/documents/{statutes["id"]}/content"));
        });

        // "Upload now": the SPA sends the photo to the vault, then picks it in the draft.
        var accounts = await UploadAsync(manager, coop, DocumentFiles.Jpeg(), "bilan.jpg", "other");
        var get = await manager.GetAsync($"{ProgramsRoutes.Applications}/{id}");
        var etag = get.Headers.ETag!.ToString();
        var body = Picking(coop, ("statutes", (string)statutes["id"]!), ("accounts", (string)accounts["id"]!));
        body.Remove("cooperativeId");
        using var put = new HttpRequestMessage(HttpMethod.Put, $"{ProgramsRoutes.Applications}/{id}") { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        put.Headers.TryAddWithoutValidation("If-Match", etag);
        var updated = await BodyAsync(await manager.SendAsync(put));
        Assert.That((string?)Entry(updated, "accounts")["file"]?["fileName"], Is.EqualTo("bilan.jpg"), updated.ToJsonString());

        Assert.That(await BytesAsync(manager, (string)file["contentUrl"]!), Is.EqualTo(DocumentFiles.Pdf()));
        Assert.That(await BytesAsync(manager, (string)Entry(updated, "accounts")["file"]!["contentUrl"]!), Is.Not.Empty);
    }

    [Test]
    public async Task Given_a_picked_document_When_submitted_Then_it_is_pinned_as_it_was()
    {
        var (_, call) = await ProgramAndCallAsync();
        var coop = await CooperativeAsync();
        var statutes = await UploadAsync(Client, coop, DocumentFiles.Pdf(), "statuts.pdf");
        var id = await CreatedIdAsync($"{ProgramsRoutes.Calls}/{call}/applications", Picking(coop, ("statutes", (string)statutes["id"]!)));
        var submit = await Client.PostAsync($"{ProgramsRoutes.Applications}/{id}/submit", null);
        var submitted = await BodyAsync(submit);
        Assert.That(submit.StatusCode, Is.EqualTo(HttpStatusCode.OK), submitted.ToJsonString());
        var file = Entry(submitted, "statutes")["file"]!;
        Assert.Multiple(async () =>
        {
            Assert.That((string?)submitted["status"], Is.EqualTo("eligible"));
            Assert.That((string?)file["pinnedAt"], Is.Not.Null);
            Assert.That((string?)file["sha256"], Has.Length.EqualTo(64));
            Assert.That((long?)file["sizeBytes"], Is.EqualTo(DocumentFiles.Pdf().Length));
            Assert.That(await ScalarAsync<int>("SELECT COUNT(*) FROM doc_pins WHERE holder_kind = 'application' AND holder_id = @Id", new { Id = Guid.Parse(id) }), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_document_of_another_cooperative_an_unknown_or_a_deleted_one_Then_400_on_its_entry()
    {
        var (_, call) = await ProgramAndCallAsync();
        var coop = await CooperativeAsync();
        var other = await CooperativeAsync();
        var theirs = await UploadAsync(Client, other, DocumentFiles.Pdf(), "leurs-statuts.pdf");
        var deleted = await UploadAsync(Client, coop, DocumentFiles.Png(), "ancien.png");
        Assert.That((int)(await Client.DeleteAsync($"/api/v1/documents/{deleted["id"]}")).StatusCode, Is.EqualTo(200));

        foreach (var documentId in new[] { (string)theirs["id"]!, Guid.NewGuid().ToString(), (string)deleted["id"]! })
        {
            var body = Picking(coop, ("statutes", documentId));
            var problem = await ProblemAsync(await PostJsonAsync($"{ProgramsRoutes.Calls}/{call}/applications", body), 400);
            Assert.That(FieldsIn(problem), Is.EqualTo(new[] { "documents[0].documentId" }), problem.ToJsonString());
        }

        var both = new JsonObject { ["cooperativeId"] = coop, ["documents"] = new JsonArray(new JsonObject { ["key"] = "statutes", ["url"] = "https://docs.example.org/s.pdf", ["documentId"] = (string)theirs["id"]! }) };
        Assert.That(FieldsIn(await ProblemAsync(await PostJsonAsync($"{ProgramsRoutes.Calls}/{call}/applications", both), 400)), Is.EqualTo(new[] { "documents[0].documentId" }));

        // Picked while in the vault, deleted before submission: the submission names the entry.
        var mine = await UploadAsync(Client, coop, DocumentFiles.Pdf(), "statuts.pdf");
        var id = await CreatedIdAsync($"{ProgramsRoutes.Calls}/{call}/applications", Picking(coop, ("statutes", (string)mine["id"]!)));
        Assert.That((int)(await Client.DeleteAsync($"/api/v1/documents/{mine["id"]}")).StatusCode, Is.EqualTo(200));
        var refused = await ProblemAsync(await Client.PostAsync($"{ProgramsRoutes.Applications}/{id}/submit", null), 400);
        Assert.Multiple(async () =>
        {
            Assert.That(FieldsIn(refused), Is.EqualTo(new[] { "documents[0].documentId" }));
            Assert.That(await StatusOfAsync(id), Is.EqualTo("draft"));
        });
    }

    [Test]
    public async Task Given_a_submitted_application_When_the_vault_deletes_and_purges_its_document_Then_its_reviewer_still_downloads_it_and_others_get_404()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = new CoopHubApp(Engine, ConnectionString, configure: b =>
        {
            b.UseSetting("Documents:RetentionDays", "30");
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        });
        using var admin = app.CreateAdminClient();
        HttpClient Key(string role, string? region = null, string? cooperative = null)
            => KeyOf(app, admin, role, region, cooperative);
        var program = (string)(await BodyAsync(await SendJsonAsync(admin, HttpMethod.Post, ProgramsRoutes.Programs, ProgramBody())))["id"]!;
        var call = (string)(await BodyAsync(await SendJsonAsync(admin, HttpMethod.Post, ProgramsRoutes.Calls, CallBody(program))))["id"]!;
        var coop = await CooperativeAsync();
        var otherCoop = await CooperativeAsync();
        using var manager = Key("coop-manager", cooperative: coop);
        using var otherManager = Key("coop-manager", cooperative: otherCoop);
        var (reviewerId, reviewer) = await KeyWithIdAsync(app, admin, "MA-06");
        var (_, unassigned) = await KeyWithIdAsync(app, admin, "MA-06");
        Assert.That((int)(await SendJsonAsync(admin, HttpMethod.Post, $"{ProgramsRoutes.Calls}/{call}/reviewers", new JsonObject { ["reviewerId"] = reviewerId })).StatusCode, Is.EqualTo(201));

        var pdf = DocumentFiles.Pdf();
        var statutes = await UploadAsync(manager, coop, pdf, "statuts.pdf");
        var created = await BodyAsync(await SendJsonAsync(manager, HttpMethod.Post, $"{ProgramsRoutes.Calls}/{call}/applications", Picking(coop, ("statutes", (string)statutes["id"]!))));
        var id = (string)created["id"]!;
        var contentUrl = (string)Entry(created, "statutes")["file"]!["contentUrl"]!;
        Assert.That((int)(await manager.PostAsync($"{ProgramsRoutes.Applications}/{id}/submit", null)).StatusCode, Is.EqualTo(200));
        await BytesAsync(reviewer, contentUrl, 404); // not under review yet: reviewers do not see it
        Assert.That((int)(await SendJsonAsync(admin, HttpMethod.Post, $"{ProgramsRoutes.Applications}/{id}/transitions", new JsonObject { ["to"] = "underReview" })).StatusCode, Is.EqualTo(200));

        Assert.That((int)(await manager.DeleteAsync($"/api/v1/documents/{statutes["id"]}")).StatusCode, Is.EqualTo(200));
        clock.Advance(TimeSpan.FromDays(31));
        var purger = app.Services.GetRequiredService<CoopHub.Documents.Retention.DocumentPurger>();
        Assert.That(await purger.RunOnceAsync(CancellationToken.None), Is.EqualTo(1), "the vault's row is purged");
        await BytesAsync(manager, (string)statutes["contentUrl"]!, 404); // gone from the vault

        Assert.Multiple(async () =>
        {
            Assert.That(await BytesAsync(reviewer, contentUrl), Is.EqualTo(pdf), "the assigned reviewer reads the pinned copy");
            Assert.That(await BytesAsync(admin, contentUrl), Is.EqualTo(pdf), "staff running the program too");
            Assert.That(await BytesAsync(manager, contentUrl), Is.EqualTo(pdf), "and the cooperative itself");
        });
        await BytesAsync(unassigned, contentUrl, 404);
        await BytesAsync(otherManager, contentUrl, 404);
        using var anonymous = app.CreateClient();
        await BytesAsync(anonymous, contentUrl, 404);
        await BytesAsync(reviewer, $"{ProgramsRoutes.Applications}/{id}/documents/{Guid.NewGuid()}/content", 404);
        var shown = await BodyAsync(await reviewer.GetAsync($"{ProgramsRoutes.Applications}/{id}"));
        Assert.That((string?)Entry(shown, "statutes")["file"]!["fileName"], Is.EqualTo("statuts.pdf"), "what it was at submission");
    }

    [Test]
    public async Task Given_links_only_Then_an_application_is_filed_as_before()
    {
        var (_, call) = await ProgramAndCallAsync();
        var coop = await CooperativeAsync();
        var (id, status) = await SubmittedAsync(call, coop);
        var application = await GetAsync<JsonNode>($"{ProgramsRoutes.Applications}/{id}");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo("eligible"));
            Assert.That((string?)Entry(application, "statutes")["url"], Is.EqualTo("https://docs.example.org/statuts.pdf"));
            Assert.That(Entry(application, "statutes")["file"], Is.Null);
            Assert.That(Entry(application, "statutes")["documentId"], Is.Null);
        });
    }

    [Test]
    public async Task Given_a_required_document_naming_a_vault_kind_Then_the_call_keeps_it_and_an_unknown_kind_is_400()
    {
        var program = await CreatedIdAsync(ProgramsRoutes.Programs, ProgramBody());
        var body = CallBody(program);
        body["documents"]![0]!["kind"] = "statutes";
        var call = await BodyAsync(await PostJsonAsync(ProgramsRoutes.Calls, body));
        Assert.That((string?)call["documents"]![0]!["kind"], Is.EqualTo("statutes"), call.ToJsonString());
        body["documents"]![0]!["kind"] = "passport";
        Assert.That(FieldsIn(await ProblemAsync(await PostJsonAsync(ProgramsRoutes.Calls, body), 400)), Is.EqualTo(new[] { "documents[0].kind" }));
    }

    private static HttpClient KeyOf(CoopHubApp app, HttpClient admin, string role, string? region, string? cooperative)
        => KeyWithIdAsync(app, admin, region, role, cooperative).GetAwaiter().GetResult().Client;

    private static async Task<(string Id, HttpClient Client)> KeyWithIdAsync(CoopHubApp app, HttpClient admin, string? region, string role = "staff", string? cooperative = null)
    {
        var created = await BodyAsync(await SendJsonAsync(admin, HttpMethod.Post, "/api/v1/api-keys", new JsonObject
        {
            ["name"] = $"documents {role} {Guid.NewGuid():N}"[..30],
            ["roles"] = new JsonArray(role),
            ["regions"] = region is null ? new JsonArray() : new JsonArray(region),
            ["cooperatives"] = cooperative is null ? new JsonArray() : new JsonArray(cooperative),
        }));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)created["secret"]!);
        return ((string)created["key"]!["id"]!, client);
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;

namespace CoopHub.Api.Tests.Shared;

/// <summary>
/// Every string field of every JSON body in the live contract, one at a time, holding a control character or a bidi
/// override inside an otherwise valid body: the answer is 400 naming that field. An operation with string fields and
/// no valid body here fails the test, so a new request cannot ship without the text rule.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class FreeTextTests
{
    /// <summary>Fields that are not text anyone reads: secrets compared or hashed as given.</summary>
    private static readonly Dictionary<string, string> NotFreeText = new()
    {
        ["SignIn"] = "an email and a password compared with what is stored; nothing is written",
        ["ChangeOwnPassword"] = "passwords are secrets, hashed as given",
        ["CreateUser.password"] = "a password is a secret, hashed as given",
        ["SignUp.password"] = "a password is a secret, hashed as given",
        ["SendSegmentMessage.fingerprint"] = "compared with the preview's fingerprint, never stored or shown",
        ["ResetPassword.newPassword"] = "a password is a secret, hashed as given",
        ["ProveClaimWithCode"] = "a 6-digit code compared with the stored hash, never stored or shown",
        ["ConfirmAccountAddress"] = "a 6-digit code compared with the stored hash, never stored or shown",
        ["ReplaceAccountAddress.password"] = "a password compared with the stored hash",
        ["RemoveAccountAddress"] = "a password compared with the stored hash",
    };

    private static readonly string[] BadTexts = ["Texte\u0001caché", "Texte\u202Eesrever"];

    private CoopHubApp _app = null!;
    private HttpClient _admin = null!;
    private HttpClient _reviewer = null!;
    private HttpClient _person = null!;
    private string _coop = "";
    private string _program = "";
    private string _call = "";
    private string _application = "";
    private string _selected = "";
    private string _event = "";
    private string _idea = "";
    private string _competition = "";
    private string _entry = "";
    private string _network = "";
    private string _organisation = "";
    private string _membership = "";
    private string _body = "";
    private string _project = "";
    private string _user = "";
    private int _counter;

    private static string Local(DateTime utc) => utc.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss");

    [OneTimeSetUp]
    public async Task Arrange()
    {
        _app = new CoopHubApp(Engine.Sqlite, await TestDatabases.NewSqliteAsync());
        _admin = _app.CreateAdminClient();
        _coop = await IdAsync(_admin, "/api/v1/cooperatives", CooperativeBodies.Valid(registrationNumber: "TEXT-A"));
        var key = await PostAsync(_admin, "/api/v1/api-keys", new JsonObject
        {
            ["name"] = "reviewer", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-02"),
        });
        _reviewer = _app.CreateClient();
        _reviewer.DefaultRequestHeaders.Add("X-Api-Key", (string)key["secret"]!);
        var reviewerId = (string)key["key"]!["id"]!;
        _program = await IdAsync(_admin, "/api/v1/programs", ProgramBody("TEXT"));
        _call = await IdAsync(_admin, "/api/v1/calls", CallBody());
        await PostAsync(_admin, $"/api/v1/calls/{_call}/reviewers", new JsonObject { ["reviewerId"] = reviewerId });
        _application = await IdAsync(_admin, $"/api/v1/calls/{_call}/applications", new JsonObject { ["cooperativeId"] = _coop });
        await PostAsync(_admin, $"/api/v1/applications/{_application}/submit", new JsonObject());
        await PostAsync(_admin, $"/api/v1/applications/{_application}/transitions", new JsonObject { ["to"] = "underReview" });
        var other = await IdAsync(_admin, "/api/v1/cooperatives", CooperativeBodies.Valid(registrationNumber: "TEXT-B"));
        _selected = await IdAsync(_admin, $"/api/v1/calls/{_call}/applications", new JsonObject { ["cooperativeId"] = other });
        await PostAsync(_admin, $"/api/v1/applications/{_selected}/submit", new JsonObject());
        await PostAsync(_admin, $"/api/v1/applications/{_selected}/transitions", new JsonObject { ["to"] = "underReview" });
        await PostAsync(_admin, $"/api/v1/applications/{_selected}/transitions", new JsonObject { ["to"] = "selected", ["reason"] = "Comité" });
        _event = await IdAsync(_admin, "/api/v1/events", EventBody());
        _idea = await IdAsync(_admin, "/api/v1/ideas", IdeaBody());
        await PostAsync(_admin, $"/api/v1/ideas/{_idea}/transitions", new JsonObject { ["to"] = "submitted" });
        await PostAsync(_admin, $"/api/v1/ideas/{_idea}/transitions", new JsonObject { ["to"] = "published" });
        _competition = await IdAsync(_admin, "/api/v1/competitions", CompetitionBody());
        await PostAsync(_admin, $"/api/v1/competitions/{_competition}/jurors", new JsonObject { ["jurorId"] = reviewerId });
        _entry = await IdAsync(_admin, $"/api/v1/competitions/{_competition}/entries", new JsonObject { ["ideaId"] = _idea });
        _organisation = await IdAsync(_admin, "/api/v1/organisations", Organisation());
        _network = await IdAsync(_admin, "/api/v1/networks", Network());
        _membership = await IdAsync(_admin, $"/api/v1/networks/{_network}/members",
            new JsonObject { ["memberType"] = "organisation", ["memberId"] = _organisation, ["joinedOn"] = "2024-05-01" });
        _body = await IdAsync(_admin, $"/api/v1/networks/{_network}/bodies", new JsonObject { ["kind"] = "executiveBureau", ["nameFr"] = "Bureau" });
        _project = await IdAsync(_admin, $"/api/v1/networks/{_network}/projects", new JsonObject { ["title"] = "Projet" });
        _user = await IdAsync(_admin, "/api/v1/users", new JsonObject
        {
            ["email"] = "text.user@coophub.test", ["displayName"] = "Texte", ["password"] = "Tifinagh-Bayt-Karama-9", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-01"),
        });
        // A person signed in with her own account (her cookie and antiforgery token), for what only an account may do.
        _person = _app.CreateBrowser();
        await PostAsync(_person, "/api/v1/auth/sign-in", new JsonObject { ["email"] = "text.user@coophub.test", ["password"] = "Tifinagh-Bayt-Karama-9" });
        _person.DefaultRequestHeaders.Add("X-CSRF-TOKEN", (string)JsonNode.Parse(await _person.GetStringAsync("/api/v1/auth/antiforgery"))!["token"]!);
    }

    [OneTimeTearDown]
    public async Task Dispose()
    {
        _admin.Dispose();
        _reviewer.Dispose();
        _person.Dispose();
        await _app.DisposeAsync();
    }

    private static JsonObject ProgramBody(string code) => new()
    {
        ["code"] = code, ["nameFr"] = "Programme " + code, ["regions"] = new JsonArray("MA-02"), ["goals"] = new JsonArray("Emploi"),
        ["supportAxes"] = new JsonArray(new JsonObject { ["code"] = "equipment", ["nameFr"] = "Équipement" }),
        ["indicators"] = new JsonArray(new JsonObject { ["code"] = "jobs_created", ["nameFr"] = "Emplois", ["target"] = 10, ["unit"] = "emplois" }),
    };

    private JsonObject CallBody() => new()
    {
        ["programId"] = _program, ["titleFr"] = "Appel", ["descriptionFr"] = "Description", ["status"] = "published", ["places"] = 1000,
        ["opensAt"] = Local(DateTime.UtcNow.AddDays(-1)), ["closesAt"] = Local(DateTime.UtcNow.AddDays(30)),
        ["documents"] = new JsonArray(new JsonObject { ["key"] = "statutes", ["nameFr"] = "Statuts", ["mandatory"] = false }),
        ["criteria"] = new JsonArray(new JsonObject { ["key"] = "impact", ["nameFr"] = "Impact", ["weight"] = 100 }),
    };

    private static JsonObject EventBody() => new()
    {
        ["kind"] = "workshop", ["titleFr"] = "Atelier", ["regionCode"] = "MA-02", ["status"] = "published",
        ["startsAt"] = Local(DateTime.UtcNow.AddDays(10)), ["endsAt"] = Local(DateTime.UtcNow.AddDays(10).AddHours(3)),
        ["agenda"] = new JsonArray(new JsonObject { ["time"] = "09:00", ["titleFr"] = "Accueil" }),
    };

    private JsonObject IdeaBody() => new()
    {
        ["cooperativeId"] = _coop, ["titleFr"] = $"Idée {++_counter}", ["problem"] = "Problème", ["solution"] = "Solution", ["sectors"] = new JsonArray("handicraft"),
        ["attachments"] = new JsonArray(new JsonObject { ["label"] = "Plan", ["url"] = "https://example.org/plan.pdf" }),
    };

    private JsonObject CompetitionBody() => new()
    {
        ["titleFr"] = "Idéathon", ["eventId"] = _event, ["status"] = "open",
        ["opensAt"] = Local(DateTime.UtcNow.AddDays(-1)), ["closesAt"] = Local(DateTime.UtcNow.AddDays(5)),
        ["criteria"] = new JsonArray(new JsonObject { ["key"] = "social_impact", ["nameFr"] = "Impact social", ["weight"] = 100 }),
    };

    private static JsonObject Organisation() => new()
    {
        ["kind"] = "association", ["nameFr"] = "Association", ["regionCode"] = "MA-02", ["provinceCode"] = "MA-OUJ",
    };

    private static JsonObject Network() => new()
    {
        ["kind"] = "network", ["nameFr"] = "Réseau", ["scope"] = "provincial", ["regionCode"] = "MA-02", ["provinceCode"] = "MA-OUJ",
        ["sectors"] = new JsonArray("handicraft"), ["foundedOn"] = "2024-05-01",
    };

    private sealed record Row(HttpMethod Method, string Url, Func<JsonObject> Body, HttpClient? Caller = null);

    /// <summary>A valid body for each operation whose body has string fields (the admin sends it unless a caller is given).</summary>
    private Dictionary<string, Row> Rows() => new()
    {
        ["CreateApiKey"] = new(HttpMethod.Post, "/api/v1/api-keys", () => new JsonObject { ["name"] = "clé", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-01") }),
        ["UpdateApplication"] = new(HttpMethod.Put, $"/api/v1/applications/{_application}", () => new JsonObject { ["projectSummary"] = "Projet" }),
        ["OverrideEligibility"] = new(HttpMethod.Post, $"/api/v1/applications/{_application}/eligibility", () => new JsonObject { ["eligible"] = false, ["reason"] = "Motif" }),
        ["TransitionApplication"] = new(HttpMethod.Post, $"/api/v1/applications/{_application}/transitions", () => new JsonObject { ["to"] = "rejected", ["reason"] = "Motif" }),
        ["ScoreApplication"] = new(HttpMethod.Put, $"/api/v1/applications/{_application}/reviews/mine",
            () => new JsonObject { ["scores"] = new JsonArray(new JsonObject { ["criterion"] = "impact", ["score"] = 7 }), ["comment"] = "Bien" }, _reviewer),
        ["RecordSupport"] = new(HttpMethod.Post, $"/api/v1/applications/{_selected}/support",
            () => new JsonObject { ["axis"] = "equipment", ["kind"] = "equipment", ["amount"] = 1000, ["deliveredOn"] = "2025-01-01", ["description"] = "Four" }),
        ["RecordOutcome"] = new(HttpMethod.Post, $"/api/v1/applications/{_selected}/outcomes",
            () => new JsonObject { ["indicator"] = "jobs_created", ["value"] = 2, ["measuredOn"] = "2025-06-30", ["note"] = "Note" }),
        ["CreateCall"] = new(HttpMethod.Post, "/api/v1/calls", CallBody),
        ["UpdateCall"] = new(HttpMethod.Put, $"/api/v1/calls/{_call}", CallBody),
        ["CreateApplication"] = new(HttpMethod.Post, $"/api/v1/calls/{_call}/applications", () => new JsonObject { ["cooperativeId"] = _coop, ["projectSummary"] = "Projet" }),
        ["CreateCompetition"] = new(HttpMethod.Post, "/api/v1/competitions", CompetitionBody),
        ["UpdateCompetition"] = new(HttpMethod.Put, $"/api/v1/competitions/{_competition}", CompetitionBody),
        ["ScoreEntry"] = new(HttpMethod.Put, $"/api/v1/competitions/{_competition}/entries/{_entry}/scores/mine",
            () => new JsonObject { ["scores"] = new JsonArray(new JsonObject { ["criterion"] = "social_impact", ["score"] = 8 }), ["comment"] = "Bien" }, _reviewer),
        ["SetCompetitionAwards"] = new(HttpMethod.Put, $"/api/v1/competitions/{_competition}/awards",
            () => new JsonObject { ["awards"] = new JsonArray(new JsonObject { ["entryId"] = _entry, ["rank"] = 1, ["prizeLabel"] = "Prix" }) }),
        ["RegisterCooperative"] = new(HttpMethod.Post, "/api/v1/cooperatives", () => CooperativeBodies.Valid(registrationNumber: $"TEXT-R{++_counter}")),
        ["UpdateCooperative"] = new(HttpMethod.Put, $"/api/v1/cooperatives/{_coop}", () => CooperativeBodies.Valid(registrationNumber: "TEXT-A")),
        ["ChangeCooperativeStatus"] = new(HttpMethod.Post, $"/api/v1/cooperatives/{_coop}/status", () => new JsonObject { ["status"] = "dormant", ["effectiveOn"] = "2025-01-01", ["reason"] = "AG" }),
        ["CreateEvent"] = new(HttpMethod.Post, "/api/v1/events", EventBody),
        ["UpdateEvent"] = new(HttpMethod.Put, $"/api/v1/events/{_event}", EventBody),
        ["RegisterForEvent"] = new(HttpMethod.Post, $"/api/v1/events/{_event}/registrations", () => new JsonObject { ["attendeeName"] = "Fatima", ["attendeeRole"] = "Gérante" }),
        ["CheckIn"] = new(HttpMethod.Post, $"/api/v1/events/{_event}/check-in", () => new JsonObject { ["code"] = "ABCDEFGH" }),
        ["CreateIdea"] = new(HttpMethod.Post, "/api/v1/ideas", IdeaBody),
        ["UpdateIdea"] = new(HttpMethod.Put, $"/api/v1/ideas/{_idea}", IdeaBody),
        ["TransitionIdea"] = new(HttpMethod.Post, $"/api/v1/ideas/{_idea}/transitions", () => new JsonObject { ["to"] = "archived", ["comment"] = "Note" }),
        ["CreateNetwork"] = new(HttpMethod.Post, "/api/v1/networks", Network),
        ["UpdateNetwork"] = new(HttpMethod.Put, $"/api/v1/networks/{_network}", Network),
        ["EndNetworkMembership"] = new(HttpMethod.Post, $"/api/v1/networks/{_network}/members/{_membership}/leave", () => new JsonObject { ["leftOn"] = "2025-01-01", ["reason"] = "Démission" }),
        ["CreateNetworkBody"] = new(HttpMethod.Post, $"/api/v1/networks/{_network}/bodies", () => new JsonObject { ["kind"] = "workingBody", ["nameFr"] = "Instance", ["purpose"] = "But" }),
        ["AppointMandate"] = new(HttpMethod.Post, $"/api/v1/networks/{_network}/bodies/{_body}/mandates",
            () => new JsonObject { ["membershipId"] = _membership, ["role"] = "member", ["termStart"] = "2024-06-01", ["termEnd"] = "2027-05-31", ["title"] = "Membre" }),
        ["CreateNetworkProject"] = new(HttpMethod.Post, $"/api/v1/networks/{_network}/projects", () => new JsonObject { ["title"] = "Projet", ["description"] = "Description" }),
        ["RecordImpactAssessment"] = new(HttpMethod.Post, $"/api/v1/networks/{_network}/projects/{_project}/assessments",
            () => new JsonObject { ["assessedOn"] = "2025-06-30", ["jobs"] = 3, ["note"] = "Note" }),
        ["CreateOrganisation"] = new(HttpMethod.Post, "/api/v1/organisations", Organisation),
        ["UpdateOrganisation"] = new(HttpMethod.Put, $"/api/v1/organisations/{_organisation}", Organisation),
        ["CreateProgram"] = new(HttpMethod.Post, "/api/v1/programs", () => ProgramBody($"TEXT-{++_counter}")),
        ["UpdateProgram"] = new(HttpMethod.Put, $"/api/v1/programs/{_program}", () => ProgramBody("TEXT")),
        ["CreateUser"] = new(HttpMethod.Post, "/api/v1/users", () => new JsonObject
        {
            ["email"] = $"new{++_counter}@coophub.test", ["displayName"] = "Nouvelle", ["password"] = "Oujda-Berkane-2026", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-01"),
        }),
        ["UpdateUser"] = new(HttpMethod.Put, $"/api/v1/users/{_user}", () => new JsonObject { ["displayName"] = "Texte", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-01") }),
        ["UpdateNotificationPreferences"] = new(HttpMethod.Put, "/api/v1/notifications/preferences",
            () => new JsonObject { ["items"] = new JsonArray(new JsonObject { ["topic"] = "events", ["channel"] = "email", ["enabled"] = true }) }),
        ["ChangeRegistryContactConsent"] = new(HttpMethod.Post, $"/api/v1/notifications/registry-contacts/{_coop}/consent",
            () => new JsonObject { ["channels"] = new JsonArray("email"), ["enabled"] = true, ["method"] = "signed-form", ["givenOn"] = "2025-01-01" }),
        ["UnsubscribeFromNotifications"] = new(HttpMethod.Post, "/api/v1/notifications/unsubscribe", () => new JsonObject { ["token"] = "jeton", ["enabled"] = false }),
        ["UpdateContactPreferences"] = new(HttpMethod.Put, "/api/v1/notifications/contact-preferences", () => new JsonObject
        {
            ["token"] = "jeton", ["items"] = new JsonArray(new JsonObject { ["topic"] = "events", ["channel"] = "email", ["enabled"] = true }),
        }),
        ["RequestPasswordReset"] = new(HttpMethod.Post, "/api/v1/auth/password-reset", () => new JsonObject { ["email"] = "agent@coophub.test" }),
        ["ResetPassword"] = new(HttpMethod.Post, "/api/v1/auth/password-reset/confirm",
            () => new JsonObject { ["email"] = "agent@coophub.test", ["code"] = "123456", ["newPassword"] = "Oujda-Berkane-2026" }),
        ["SignUp"] = new(HttpMethod.Post, "/api/v1/auth/sign-up",
            () => new JsonObject { ["email"] = $"signup{++_counter}@coophub.test", ["displayName"] = "Nouvelle", ["password"] = "Oujda-Berkane-2026" }),
        ["VerifyAccount"] = new(HttpMethod.Post, "/api/v1/auth/verify", () => new JsonObject { ["email"] = "agent@coophub.test", ["code"] = "123456" }),
        ["AddAccountAddress"] = new(HttpMethod.Post, "/api/v1/users/me/addresses", () => new JsonObject { ["email"] = "ajout@coophub.test" }, _person),
        ["ReplaceAccountAddress"] = new(HttpMethod.Post, "/api/v1/users/me/addresses/replace",
            () => new JsonObject { ["email"] = "remplace@coophub.test", ["password"] = "Tifinagh-Bayt-Karama-9" }, _person),
        ["SendSegmentMessage"] = new(HttpMethod.Post, "/api/v1/notifications/segment-messages", () => new JsonObject
        {
            ["filter"] = new JsonObject { ["region"] = "MA-02" }, ["fingerprint"] = "empreinte",
            ["texts"] = new JsonArray(new JsonObject { ["language"] = "fr", ["subject"] = "Objet", ["body"] = "Texte" }),
        }),
        ["DecideCooperativeClaim"] = new(HttpMethod.Post, $"/api/v1/cooperative-claims/{Guid.NewGuid()}/decision",
            () => new JsonObject { ["decision"] = "refuse", ["reason"] = "Certificat illisible" }),
        ["CreateWebhook"] = new(HttpMethod.Post, "/api/v1/webhooks",
            () => new JsonObject { ["url"] = "https://partner.example.org/hook", ["eventTypes"] = new JsonArray("idea.published"), ["description"] = "Partenaire" }),
    };

    [Test]
    public async Task Given_a_control_character_or_a_bidi_override_in_any_string_field_of_any_body_Then_400_names_that_field()
    {
        var document = JsonNode.Parse(await _admin.GetStringAsync("/swagger/v1/swagger.json"))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var operations = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => m.Value!))
            .Where(o => o["requestBody"]?["content"]?["application/json"] is not null)
            .Select(o => (Id: (string)o["operationId"]!, Fields: StringFields(o["requestBody"]!["content"]!["application/json"]!["schema"]!, schemas, "", 0)))
            .Where(o => o.Fields.Count > 0 && !NotFreeText.ContainsKey(o.Id))
            .ToList();
        var rows = Rows();
        Assert.That(operations.Select(o => o.Id).Where(o => !rows.ContainsKey(o)), Is.Empty, "operations with string fields and no valid body in this test");

        var failures = new List<string>();
        var checkedFields = 0;
        foreach (var (id, fields) in operations)
        {
            var row = rows[id];
            foreach (var field in fields.Where(f => !NotFreeText.ContainsKey($"{id}.{f}")))
            {
                foreach (var bad in BadTexts)
                {
                    var body = row.Body();
                    Put(body, field, bad);
                    using var request = new HttpRequestMessage(row.Method, row.Url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
                    if (row.Method == HttpMethod.Put) request.Headers.TryAddWithoutValidation("If-Match", "*");
                    using var response = await (row.Caller ?? _admin).SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    var expected = field.Replace("[]", "[0]", StringComparison.Ordinal);
                    var named = response.StatusCode == HttpStatusCode.BadRequest && JsonNode.Parse(text)?["errors"] is JsonObject errors
                        && errors.Any(e => e.Key == expected || e.Key == field.Replace("[]", "", StringComparison.Ordinal));
                    if (!named) failures.Add($"{id} {expected} = {Escape(bad)}: {(int)response.StatusCode} {text[..Math.Min(text.Length, 200)]}");
                    checkedFields++;
                }
            }
        }
        Assert.That(failures.Count, Is.Zero, $"{failures.Count} of {checkedFields} bad values not refused by name:\n" + string.Join("\n", failures));
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c < ' ' || c is >= '\u2000' and <= '\u206F' ? $"\\u{(int)c:X4}" : c.ToString()));

    /// <summary>Sets <paramref name="path"/> (<c>a.b</c>, <c>a[0].b</c>, <c>a[]</c> for a list of strings) to the bad text, creating what is missing.</summary>
    private static void Put(JsonObject body, string path, string value)
    {
        var parts = path.Split('.');
        JsonObject node = body;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var last = i == parts.Length - 1;
            if (part.EndsWith("[]", StringComparison.Ordinal))
            {
                node[part[..^2]] = new JsonArray(value);
                return;
            }
            if (part.EndsWith("[0]", StringComparison.Ordinal))
            {
                var name = part[..^3];
                if (node[name] is not JsonArray array || array.Count == 0 || array[0] is not JsonObject)
                {
                    node[name] = array = new JsonArray(new JsonObject());
                }
                node = (JsonObject)array[0]!;
                continue;
            }
            if (last)
            {
                node[part] = value;
                return;
            }
            if (node[part] is not JsonObject child) node[part] = child = new JsonObject();
            node = child;
        }
    }

    /// <summary>The paths of the free-text string fields of a schema: no format (date, uuid, uri…), no enum.</summary>
    private static List<string> StringFields(JsonNode schema, JsonObject schemas, string prefix, int depth)
    {
        var fields = new List<string>();
        schema = Resolve(schema, schemas);
        if (depth > 4 || schema["properties"] is not JsonObject properties) return fields;
        foreach (var (name, value) in properties)
        {
            var property = Resolve(value!, schemas);
            if (IsText(property)) fields.Add(prefix + name);
            else if (Types(property).Contains("array") && property["items"] is { } items)
            {
                var item = Resolve(items, schemas);
                if (IsText(item)) fields.Add(prefix + name + "[]");
                else fields.AddRange(StringFields(item, schemas, prefix + name + "[0].", depth + 1));
            }
            else if (property["properties"] is not null) fields.AddRange(StringFields(property, schemas, prefix + name + ".", depth + 1));
        }
        return fields;
    }

    private static bool IsText(JsonNode schema) => Types(schema).Contains("string") && schema["format"] is null && schema["enum"] is null;

    private static string[] Types(JsonNode schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => (string)t!).ToArray(),
        JsonValue type => [(string)type!],
        _ => [],
    };

    private static JsonNode Resolve(JsonNode schema, JsonObject schemas)
    {
        for (var i = 0; i < 10; i++)
        {
            if (schema["$ref"] is JsonValue reference) schema = schemas[((string)reference!).Split('/')[^1]]!;
            else if ((schema["allOf"] ?? schema["oneOf"] ?? schema["anyOf"]) is JsonArray choices)
                schema = choices.First(c => c?["type"] is not JsonValue t || (string)t! != "null")!;
            else break;
        }
        return schema;
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string url, JsonNode body)
    {
        var response = await client.PostAsync(url, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{url}: {text}");
        return JsonNode.Parse(text)!;
    }

    private static async Task<string> IdAsync(HttpClient client, string url, JsonNode body) => (string)(await PostAsync(client, url, body))["id"]!;
}

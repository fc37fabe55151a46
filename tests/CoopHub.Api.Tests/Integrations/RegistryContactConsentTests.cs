using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using CoopHub.Cooperatives;
using CoopHub.Notifications.Dispatch;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>
/// Issue 18: staff of a cooperative's region (and administrators) record its registry contact's consent to
/// announcements — or its withdrawal — after the registration (<c>ChangeRegistryContactConsent</c>, ADR 0024): the
/// channels, how the contact said it and when, kept with source <c>staff</c> and who in the consent log, audited.
/// </summary>
public sealed class RegistryContactConsentTests(Engine engine) : ProgramTest(engine)
{
    private static string Consent(string cooperative) => $"/api/v1/notifications/registry-contacts/{cooperative}/consent";

    private async Task<string> CooperativeAsync(string registration, string? email, string? phone, string region = "MA-02", string province = "MA-OUJ")
    {
        var body = CooperativeBodies.Valid(registrationNumber: registration, region: region, province: province);
        body["contact"] = new JsonObject { ["email"] = email, ["phone"] = phone };
        var response = await PostJsonAsync(CooperativesRoutes.Base, body);
        var created = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
        return (string)created["id"]!;
    }

    private async Task<HttpClient> StaffAsync(string region)
    {
        var response = await PostJsonAsync("/api/v1/api-keys", new JsonObject
        {
            ["name"] = $"staff {region}", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray(region), ["cooperatives"] = new JsonArray(),
        });
        var created = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)created["secret"]!);
        return client;
    }

    private static JsonObject Change(bool enabled, string method, string givenOn, params string[] channels) => new()
    {
        ["channels"] = new JsonArray(channels.Select(c => (JsonNode)c!).ToArray()), ["enabled"] = enabled, ["method"] = method, ["givenOn"] = givenOn,
    };

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string cooperative, JsonObject body) => client.PostAsJsonAsync(Consent(cooperative), body);

    private static JsonObject Objection(string topic, bool objects, string method, string givenOn, params string[] channels)
    {
        var body = Change(!objects, method, givenOn, channels);
        body["topic"] = topic;
        return body;
    }

    private static JsonNode ObjectionOf(JsonNode view, string topic, string channel)
        => view["objections"]!.AsArray().Single(o => (string)o!["topic"]! == topic && (string)o["channel"]! == channel)!;

    /// <summary>One dispatcher pass: queues what the outbox holds and sends it into temporary pickup folders.</summary>
    private async Task DispatchAsync()
    {
        var pickup = Path.Combine(Path.GetTempPath(), "coophub-test-pickup", Guid.NewGuid().ToString("N"));
        await using var app = new CoopHubApp(Engine, ConnectionString, configure: b =>
        {
            b.UseSetting("Notifications:PickupDirectory", Path.Combine(pickup, "mail"));
            b.UseSetting("Notifications:SmsPickupDirectory", Path.Combine(pickup, "sms"));
            b.UseSetting("Notifications:SmsQuietHours", "");
        });
        await app.Services.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
        if (Directory.Exists(pickup)) Directory.Delete(pickup, recursive: true);
    }

    private static JsonNode ChannelOf(JsonNode view, string channel) => view["channels"]!.AsArray().Single(c => (string)c!["channel"]! == channel)!;

    [Test]
    public async Task Given_staff_of_the_region_record_then_withdraw_a_consent_Then_each_change_is_kept_with_how_when_and_who_and_announcements_follow_it()
    {
        var staff = await StaffAsync("MA-02");
        var cooperative = await CooperativeAsync("02-2023-900001", "contact@example.ma", "0661234599");

        var before = await BodyAsync(await staff.GetAsync(Consent(cooperative)));
        var recorded = await PostAsync(staff, cooperative, Change(true, "signed-form", "2026-11-20", "email", "sms"));
        var recordedView = await BodyAsync(recorded);
        var previewAfterConsent = await GetAsync<JsonNode>("/api/v1/notifications/segment-messages/preview?region=MA-02&province=MA-OUJ");
        var again = await PostAsync(staff, cooperative, Change(true, "phone-call", "2026-11-21", "email"));
        var withdrawn = await BodyAsync(await PostAsync(staff, cooperative, Change(false, "phone-call", "2026-11-25", "email")));
        var previewAfterWithdrawal = await GetAsync<JsonNode>("/api/v1/notifications/segment-messages/preview?region=MA-02&province=MA-OUJ");

        var id = Guid.Parse(cooperative);
        Assert.Multiple(async () =>
        {
            Assert.That(ChannelOf(before, "email")["enabled"]!.GetValue<bool>(), Is.False, "off until an opt-in");
            Assert.That(ChannelOf(before, "email")["hasAddress"]!.GetValue<bool>(), Is.True);
            Assert.That(ChannelOf(before, "email")["source"], Is.Null, "nothing recorded yet");
            Assert.That(recorded.StatusCode, Is.EqualTo(HttpStatusCode.OK), recordedView.ToJsonString());
            foreach (var channel in new[] { "email", "sms" })
            {
                var line = ChannelOf(recordedView, channel);
                Assert.That((line["enabled"]!.GetValue<bool>(), (string?)line["source"], (string?)line["method"], (string?)line["givenOn"]),
                    Is.EqualTo((true, "staff", "signed-form", "2026-11-20")));
                Assert.That(line["changedBy"], Is.Not.Null, "who recorded it");
            }
            Assert.That(((int?)previewAfterConsent["email"], (int?)previewAfterConsent["sms"]), Is.EqualTo((1, 1)), "announcements now reach the contact");
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)ChannelOf(withdrawn, "email")["method"], Is.EqualTo("phone-call"));
            Assert.That(ChannelOf(withdrawn, "email")["enabled"]!.GetValue<bool>(), Is.False);
            Assert.That(ChannelOf(withdrawn, "sms")["enabled"]!.GetValue<bool>(), Is.True, "the channel not named keeps its consent");
            Assert.That(((int?)previewAfterWithdrawal["email"], (int?)previewAfterWithdrawal["sms"]), Is.EqualTo((0, 1)));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents WHERE recipient_id = @Id AND source = 'staff'", new { Id = id }), Is.EqualTo(3),
                "two consents and one withdrawal; the repeated consent changed nothing and is not recorded again");
            Assert.That(await ScalarAsync<long>("""
                SELECT COUNT(*) FROM ntf_consents WHERE recipient_id = @Id AND channel = 'email' AND enabled = 0 AND method = 'phone-call' AND given_on IS NOT NULL AND changed_by IS NOT NULL
                """, new { Id = id }), Is.EqualTo(1), "the proof of the withdrawal");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM app_audit WHERE entity_type = 'registryContactConsent' AND entity_id = @Id", new { Id = cooperative }),
                Is.EqualTo(2), "one audit row per change, none for the repeat");
        });
    }

    [Test]
    public async Task Given_staff_record_a_contacts_objection_to_calls_by_sms_Then_it_shows_with_its_proof_the_next_call_comes_by_email_only_and_a_withdrawal_restores_it()
    {
        var staff = await StaffAsync("MA-02");
        var cooperative = await CooperativeAsync("02-2023-900003", "contact3@example.ma", "0661234597");
        var id = Guid.Parse(cooperative);

        var before = await BodyAsync(await staff.GetAsync(Consent(cooperative)));
        var objected = await PostAsync(staff, cooperative, Objection("calls", objects: true, "phone-call", "2026-11-22", "sms"));
        var objectedView = await BodyAsync(objected);
        await DispatchAsync(); // the registrations' news, before the call
        await ProgramAndCallAsync();
        await DispatchAsync();
        var callEmails = await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE recipient_id = @Id AND topic = 'calls' AND channel = 'email'", new { Id = id });
        var callSms = await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE recipient_id = @Id AND topic = 'calls' AND channel = 'sms'", new { Id = id });
        var withdrawn = await BodyAsync(await PostAsync(staff, cooperative, Objection("calls", objects: false, "written-message", "2026-11-30", "sms")));
        var unknownTopic = await PostAsync(staff, cooperative, Objection("weather", objects: true, "phone-call", "2026-11-22", "sms"));
        var accountTopic = await PostAsync(staff, cooperative, Objection("account", objects: true, "phone-call", "2026-11-22", "sms"));

        Assert.That(objected.StatusCode, Is.EqualTo(HttpStatusCode.OK), objectedView.ToJsonString());
        Assert.Multiple(async () =>
        {
            Assert.That(before["objections"]!.AsArray().Select(o => o!["objected"]!.GetValue<bool>()), Is.All.False, "no objection until one is recorded");
            Assert.That(before["objections"]!.AsArray().Select(o => (string)o!["topic"]!).Distinct(), Is.EquivalentTo(new[] { "calls", "applications", "events", "networks", "ideas" }));
            var line = ObjectionOf(objectedView, "calls", "sms");
            Assert.That((line["objected"]!.GetValue<bool>(), (string?)line["source"], (string?)line["method"], (string?)line["givenOn"]),
                Is.EqualTo((true, "staff", "phone-call", "2026-11-22")));
            Assert.That(line["changedBy"], Is.Not.Null, "who recorded it");
            Assert.That(ObjectionOf(objectedView, "calls", "email")["objected"]!.GetValue<bool>(), Is.False, "a channel not named keeps its state");
            Assert.That(ChannelOf(objectedView, "sms")["enabled"]!.GetValue<bool>(), Is.False, "the announcements consent untouched");
            Assert.That((callEmails, callSms), Is.EqualTo((1L, 0L)), "the call reaches the contact by e-mail, not by the SMS it objected to");
            var restored = ObjectionOf(withdrawn, "calls", "sms");
            Assert.That((restored["objected"]!.GetValue<bool>(), (string?)restored["method"], (string?)restored["givenOn"]), Is.EqualTo((false, "written-message", "2026-11-30")));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents WHERE recipient_id = @Id AND topic = 'calls' AND channel = 'sms' AND source = 'staff'",
                new { Id = id }), Is.EqualTo(2), "the objection and its withdrawal, each a proof row");
            Assert.That(await ScalarAsync<long>(
                "SELECT COUNT(*) FROM app_audit WHERE entity_type = 'registryContactConsent' AND entity_id = @Id AND after_json LIKE '%\"topic\":\"calls\"%'",
                new { Id = cooperative }), Is.EqualTo(2), "each change audited with its topic");
            Assert.That((string?)(await ProblemAsync(unknownTopic, 400))["fieldCodes"]!["topic"]![0], Is.EqualTo("notifications.consent.topic"));
            Assert.That((string?)(await ProblemAsync(accountTopic, 400))["fieldCodes"]!["topic"]![0], Is.EqualTo("notifications.consent.topic"), "account messages are locked on");
        });
    }

    [Test]
    public async Task Given_another_region_an_unknown_cooperative_or_a_channel_without_an_address_Then_403_404_or_400_and_nothing_recorded()
    {
        var otherStaff = await StaffAsync("MA-06");
        var cooperative = await CooperativeAsync("02-2023-900002", "only-mail@example.ma", "+212 536 00 00 00");

        var otherRegion = await PostAsync(otherStaff, cooperative, Change(true, "signed-form", "2026-11-20", "email"));
        var otherRegionRead = await otherStaff.GetAsync(Consent(cooperative));
        var unknown = await PostAsync(Client, Guid.NewGuid().ToString(), Change(true, "signed-form", "2026-11-20", "email"));
        var landline = await PostAsync(Client, cooperative, Change(true, "signed-form", "2026-11-20", "email", "sms"));
        var invalid = await PostAsync(Client, cooperative, new JsonObject
        {
            ["channels"] = new JsonArray("email", "email", "fax"), ["method"] = "rumour", ["givenOn"] = "2999-01-01",
        });
        var view = await GetAsync<JsonNode>(Consent(cooperative));

        Assert.Multiple(async () =>
        {
            Assert.That((string?)(await ProblemAsync(otherRegion, 403))["code"], Is.EqualTo("auth.forbidden"));
            Assert.That(otherRegionRead.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((string?)(await ProblemAsync(unknown, 404))["code"], Is.EqualTo("notifications.cooperative_not_found"));
            var noMobile = await ProblemAsync(landline, 400);
            Assert.That((string?)noMobile["fieldCodes"]!["channels"]![0], Is.EqualTo("notifications.consent.no_mobile"), "a landline cannot receive SMS");
            var problem = await ProblemAsync(invalid, 400);
            Assert.That(FieldsIn(problem), Is.EquivalentTo(new[] { "channels", "enabled", "method", "givenOn" }));
            Assert.That(ChannelOf(view, "sms")["hasAddress"]!.GetValue<bool>(), Is.False);
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents WHERE recipient_id = @Id", new { Id = Guid.Parse(cooperative) }), Is.Zero);
        });
    }
}

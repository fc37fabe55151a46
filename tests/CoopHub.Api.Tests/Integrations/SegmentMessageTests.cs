using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using CoopHub.Notifications;
using Microsoft.AspNetCore.Hosting;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>
/// Issue 18, item 3 through HTTP: staff message a segment of the registry (the directory's filters), see the audience
/// per channel after consent, confirm it, and follow the background sending to the end; only in their regions.
/// </summary>
public sealed class SegmentMessageTests(Engine engine) : ProgramTest(engine)
{
    private const string Password = "Figuig-Dattes-2026-ok";
    private const string ContactEmail = "contact.sans.compte@coophub.test";
    private const string ContactMobile = "0612345678";
    private int _registration;

    private static readonly JsonArray Texts = new(
        new JsonObject { ["language"] = "ar", ["subject"] = "دورة تكوينية في التسويق", ["body"] = "تنظم المندوبية دورة تكوينية لفائدة التعاونيات." },
        new JsonObject { ["language"] = "fr", ["subject"] = "Formation au marketing", ["body"] = "La délégation organise une formation pour les coopératives." });

    /// <summary>A host whose dispatcher runs (started here: the factory starts its host on first use).</summary>
    private CoopHubApp Notifying(Action<IWebHostBuilder>? configure = null)
    {
        var app = new CoopHubApp(Engine, ConnectionString, configure: b =>
        {
            b.UseSetting("Notifications:Dispatch", "true");
            b.UseSetting("Notifications:PollInterval", "00:00:00.050");
            b.UseSetting("Notifications:RetryBaseDelay", "00:00:00.050");
            b.UseSetting("Notifications:MaxAttempts", "1000");
            configure?.Invoke(b);
        });
        _ = app.Services;
        return app;
    }

    /// <summary>A cooperative of the region; its registry contact has this e-mail and mobile number.</summary>
    private async Task<string> CoopAsync(string region = "MA-02", string province = "MA-OUJ", string sector = "handicraft", bool womenLed = true,
        string? email = "contact@example.ma", string? phone = "+212 536 00 00 00")
    {
        var body = CooperativeBodies.Valid(registrationNumber: $"SEG-{++_registration:000}", region: region, province: province, sector: sector, womenLed: womenLed);
        body["contact"] = new JsonObject { ["phone"] = phone, ["email"] = email };
        return (await RegisterAsync(body)).Id;
    }

    private async Task ManagerAsync(string coop, string email, string language)
    {
        var created = await PostJsonAsync("/api/v1/users", new JsonObject
        {
            ["email"] = email, ["displayName"] = email, ["language"] = language, ["password"] = Password,
            ["roles"] = new JsonArray("coop-manager"), ["cooperatives"] = new JsonArray(coop),
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
    }

    /// <summary>The registry contact agreed to hear announcements on this channel (recorded as staff would, source <c>staff</c>).</summary>
    private async Task OptInAsync(string coop, string channel)
        => await ScalarAsync<int>("""
            INSERT INTO ntf_preferences (recipient_id, recipient_kind, topic, channel, enabled, source, changed_by, changed_at)
            VALUES (@Id, 'contact', 'announcements', @Channel, 1, 'staff', NULL, @Now); SELECT 1
            """, new { Id = Engine == Engine.SqlServer ? (object)Guid.Parse(coop) : coop, Channel = channel, Now = DateTimeOffset.UtcNow });

    private async Task<JsonNode> PreviewAsync(string query, HttpClient? client = null)
    {
        var response = await (client ?? Client).GetAsync($"{NotificationsRoutes.SegmentPreview}?{query}");
        var body = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        return body;
    }

    private static JsonObject SendBody(JsonObject filter, string fingerprint) => new()
    {
        ["filter"] = filter.DeepClone(), ["texts"] = Texts.DeepClone(), ["fingerprint"] = fingerprint,
    };

    private async Task<JsonNode> ProgressAsync(string location, Func<JsonNode, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var body = await GetAsync<JsonNode>(location);
            if (done(body) || DateTime.UtcNow > deadline) return body;
            await Task.Delay(50);
        }
    }

    private object IdParameter(string id) => Engine == Engine.SqlServer ? Guid.Parse(id) : id;

    [Test]
    public async Task Given_a_region_Then_the_preview_counts_the_rows_a_send_writes_respects_consent_and_reaches_each_person_in_their_language()
    {
        await using var smtp = SmtpReceiver.Start();
        var withManagers = await CoopAsync();
        await ManagerAsync(withManagers, "gerante.ar@coophub.test", "ar");
        await ManagerAsync(withManagers, "gerant.fr@coophub.test", "fr");
        var contactOnly = await CoopAsync(sector: "agriculture", email: ContactEmail, phone: ContactMobile);
        await CoopAsync(region: "MA-06", province: "MA-CAS"); // another region: not in the segment
        await CoopAsync(womenLed: false); // not women-led: not in the segment

        var before = await PreviewAsync("region=MA-02&womenLed=true");
        await OptInAsync(contactOnly, "email");
        var after = await PreviewAsync("region=MA-02&womenLed=true");
        var filter = new JsonObject { ["region"] = "MA-02", ["womenLed"] = true };
        var stale = await PostJsonAsync(NotificationsRoutes.SegmentMessages, SendBody(filter, (string)before["fingerprint"]!));
        var sent = await PostJsonAsync(NotificationsRoutes.SegmentMessages, SendBody(filter, (string)after["fingerprint"]!));
        var accepted = await BodyAsync(sent);
        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), accepted.ToJsonString());
        var location = sent.Headers.Location!.ToString();

        JsonNode done;
        await using (Notifying(smtp.Configure))
        {
            done = await ProgressAsync(location, p => (string?)p["status"] == "completed");
            await Task.Delay(300); // a wrong extra message would have arrived by now
        }

        var id = (string)accepted["id"]!;
        var rows = await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE trigger_id = @Id AND topic = 'announcements'", new { Id = IdParameter(id) });
        var received = smtp.Received.ToList();
        var arabic = received.Single(m => m.To.Mailboxes.Single().Address == "gerante.ar@coophub.test");
        var french = received.Single(m => m.To.Mailboxes.Single().Address == "gerant.fr@coophub.test");
        var contact = received.Single(m => m.To.Mailboxes.Single().Address == ContactEmail);
        Assert.Multiple(async () =>
        {
            Assert.That(((int?)before["cooperatives"], (int?)before["inapp"], (int?)before["email"], (int?)before["sms"], (int?)before["total"]), Is.EqualTo((2, 2, 2, 0, 4)),
                "the contact without an opt-in hears no announcement (ADR 0024)");
            Assert.That(((int?)after["cooperatives"], (int?)after["inapp"], (int?)after["email"], (int?)after["sms"], (int?)after["total"]), Is.EqualTo((2, 2, 3, 0, 5)),
                "the e-mail opt-in adds the contact's e-mail, not its SMS");
            Assert.That((string?)after["fingerprint"], Is.Not.EqualTo((string?)before["fingerprint"]));
            Assert.That((string?)(await ProblemAsync(stale, 409))["code"], Is.EqualTo("notifications.audience_changed"));
            Assert.That(location, Is.EqualTo(NotificationsRoutes.SegmentMessage(Guid.Parse(id))));
            Assert.That((string?)accepted["status"], Is.EqualTo("preparing"));
            Assert.That(rows, Is.EqualTo(5), "the preview's total is the rows written");
            Assert.That(((int?)done["progress"]!["total"], (int?)done["progress"]!["sent"], (int?)done["progress"]!["queued"], (int?)done["progress"]!["failed"]),
                Is.EqualTo((5, 5, 0, 0)));
            Assert.That(received, Has.Count.EqualTo(3));
            Assert.That(arabic.Subject, Is.EqualTo("دورة تكوينية في التسويق"));
            Assert.That(arabic.HtmlBody, Does.Contain("dir=\"rtl\""));
            Assert.That(french.Subject, Is.EqualTo("Formation au marketing"));
            Assert.That(french.TextBody, Does.Contain("La délégation organise"));
            Assert.That(contact.Subject, Is.EqualTo("دورة تكوينية في التسويق"), "a registry contact is written to in Arabic");
            Assert.That(contact.TextBody, Does.Contain("/unsubscribe?token="), "the contact can stop these messages without signing in");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM app_audit WHERE operation = 'SendSegmentMessageCommand' AND entity_type = 'segmentMessage' AND entity_id = @Id",
                new { Id = id }), Is.EqualTo(1), "an audit row");
        });
    }

    [Test]
    public async Task Given_staff_of_one_region_Then_another_region_is_403_no_region_means_theirs_and_other_regions_messages_are_not_found()
    {
        await ManagerAsync(await CoopAsync(region: "MA-02"), "gerante.oj@coophub.test", "ar");
        var casablanca = await CoopAsync(region: "MA-06", province: "MA-CAS");
        await ManagerAsync(casablanca, "gerante.cas@coophub.test", "fr");
        var (staffOfCasablanca, _) = await KeyAsync(["staff"], ["MA-06"]);
        var oriental = await PreviewAsync("region=MA-02");
        var adminSent = await PostJsonAsync(NotificationsRoutes.SegmentMessages, SendBody(new JsonObject { ["region"] = "MA-02" }, (string)oriental["fingerprint"]!));
        Assert.That(adminSent.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));

        var outside = await staffOfCasablanca.GetAsync($"{NotificationsRoutes.SegmentPreview}?region=MA-02");
        var narrowed = await PreviewAsync("", staffOfCasablanca);
        var sendOutside = await SendJsonAsync(staffOfCasablanca, HttpMethod.Post, NotificationsRoutes.SegmentMessages,
            SendBody(new JsonObject { ["region"] = "MA-02" }, (string)oriental["fingerprint"]!));
        var theirs = await SendJsonAsync(staffOfCasablanca, HttpMethod.Post, NotificationsRoutes.SegmentMessages, SendBody(new JsonObject(), (string)narrowed["fingerprint"]!));
        var adminsMessage = await staffOfCasablanca.GetAsync(adminSent.Headers.Location);
        var list = await BodyAsync(await staffOfCasablanca.GetAsync(NotificationsRoutes.SegmentMessages));
        var all = await GetAsync<JsonNode>(NotificationsRoutes.SegmentMessages);

        Assert.Multiple(async () =>
        {
            Assert.That((await ProblemAsync(outside, 403))["detail"]?.ToString(), Is.Not.Empty);
            await ProblemAsync(sendOutside, 403);
            Assert.That(((int?)narrowed["cooperatives"], (int?)narrowed["total"]), Is.EqualTo((1, 2)), "narrowed to Casablanca-Settat: one cooperative, its manager's inbox and e-mail");
            Assert.That(narrowed["regions"]!.AsArray().Select(r => (string?)r), Is.EqualTo(new[] { "MA-06" }));
            Assert.That(theirs.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await theirs.Content.ReadAsStringAsync());
            await ProblemAsync(adminsMessage, 404);
            Assert.That(list["items"]!.AsArray(), Has.Count.EqualTo(1), "their own message only");
            Assert.That((int?)all["total"], Is.EqualTo(2), "administrators see every message, newest first");
            Assert.That(all["items"]![0]!["regions"]!.AsArray().Select(r => (string?)r), Is.EqualTo(new[] { "MA-06" }));
        });
    }

    [Test]
    public async Task Given_bad_requests_Then_400_401_403_404_415_problems()
    {
        var coop = await CoopAsync();
        await ManagerAsync(coop, "gerante.oj@coophub.test", "ar");
        var (manager, _) = await KeyAsync(["coop-manager"], cooperatives: [coop]);
        var preview = await PreviewAsync("region=MA-02");
        var anonymous = await Anonymous.GetAsync($"{NotificationsRoutes.SegmentPreview}?region=MA-02");
        var byManager = await manager.GetAsync(NotificationsRoutes.SegmentMessages);
        var unknownRegion = await Client.GetAsync($"{NotificationsRoutes.SegmentPreview}?region=MA-99&status=sleeping");
        var noTexts = await PostJsonAsync(NotificationsRoutes.SegmentMessages, new JsonObject
        {
            ["filter"] = new JsonObject { ["region"] = "MA-02" }, ["texts"] = new JsonArray(), ["fingerprint"] = "not-a-fingerprint",
        });
        var badText = await PostJsonAsync(NotificationsRoutes.SegmentMessages, new JsonObject
        {
            ["filter"] = new JsonObject { ["region"] = "MA-02" },
            ["texts"] = new JsonArray(new JsonObject { ["language"] = "de", ["subject"] = "", ["body"] = "x" }),
            ["fingerprint"] = (string)preview["fingerprint"]!,
        });
        var plain = await Client.PostAsync(NotificationsRoutes.SegmentMessages, new StringContent("bonjour", Encoding.UTF8, "text/plain"));
        var unknown = await Client.GetAsync(NotificationsRoutes.SegmentMessage(Guid.NewGuid()));
        var empty = await PostJsonAsync(NotificationsRoutes.SegmentMessages, SendBody(new JsonObject { ["region"] = "MA-01" },
            (string)(await PreviewAsync("region=MA-01"))["fingerprint"]!));

        Assert.Multiple(async () =>
        {
            await ProblemAsync(anonymous, 401);
            await ProblemAsync(byManager, 403);
            Assert.That(FieldsIn(await ProblemAsync(unknownRegion, 400)), Is.SupersetOf(new[] { "region", "status" }));
            Assert.That(FieldsIn(await ProblemAsync(noTexts, 400)), Is.SupersetOf(new[] { "texts", "fingerprint" }));
            Assert.That(FieldsIn(await ProblemAsync(badText, 400)), Is.SupersetOf(new[] { "texts[0].language", "texts[0].subject" }));
            await ProblemAsync(plain, 415);
            Assert.That((string?)(await ProblemAsync(unknown, 404))["code"], Is.EqualTo("notifications.segment_message_not_found"));
            Assert.That((string?)(await ProblemAsync(empty, 409))["code"], Is.EqualTo("notifications.segment_empty"));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_campaigns"), Is.EqualTo(0), "nothing was recorded");
        });
    }

    [Test]
    public async Task Given_a_restart_while_sending_and_a_crash_between_fan_out_batches_Then_every_recipient_hears_it_exactly_once()
    {
        // The server accepts two e-mails, then says "try later" until it is opened: the first instance stops with work left.
        await using var smtp = SmtpReceiver.Start(acceptOnly: 2);
        var emails = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            var coop = await CoopAsync();
            var email = $"gerante{i}@coophub.test";
            await ManagerAsync(coop, email, i % 2 == 0 ? "fr" : "ar");
            emails.Add(email);
        }
        var preview = await PreviewAsync("region=MA-02");
        var sent = await PostJsonAsync(NotificationsRoutes.SegmentMessages, SendBody(new JsonObject { ["region"] = "MA-02" }, (string)preview["fingerprint"]!));
        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var id = IdParameter((string)(await BodyAsync(sent))["id"]!);
        void Small(IWebHostBuilder b)
        {
            smtp.Configure(b);
            b.UseSetting("Notifications:CampaignBatch", "2");
        }

        var first = Notifying(Small);
        await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE trigger_id = @Id AND channel = 'email' AND status = 'sent'", c => c >= 2, new { Id = id });
        await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE trigger_id = @Id AND channel = 'email' AND status = 'failed'", c => c >= 1, new { Id = id });
        await first.DisposeAsync(); // stopped halfway through the sending
        // And as if it had crashed between two batches of the fan-out: the rows not yet sent were never written, the campaign is still preparing.
        var removed = await ScalarAsync<int>("DELETE FROM ntf_messages WHERE trigger_id = @Id AND status <> 'sent'; SELECT 1", new { Id = id });
        await ScalarAsync<int>("UPDATE ntf_campaigns SET status = 'preparing', claimed_until = NULL, fanned_out_at = NULL; SELECT 1");
        var sentBefore = await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE trigger_id = @Id AND channel = 'email'", new { Id = id });
        smtp.Open();
        JsonNode done;
        await using (Notifying(Small))
        {
            done = await ProgressAsync(sent.Headers.Location!.ToString(), p => (string?)p["status"] == "completed");
            await Task.Delay(500);
        }

        var received = smtp.Received.Select(m => m.To.Mailboxes.Single().Address).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(removed, Is.EqualTo(1));
            Assert.That(sentBefore, Is.EqualTo(2), "two e-mails had gone before the restart");
            Assert.That(smtp.Deferred, Is.GreaterThan(0), "the first instance was turned away");
            Assert.That(received, Is.EquivalentTo(emails), "each manager once, none twice, none lost");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE trigger_id = @Id", new { Id = id }), Is.EqualTo(10), "5 inboxes and 5 e-mails");
            Assert.That(((int?)done["progress"]!["total"], (int?)done["progress"]!["sent"]), Is.EqualTo((10, 10)));
        });
    }
}

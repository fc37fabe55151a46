// Why this file is long: the scenarios of consent (law 09-08) share the setup of NotificationTests (managers, a promotion from a waitlist, a host whose dispatcher runs, a real SMTP server) and check what a person and an auditor would.
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using CoopHub.Events;
using CoopHub.Notifications;
using CoopHub.Notifications.Dispatch;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>
/// Issue 18, consent and preferences, through HTTP: a manager's choices stop the e-mail but never the inbox; the one-click
/// unsubscribe works as a mail client sends it (form body, no cookie, no antiforgery token), is recorded with its source
/// and time, and a tampered link changes nothing; the e-mail carries both RFC 8058 headers.
/// </summary>
public sealed class NotificationPreferenceTests(Engine engine) : ProgramTest(engine)
{
    private const string ArabicEmail = "gerante.ar@coophub.test";
    private const string FrenchEmail = "gerant.fr@coophub.test";
    private const string Password = "Figuig-Dattes-2026-ok";
    private const string PublicBase = "https://coophub.example.ma";

    private CoopHubApp Notifying(SmtpReceiver smtp)
    {
        var app = new CoopHubApp(Engine, ConnectionString, configure: b =>
        {
            b.UseSetting("Notifications:Dispatch", "true");
            b.UseSetting("Notifications:PollInterval", "00:00:00.050");
            b.UseSetting("Notifications:PublicBaseUrl", PublicBase);
            smtp.Configure(b);
        });
        _ = app.Services;
        return app;
    }

    private async Task<string> CooperativeWithManagersAsync()
    {
        var coop = await CooperativeAsync();
        foreach (var (email, name, language) in new[] { (ArabicEmail, "فاطمة الزهراء", "ar"), (FrenchEmail, "Karim Benali", "fr") })
        {
            var created = await PostJsonAsync("/api/v1/users", new JsonObject
            {
                ["email"] = email, ["displayName"] = name, ["language"] = language, ["password"] = Password,
                ["roles"] = new JsonArray("coop-manager"), ["cooperatives"] = new JsonArray(coop),
            });
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        }
        return coop;
    }

    /// <summary>An event of one seat held by another cooperative, with <paramref name="coop"/> waitlisted and then promoted by the holder's cancellation.</summary>
    private async Task PromoteAsync(string coop)
    {
        var eventId = await CreatedIdAsync(EventsRoutes.Base, new JsonObject
        {
            ["kind"] = "workshop", ["titleAr"] = "ورشة التسويق", ["titleFr"] = "Atelier marketing", ["startsAt"] = "2027-03-10T09:30:00", ["endsAt"] = "2027-03-10T14:30:00",
            ["venue"] = new JsonObject { ["address"] = "Oujda" }, ["regionCode"] = "MA-02", ["provinceCode"] = "MA-OUJ", ["capacity"] = 1, ["audience"] = "public",
            ["status"] = "published",
        });
        var holder = await CooperativeAsync();
        var seat = await BodyAsync(await SendJsonAsync(Client, HttpMethod.Post, $"{EventsRoutes.Base}/{eventId}/registrations", new JsonObject { ["cooperativeId"] = holder }));
        await SendJsonAsync(Client, HttpMethod.Post, $"{EventsRoutes.Base}/{eventId}/registrations", new JsonObject { ["cooperativeId"] = coop });
        // The registrations are older news (registration.created has its own tests, NotificationTriggerTests): these scenarios are
        // about the promotion, so the notifications cursor starts after them.
        await ScalarAsync<long>("UPDATE ntf_cursor SET last_seq = (SELECT MAX(seq) FROM app_outbox) WHERE id = 1");
        var cancelled = await Client.PostAsync($"{EventsRoutes.Base}/{eventId}/registrations/{seat["registration"]!["id"]}/cancel", null);
        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK), await cancelled.Content.ReadAsStringAsync());
    }

    /// <summary>A signed-in browser (cookie) with its antiforgery token.</summary>
    private async Task<(HttpClient Browser, string Csrf)> SignedInAsync(string email)
    {
        var browser = App.CreateBrowser();
        var signedIn = await browser.PostAsync("/api/v1/auth/sign-in",
            new StringContent(new JsonObject { ["email"] = email, ["password"] = Password }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signedIn.Content.ReadAsStringAsync());
        var csrf = (string)JsonNode.Parse(await browser.GetStringAsync("/api/v1/auth/antiforgery"))!["token"]!;
        return (browser, csrf);
    }

    private static Task<HttpResponseMessage> PutPreferencesAsync(HttpClient browser, string csrf, params (string Topic, string Channel, bool Enabled)[] choices)
    {
        var items = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["topic"] = c.Topic, ["channel"] = c.Channel, ["enabled"] = c.Enabled }).ToArray());
        var request = new HttpRequestMessage(HttpMethod.Put, NotificationsRoutes.Preferences)
        {
            Content = new StringContent(new JsonObject { ["items"] = items }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-CSRF-TOKEN", csrf);
        return browser.SendAsync(request);
    }

    private static JsonNode Cell(JsonNode matrix, string topic, string channel)
        => matrix["items"]!.AsArray().Single(c => (string?)c!["topic"] == topic && (string?)c["channel"] == channel)!;

    private static string Recipient(MimeMessage m) => m.To.Mailboxes.Single().Address;

    [Test]
    public async Task Given_a_manager_who_turns_email_off_for_events_Then_a_promotion_reaches_her_inbox_but_sends_her_no_email()
    {
        await using var smtp = SmtpReceiver.Start();
        var coop = await CooperativeWithManagersAsync();
        var (browser, csrf) = await SignedInAsync(ArabicEmail);
        using var _ = browser;

        var before = await BodyAsync(await browser.GetAsync(NotificationsRoutes.Preferences));
        var saved = await PutPreferencesAsync(browser, csrf, ("events", "email", false), ("calls", "sms", false));
        var savedBody = await BodyAsync(saved);
        var after = await BodyAsync(await browser.GetAsync(NotificationsRoutes.Preferences));
        var unknown = await PutPreferencesAsync(browser, csrf, ("weather", "email", false), ("events", "pigeon", false));
        var unknownProblem = await ProblemAsync(unknown, 400);
        var locked = await ProblemAsync(await PutPreferencesAsync(browser, csrf, ("events", "inapp", false), ("account", "email", false)), 400);
        var anonymous = await Anonymous.GetAsync(NotificationsRoutes.Preferences);

        await PromoteAsync(coop);
        await using (Notifying(smtp))
        {
            await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE status = 'sent'", c => c >= 3);
            await Task.Delay(400); // a fourth, unwanted, message would have been queued and sent by now
        }

        Assert.Multiple(async () =>
        {
            Assert.That(Cell(before, "events", "email")["enabled"]!.GetValue<bool>(), Is.True, "every channel is on by default");
            Assert.That(Cell(before, "events", "email")["source"], Is.Null, "no consent recorded yet: the default");
            Assert.That(Cell(before, "events", "inapp")["locked"]!.GetValue<bool>(), Is.True, "the inbox is always on");
            Assert.That(Cell(before, "account", "email")["locked"]!.GetValue<bool>(), Is.True, "messages about the account are always on");
            Assert.That(before["items"]!.AsArray(), Has.Count.EqualTo(7 * 3), "every topic × inapp, email, sms");
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Cell(savedBody, "events", "email")["enabled"]!.GetValue<bool>(), Is.False);
            Assert.That(Cell(after, "events", "email")["enabled"]!.GetValue<bool>(), Is.False, "the choice is kept");
            Assert.That((string?)Cell(after, "events", "email")["source"], Is.EqualTo("account-settings"));
            Assert.That(Cell(after, "events", "email")["changedAt"], Is.Not.Null);
            Assert.That(Cell(after, "calls", "sms")["enabled"]!.GetValue<bool>(), Is.False);
            Assert.That(Cell(after, "calls", "email")["enabled"]!.GetValue<bool>(), Is.True, "other cells keep their state");
            Assert.That(FieldsIn(unknownProblem), Is.EquivalentTo(new[] { "Items[0].Topic", "Items[1].Channel" }).Or.EquivalentTo(new[] { "items[0].topic", "items[1].channel" }));
            Assert.That(unknownProblem.ToJsonString(), Does.Contain("notifications.unknown_topic").And.Contain("notifications.unknown_channel"));
            Assert.That(locked.ToJsonString(), Does.Contain("notifications.preference_locked"));
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents WHERE source = 'account-settings' AND enabled = 0"), Is.EqualTo(2),
                "each change is in the consent log");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM app_audit WHERE operation = 'UpdateNotificationPreferencesCommand'"), Is.GreaterThanOrEqualTo(1));
            Assert.That(smtp.Received.Select(Recipient), Is.EqualTo(new[] { FrenchEmail }), "only the manager who kept e-mail on receives one");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'inapp'"), Is.EqualTo(2), "both inboxes show the promotion");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email'"), Is.EqualTo(1), "the turned-off e-mail was never queued");
        });
    }

    [Test]
    public async Task Given_the_received_email_Then_it_has_both_unsubscribe_headers_and_the_one_click_post_of_a_mail_client_stops_the_next_one()
    {
        await using var smtp = SmtpReceiver.Start();
        var coop = await CooperativeWithManagersAsync();
        await PromoteAsync(coop);
        await using var dispatching = Notifying(smtp);
        await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email' AND status = 'sent'", c => c >= 2);

        var arabic = smtp.Received.Single(m => Recipient(m) == ArabicEmail);
        var header = arabic.Headers["List-Unsubscribe"];
        var post = arabic.Headers["List-Unsubscribe-Post"];
        var url = new Uri(header!.Trim('<', '>'));
        var token = System.Web.HttpUtility.ParseQueryString(url.Query)["token"]!;
        var pageLink = $"{PublicBase}/unsubscribe?token={Uri.EscapeDataString(token)}";

        // Exactly what a mail client sends (RFC 8058 §3.2): a POST to the header's URI, the form body, no cookie, no antiforgery token.
        Task<HttpResponseMessage> OneClick() => Anonymous.PostAsync(url.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        var tamperedTopic = url.PathAndQuery.Replace(".events.", ".calls.", StringComparison.Ordinal);
        var tampered = await Anonymous.PostAsync(tamperedTopic, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        var tamperedProblem = await ProblemAsync(tampered, 400);
        var consentsAfterTampering = await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents");
        var first = await OneClick();
        var firstBody = await BodyAsync(first);
        var again = await OneClick();
        var consent = await ScalarAsync<string>("SELECT source FROM ntf_consents WHERE enabled = 0 AND topic = 'events' AND channel = 'email'");
        var consentAt = await ScalarAsync<DateTimeOffset>("SELECT changed_at FROM ntf_consents WHERE enabled = 0 AND topic = 'events' AND channel = 'email'");

        await PromoteAsync(coop);
        await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'inapp' AND status = 'sent'", c => c >= 4);
        await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email' AND status = 'sent'", c => c >= 3);
        await Task.Delay(400);

        Assert.Multiple(async () =>
        {
            Assert.That(header, Does.StartWith($"<{PublicBase}/api/v1/notifications/unsubscribe?token="));
            Assert.That(post, Is.EqualTo("List-Unsubscribe=One-Click"));
            Assert.That(arabic.TextBody, Does.Contain("لإيقاف هذه الرسائل: " + pageLink), "the stop line in the reader's language, with the SPA page");
            Assert.That(arabic.HtmlBody, Does.Contain("لإيقاف هذه الرسائل:").And.Contain("href=\"" + pageLink.Replace("&", "&amp;", StringComparison.Ordinal) + "\""));
            Assert.That(smtp.Received.First(m => Recipient(m) == FrenchEmail).TextBody, Does.Contain("Ne plus recevoir ces messages :"));
            Assert.That((string?)tamperedProblem["code"], Is.EqualTo("notifications.unsubscribe_token_invalid"));
            Assert.That(consentsAfterTampering, Is.Zero, "a tampered link changes nothing");
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(((string?)firstBody["topic"], (string?)firstBody["channel"], (bool?)firstBody["enabled"]), Is.EqualTo(("events", "email", (bool?)false)));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "idempotent");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents"), Is.EqualTo(1), "the second click records nothing new");
            Assert.That(consent, Is.EqualTo("unsubscribe-link"));
            Assert.That(consentAt, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(2)), "the consent's time is the click's");
            Assert.That(smtp.Received.Count(m => Recipient(m) == ArabicEmail), Is.EqualTo(1), "after the click, the next promotion sends her no e-mail");
            Assert.That(smtp.Received.Count(m => Recipient(m) == FrenchEmail), Is.EqualTo(2), "the other manager still receives hers");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'inapp'"), Is.EqualTo(4), "the inbox still shows both promotions");
        });
    }

    [Test]
    public async Task Given_the_spa_page_Then_json_with_the_token_unsubscribes_and_undo_restores_the_choice()
    {
        await using var smtp = SmtpReceiver.Start();
        var coop = await CooperativeWithManagersAsync();
        await PromoteAsync(coop);
        await using (Notifying(smtp))
        {
            await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email' AND status = 'sent'", c => c >= 2);
        }
        var french = smtp.Received.Single(m => Recipient(m) == FrenchEmail);
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(french.Headers["List-Unsubscribe"]!.Trim('<', '>')).Query)["token"]!;

        var stop = await Anonymous.PostAsync(NotificationsRoutes.Unsubscribe, new StringContent(new JsonObject { ["token"] = token }.ToJsonString(), Encoding.UTF8, "application/json"));
        var stopped = await BodyAsync(stop);
        var (browser, _) = await SignedInAsync(FrenchEmail);
        using var __ = browser;
        var seenByHer = await BodyAsync(await browser.GetAsync(NotificationsRoutes.Preferences));
        var undo = await BodyAsync(await Anonymous.PostAsync(NotificationsRoutes.Unsubscribe,
            new StringContent(new JsonObject { ["token"] = token, ["enabled"] = true }.ToJsonString(), Encoding.UTF8, "application/json")));
        var restored = await BodyAsync(await browser.GetAsync(NotificationsRoutes.Preferences));
        var noToken = await ProblemAsync(await Anonymous.PostAsync(NotificationsRoutes.Unsubscribe, new StringContent("{}", Encoding.UTF8, "application/json")), 400);
        var text = await Anonymous.PostAsync(NotificationsRoutes.Unsubscribe + "?token=" + Uri.EscapeDataString(token), new StringContent("stop", Encoding.UTF8, "text/plain"));

        Assert.Multiple(() =>
        {
            Assert.That(stop.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((bool?)stopped["enabled"], Is.False);
            Assert.That(Cell(seenByHer, "events", "email")["enabled"]!.GetValue<bool>(), Is.False, "her settings show what the link stopped");
            Assert.That((string?)Cell(seenByHer, "events", "email")["source"], Is.EqualTo("unsubscribe-link"));
            Assert.That((bool?)undo["enabled"], Is.True);
            Assert.That(Cell(restored, "events", "email")["enabled"]!.GetValue<bool>(), Is.True, "undo restores it");
            Assert.That((string?)noToken["code"], Is.EqualTo("notifications.unsubscribe_token_invalid"));
            Assert.That((int)text.StatusCode, Is.EqualTo(415));
        });
    }

    private Task<HttpResponseMessage> PutContactPreferencesAsync(string token, params (string Topic, string Channel, bool Enabled)[] choices)
    {
        var items = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["topic"] = c.Topic, ["channel"] = c.Channel, ["enabled"] = c.Enabled }).ToArray());
        var request = new HttpRequestMessage(HttpMethod.Put, NotificationsRoutes.ContactPreferences)
        {
            Content = new StringContent(new JsonObject { ["token"] = token, ["items"] = items }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd("ar");
        return Anonymous.SendAsync(request);
    }

    [Test]
    public async Task Given_the_token_of_a_sent_email_Then_the_preferences_page_reads_and_changes_her_choices_and_the_next_promotion_honours_them()
    {
        await using var smtp = SmtpReceiver.Start();
        var coop = await CooperativeWithManagersAsync();
        await PromoteAsync(coop);
        await using var dispatching = Notifying(smtp);
        await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email' AND status = 'sent'", c => c >= 2);
        var arabic = smtp.Received.Single(m => Recipient(m) == ArabicEmail);
        var token = System.Web.HttpUtility.ParseQueryString(new Uri(arabic.Headers["List-Unsubscribe"]!.Trim('<', '>')).Query)["token"]!;
        var tampered = token.Replace(".events.", ".calls.", StringComparison.Ordinal);

        var before = await BodyAsync(await Anonymous.GetAsync($"{NotificationsRoutes.ContactPreferences}?token={Uri.EscapeDataString(token)}"));
        var saved = await PutContactPreferencesAsync(token, ("events", "email", false), ("calls", "sms", false), ("announcements", "email", true));
        var savedBody = await BodyAsync(saved);
        var again = await PutContactPreferencesAsync(token, ("events", "email", false));
        var consents = await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents WHERE source = 'preferences-link'");
        var audited = await ScalarAsync<long>("SELECT COUNT(*) FROM app_audit WHERE entity_type = 'notificationPreferences'");
        var locked = await ProblemAsync(await PutContactPreferencesAsync(token, ("events", "sms", true), ("account", "email", false)), 400);
        var forgedRead = await ProblemAsync(await Anonymous.GetAsync($"{NotificationsRoutes.ContactPreferences}?token={Uri.EscapeDataString(tampered)}"), 400);
        var forgedWrite = await ProblemAsync(await PutContactPreferencesAsync(tampered, ("events", "email", true)), 400);
        var (browser, _) = await SignedInAsync(ArabicEmail);
        using var __ = browser;
        var seenByHer = await BodyAsync(await browser.GetAsync(NotificationsRoutes.Preferences));

        await PromoteAsync(coop);
        await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'inapp' AND status = 'sent'", c => c >= 4);
        await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email' AND status = 'sent'", c => c >= 3);
        await Task.Delay(400);

        Assert.Multiple(async () =>
        {
            Assert.That((string?)before["recipientKind"], Is.EqualTo("account"));
            Assert.That(before["channels"]!.AsArray().Select(c => (string?)c), Is.EqualTo(new[] { "inapp", "email", "sms" }));
            Assert.That(Cell(before, "events", "email")["enabled"]!.GetValue<bool>(), Is.True);
            Assert.That(Cell(before, "account", "email")["locked"]!.GetValue<bool>(), Is.True, "the topic account is locked");
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Cell(savedBody, "events", "email")["enabled"]!.GetValue<bool>(), Is.False);
            Assert.That((string?)Cell(savedBody, "events", "email")["source"], Is.EqualTo("preferences-link"));
            Assert.That(Cell(savedBody, "calls", "sms")["enabled"]!.GetValue<bool>(), Is.False);
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "saving the same choice again changes nothing");
            Assert.That(consents, Is.EqualTo(2), "two switches changed (announcements by e-mail was already on for an account)");
            Assert.That(audited, Is.EqualTo(1), "one audit row for the save that changed something");
            Assert.That(locked["errors"]!["items[1].enabled"], Is.Not.Null, "the locked topic is refused on its own switch");
            Assert.That((string?)locked["fieldCodes"]!["items[1].enabled"]![0], Is.EqualTo("notifications.preference_locked"));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents"), Is.EqualTo(2), "a refused save records nothing");
            Assert.That((string?)forgedRead["code"], Is.EqualTo("notifications.unsubscribe_token_invalid"));
            Assert.That(forgedWrite["errors"]!["token"], Is.Not.Null);
            Assert.That((string?)forgedWrite["errors"]!["token"]![0], Does.Contain("رابط"), "in the reader's language");
            Assert.That(Cell(seenByHer, "events", "email")["enabled"]!.GetValue<bool>(), Is.False, "her signed-in settings show the change");
            Assert.That(smtp.Received.Count(m => Recipient(m) == ArabicEmail), Is.EqualTo(1), "the next promotion sends her no e-mail");
            Assert.That(smtp.Received.Count(m => Recipient(m) == FrenchEmail), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Given_a_registry_contacts_token_Then_her_page_has_no_inbox_and_an_opt_in_is_recorded_without_an_account()
    {
        var contact = Guid.NewGuid();
        var token = await App.Services.GetRequiredService<UnsubscribeTokens>()
            .CreateAsync(new UnsubscribeTarget(RecipientKinds.Contact, contact, Topics.Calls, ChannelNames.Email), CancellationToken.None);

        var read = await Anonymous.GetAsync($"{NotificationsRoutes.ContactPreferences}?token={Uri.EscapeDataString(token)}");
        var before = await BodyAsync(read);
        var inbox = await ProblemAsync(await PutContactPreferencesAsync(token, ("calls", "inapp", true)), 400);
        var after = await BodyAsync(await PutContactPreferencesAsync(token, ("announcements", "email", true), ("calls", "sms", false)));

        Assert.Multiple(async () =>
        {
            Assert.That((string?)before["recipientKind"], Is.EqualTo("contact"));
            Assert.That(read.Headers.CacheControl?.NoStore, Is.True, "no shared cache keeps one person's choices");
            Assert.That(before["channels"]!.AsArray().Select(c => (string?)c), Is.EqualTo(new[] { "email", "sms" }), "a registry contact has no inbox");
            Assert.That(before["items"]!.AsArray().Any(c => (string?)c!["channel"] == "inapp"), Is.False);
            Assert.That(Cell(before, "announcements", "email")["enabled"]!.GetValue<bool>(), Is.False, "announcements only after an opt-in");
            Assert.That(inbox["errors"]!["items[0].channel"], Is.Not.Null);
            Assert.That(Cell(after, "announcements", "email")["enabled"]!.GetValue<bool>(), Is.True);
            Assert.That(Cell(after, "calls", "sms")["enabled"]!.GetValue<bool>(), Is.False);
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents WHERE source = 'preferences-link' AND recipient_kind = 'contact' AND changed_by IS NULL"),
                Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Given_registry_contacts_Then_service_topics_reach_them_by_default_and_announcements_only_after_an_opt_in()
    {
        var connections = App.Services.GetRequiredService<IDbConnectionFactory>();
        var optedIn = Guid.NewGuid();
        var silent = Guid.NewGuid();
        var account = Guid.NewGuid();
        await using (var db = new DbSession(connections, App.Services.GetRequiredService<ISqlDialect>()))
        {
            await PreferenceStore.SetAsync(db, RecipientKinds.Contact, optedIn, Topics.Announcements, ChannelNames.Email, true, ConsentSources.Staff, null, DateTimeOffset.UtcNow,
                CancellationToken.None);
        }
        static Draft To(Guid recipient, string kind, string topic) => new(recipient, ChannelNames.Email, "contact@coop.test", "ar", "s", "b", null, kind, topic);
        var drafts = new[]
        {
            To(silent, RecipientKinds.Contact, Topics.Calls), To(silent, RecipientKinds.Contact, Topics.Announcements), To(optedIn, RecipientKinds.Contact, Topics.Announcements),
            To(silent, RecipientKinds.Contact, Topics.Account), To(account, RecipientKinds.Account, Topics.Announcements),
        };
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        var kept = await PreferenceStore.KeepWantedAsync(connection, drafts, d => d);

        Assert.Multiple(async () =>
        {
            Assert.That(kept.Select(d => (d.RecipientId, d.Topic)), Is.EqualTo(new[]
            {
                (silent, Topics.Calls), (optedIn, Topics.Announcements), (silent, Topics.Account), (account, Topics.Announcements),
            }), "service topics by default; announcements to a contact only after an opt-in; an account hears announcements by default");
            Assert.That(await ScalarAsync<string>("SELECT source FROM ntf_consents WHERE enabled = 1"), Is.EqualTo("staff"));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents WHERE changed_by IS NULL"), Is.EqualTo(1), "a contact's consent has no account behind it");
        });
    }

    [Test]
    public async Task Given_a_token_Then_any_change_to_it_or_another_key_makes_it_invalid()
    {
        var tokens = App.Services.GetRequiredService<UnsubscribeTokens>();
        var target = new UnsubscribeTarget(RecipientKinds.Contact, Guid.NewGuid(), Topics.Calls, ChannelNames.Email);
        var token = await tokens.CreateAsync(target, CancellationToken.None);
        var lastMacChar = token[^1] == 'A' ? 'B' : 'A';
        await using var other = new CoopHubApp(Engine, ConnectionString, configure: b => b.UseSetting("Notifications:UnsubscribeKey", new string('k', 40)));
        var otherTokens = other.Services.GetRequiredService<UnsubscribeTokens>();
        await using var restarted = new CoopHubApp(Engine, ConnectionString);

        Assert.Multiple(async () =>
        {
            Assert.That(await tokens.ReadAsync(token, CancellationToken.None), Is.EqualTo(target));
            Assert.That(await restarted.Services.GetRequiredService<UnsubscribeTokens>().ReadAsync(token, CancellationToken.None), Is.EqualTo(target),
                "another instance reads the generated key from the database");
            Assert.That(await tokens.ReadAsync(token[..^1] + lastMacChar, CancellationToken.None), Is.Null, "a changed signature");
            Assert.That(await tokens.ReadAsync("a" + token[1..], CancellationToken.None), Is.Null,
                "another kind of recipient");
            Assert.That(await tokens.ReadAsync(token[..^5], CancellationToken.None), Is.Null, "a cut link");
            Assert.That(await otherTokens.ReadAsync(token, CancellationToken.None), Is.Null, "a token signed with another key");
        });
    }
}

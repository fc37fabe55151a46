using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using CoopHub.Notifications;
using CoopHub.Notifications.Dispatch;
using CoopHub.Shared.Time;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>
/// Issue 18: an account made with a Moroccan mobile number and no e-mail hears its cooperative's news by SMS, in its
/// language, besides its inbox — its per-topic choices and the SMS quiet hours respected like a registry contact's.
/// </summary>
public sealed partial class PhoneAccountNotificationTests(Engine engine) : ProgramTest(engine)
{
    private const string Mobile = "+212612345678";
    private const string Password = "Figuig-Dattes-2026-ok";
    private const string PublicBase = "https://coophub.example.ma";

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>A host that sends to the Twilio double when told, its clock at <paramref name="now"/> (default quiet hours 21:00-08:00).</summary>
    private CoopHubApp Sending(SmsReceiver sms, DateTimeOffset now)
    {
        var app = new CoopHubApp(Engine, ConnectionString, configure: b =>
        {
            sms.Configure(b);
            b.UseSetting("Notifications:PublicBaseUrl", PublicBase);
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new Clock(now)));
        });
        _ = app.Services;
        return app;
    }

    private static Task<int> PassAsync(CoopHubApp app) => app.Services.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);

    private static StringContent Body(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    /// <summary>A French-speaking account made with the number (its code by SMS, typed back), then bound by an administrator to <paramref name="coop"/>.</summary>
    private async Task PhoneManagerAsync(SmsReceiver sms, string coop)
    {
        var signedUp = await Anonymous.PostAsync("/api/v1/auth/sign-up", Body(new JsonObject
        {
            ["phone"] = "06 12 34 56 78", ["displayName"] = "Khadija Amrani", ["password"] = Password, ["language"] = "fr",
        }));
        Assert.That(signedUp.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await signedUp.Content.ReadAsStringAsync());
        await using (var app = Sending(sms, DateTimeOffset.UtcNow)) await PassAsync(app);
        var code = Code().Match(sms.Accepted.Single().Body).Groups[1].Value;
        var verified = await Anonymous.PostAsync("/api/v1/auth/verify", Body(new JsonObject { ["phone"] = Mobile, ["code"] = code }));
        Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await verified.Content.ReadAsStringAsync());
        var id = await ScalarAsync<string>("SELECT id FROM idn_users WHERE phone = @Phone", new { Phone = Mobile });
        var bound = await PutJsonAsync($"/api/v1/users/{id}", new JsonObject
        {
            ["displayName"] = "Khadija Amrani", ["language"] = "fr", ["roles"] = new JsonArray("coop-manager"), ["cooperatives"] = new JsonArray(coop),
        }, "*");
        Assert.That(bound.StatusCode, Is.EqualTo(HttpStatusCode.OK), await bound.Content.ReadAsStringAsync());
    }

    private async Task<(HttpClient Browser, string Csrf)> SignedInAsync()
    {
        var browser = App.CreateBrowser();
        var signedIn = await browser.PostAsync("/api/v1/auth/sign-in", Body(new JsonObject { ["phone"] = "0612345678", ["password"] = Password }));
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signedIn.Content.ReadAsStringAsync());
        var csrf = (string)JsonNode.Parse(await browser.GetStringAsync("/api/v1/auth/antiforgery"))!["token"]!;
        return (browser, csrf);
    }

    private async Task<string> CallTitleAsync(string call) => (string)(await GetAsync<JsonNode>($"{CoopHub.Programs.ProgramsRoutes.Calls}/{call}"))["titleFr"]!;

    [Test]
    public async Task Given_an_account_made_with_its_number_Then_a_call_reaches_it_by_sms_in_its_language_after_the_quiet_hours_and_in_its_inbox()
    {
        using var sms = new SmsReceiver();
        var coop = await CooperativeAsync();
        await PhoneManagerAsync(sms, coop);
        var (_, call) = await ProgramAndCallAsync();
        var title = await CallTitleAsync(call);

        await using (var night = Sending(sms, Casablanca.ToUtc(new DateTime(2027, 5, 12, 23, 0, 0)))) await PassAsync(night);
        var atNight = sms.Accepted.Count;
        var held = await ScalarAsync<string>("SELECT last_answer FROM ntf_messages WHERE channel = 'sms' AND topic = 'calls'");
        await using (var morning = Sending(sms, Casablanca.ToUtc(new DateTime(2027, 5, 13, 8, 30, 0)))) await PassAsync(morning);

        var texts = sms.Accepted.Skip(1).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(atNight, Is.EqualTo(1), "only the sign-up code went at night");
            Assert.That(held, Does.StartWith("Quiet hours"));
            Assert.That(sms.Violations, Is.Empty);
            Assert.That(texts, Has.Count.EqualTo(1), "one SMS, in the morning");
            Assert.That(texts[0].To, Is.EqualTo(Mobile));
            Assert.That(texts[0].Body, Does.StartWith("Nouvel appel ouvert à votre coopérative : " + title[..10]), "in the account's language, French");
            Assert.That(texts[0].Body, Does.EndWith($"\n{PublicBase}/calls/{call}"), "the link to the call, whole");
            Assert.That(CoopHub.Notifications.Model.SmsText.Segments(texts[0].Body), Is.LessThanOrEqualTo(2));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE topic = 'calls' AND recipient_kind = 'account' AND channel = 'inapp'"), Is.EqualTo(1),
                "and in the inbox");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE topic = 'calls' AND channel = 'email'"), Is.Zero, "no e-mail: it has none");
        });
    }

    [Test]
    public async Task Given_an_account_made_with_its_number_that_turned_sms_off_for_calls_Then_a_call_reaches_its_inbox_only_but_an_event_still_comes_by_sms()
    {
        using var sms = new SmsReceiver();
        var coop = await CooperativeAsync();
        await PhoneManagerAsync(sms, coop);
        var (browser, csrf) = await SignedInAsync();
        using var _ = browser;
        var before = JsonNode.Parse(await browser.GetStringAsync(NotificationsRoutes.Preferences))!;
        var request = new HttpRequestMessage(HttpMethod.Put, NotificationsRoutes.Preferences)
        {
            Content = Body(new JsonObject { ["items"] = new JsonArray(new JsonObject { ["topic"] = "calls", ["channel"] = "sms", ["enabled"] = false }) }),
        };
        request.Headers.Add("X-CSRF-TOKEN", csrf);
        var saved = await browser.SendAsync(request);
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await saved.Content.ReadAsStringAsync());

        await ProgramAndCallAsync();
        var eventId = await CreatedIdAsync("/api/v1/events", new JsonObject
        {
            ["kind"] = "workshop", ["titleAr"] = "ورشة التسويق", ["titleFr"] = "Atelier marketing", ["startsAt"] = "2027-03-10T09:30:00", ["endsAt"] = "2027-03-10T14:30:00",
            ["venue"] = new JsonObject { ["address"] = "Oujda" }, ["regionCode"] = "MA-02", ["provinceCode"] = "MA-OUJ", ["capacity"] = 5, ["audience"] = "public",
            ["status"] = "published",
        });
        var registered = await SendJsonAsync(Client, HttpMethod.Post, $"/api/v1/events/{eventId}/registrations", new JsonObject { ["cooperativeId"] = coop });
        Assert.That(registered.IsSuccessStatusCode, Is.True, await registered.Content.ReadAsStringAsync());
        await using (var app = Sending(sms, Casablanca.ToUtc(new DateTime(2027, 2, 1, 10, 0, 0)))) await PassAsync(app);

        var texts = sms.Accepted.Skip(1).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That((bool)before["items"]!.AsArray().Single(c => (string?)c!["topic"] == "calls" && (string?)c["channel"] == "sms")!["enabled"]!, Is.True,
                "SMS on by default for an account");
            Assert.That(texts.Select(t => t.Body), Has.None.StartWith("Nouvel appel"), "the call not by SMS: turned off");
            Assert.That(texts, Has.Count.EqualTo(1), "the event's registration by SMS");
            Assert.That(texts.Single().Body, Does.Contain("Atelier marketing"));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE topic = 'calls' AND channel = 'inapp'"), Is.EqualTo(1), "the call in the inbox");
        });
    }

    [GeneratedRegex(@"code=([0-9]{6})")]
    private static partial Regex Code();
}

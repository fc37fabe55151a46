using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using CoopHub.Cooperatives;
using CoopHub.Notifications;
using CoopHub.Notifications.Dispatch;
using CoopHub.Notifications.Model;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>
/// Issue 18: the registry contact of a cooperative without an account — its own language (the registry's
/// <c>contact.language</c>, CSV <c>contactLanguage</c>; none recorded: Arabic) and its consent recorded by staff
/// (register, source <c>staff</c>) or by an import (<c>contactConsent</c>, source <c>registry-import</c>), with who and
/// when, in the consent table the preferences use (ADR 0024).
/// </summary>
public sealed class RegistryContactTests(Engine engine) : ProgramTest(engine)
{
    private const string ImportHeader = "registrationNumber,nameAr,nameFr,sectors,regionCode,provinceCode,membersTotal,contactEmail,contactPhone,contactLanguage,contactConsent";

    private static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;

    private Task<HttpResponseMessage> RegisterWithAsync(string registration, string? email, string? language = null, bool? consent = null, string? phone = null)
    {
        var body = CooperativeBodies.Valid(registrationNumber: registration, region: "MA-02", province: "MA-OUJ");
        body["contact"] = new JsonObject { ["email"] = email, ["phone"] = phone, ["language"] = language };
        if (consent is not null) body["contactConsent"] = consent;
        return PostJsonAsync(CooperativesRoutes.Base, body);
    }

    private async Task<string> RegisteredAsync(string registration, string? email, string? language = null, bool? consent = null, string? phone = null)
    {
        var response = await RegisterWithAsync(registration, email, language, consent, phone);
        var body = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToJsonString());
        return (string)body["id"]!;
    }

    private Task<HttpResponseMessage> ImportAsync(string csv)
    {
        var content = new ByteArrayContent(new UTF8Encoding(false).GetBytes(csv));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return Client.PostAsync($"{CooperativesRoutes.Base}/import?dryRun=false", content);
    }

    private Task<long> PreferencesAsync(string cooperative, string source, bool enabled)
        => ScalarAsync<long>("""
            SELECT COUNT(*) FROM ntf_preferences WHERE recipient_kind = 'contact' AND recipient_id = @Id AND topic = 'announcements' AND source = @Source AND enabled = @Enabled
            """, new { Id = Guid.Parse(cooperative), Source = source, Enabled = enabled });

    [Test]
    public async Task Given_contacts_with_and_without_a_language_Then_the_registry_keeps_it_and_each_hears_a_call_in_it()
    {
        await using var smtp = SmtpReceiver.Start();
        var french = await RegisteredAsync("02-2022-800001", "fr@example.ma", "fr");
        await RegisteredAsync("02-2022-800002", "none@example.ma");
        var english = await RegisteredAsync("02-2022-800003", "en@example.ma", "ar");
        var german = await RegisterWithAsync("02-2022-800004", "de@example.ma", "de");
        var imported = await ImportAsync($"{ImportHeader}\n02-2022-800005,تعاونية,,handicraft,MA-02,MA-OUJ,12,csv@example.ma,,fr,\n");
        var badImport = await ImportAsync($"{ImportHeader}\n02-2022-800006,تعاونية,,handicraft,MA-02,MA-OUJ,12,x@example.ma,,de,\n");
        var read = await GetAsync<JsonNode>($"{CooperativesRoutes.Base}/{french}");
        var update = (await GetAsync<JsonNode>($"{CooperativesRoutes.Base}/{english}")).AsObject();
        update["contact"]!["language"] = "EN";
        var updated = await PutJsonAsync($"{CooperativesRoutes.Base}/{english}", update, "*");
        var (_, call) = await ProgramAndCallAsync();

        await using (var app = new CoopHubApp(Engine, ConnectionString, configure: smtp.Configure))
        {
            await app.Services.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
        }

        var subjects = smtp.Received.ToDictionary(To, m => m.Subject);
        Assert.Multiple(async () =>
        {
            Assert.That((string?)read["contact"]!["language"], Is.EqualTo("fr"), "the registry keeps it");
            Assert.That(updated.StatusCode, Is.EqualTo(HttpStatusCode.OK), await updated.Content.ReadAsStringAsync());
            var problem = await ProblemAsync(german, 400);
            Assert.That((string?)problem["fieldCodes"]!["contact.language"]![0], Is.EqualTo("cooperatives.contact.language_invalid"));
            Assert.That(imported.StatusCode, Is.EqualTo(HttpStatusCode.OK), await imported.Content.ReadAsStringAsync());
            var rowError = (await BodyAsync(badImport))["errors"]![0]!;
            Assert.That(((string?)rowError["field"], (string?)rowError["code"]), Is.EqualTo(("contactLanguage", "cooperatives.contact.language_invalid")));
            Assert.That(subjects["fr@example.ma"], Does.StartWith("Nouvel appel ouvert à votre coopérative"), "French, as recorded");
            Assert.That(subjects["csv@example.ma"], Does.StartWith("Nouvel appel ouvert à votre coopérative"), "French, from the import's column");
            Assert.That(subjects["en@example.ma"], Does.StartWith("New call open to your cooperative"), "English, as the update left it (case folded)");
            Assert.That(subjects["none@example.ma"], Does.StartWith("طلب جديد مفتوح لتعاونيتكم"), "none recorded: Arabic, as before");
            Assert.That(await ScalarAsync<string>("SELECT language FROM ntf_messages WHERE address = 'en@example.ma'"), Is.EqualTo("en"));
            Assert.That(call, Is.Not.Empty);
        });
    }

    [Test]
    public async Task Given_staff_and_an_import_record_a_contacts_consent_Then_the_source_who_and_when_are_kept_and_announcements_reach_it()
    {
        var admin = Guid.Parse((string)(await GetAsync<JsonNode>("/api/v1/auth/me"))["id"]!);
        var staff = await RegisteredAsync("02-2022-810001", "paper@example.ma", consent: true, phone: "0661234580");
        var silent = await RegisteredAsync("02-2022-810002", "silent@example.ma");
        var noContact = await RegisterWithAsync("02-2022-810003", null, consent: true);
        var imported = await ImportAsync($"""
            {ImportHeader}
            02-2022-810004,تعاونية أ,,argan,MA-02,MA-OUJ,12,yes@example.ma,,,oui
            02-2022-810005,تعاونية ب,,argan,MA-02,MA-OUJ,12,no@example.ma,,,
            """);
        var importedIds = new Dictionary<string, string>();
        foreach (var number in new[] { "02-2022-810004", "02-2022-810005" })
        {
            importedIds[number] = (await ScalarAsync<Guid>("SELECT id FROM coop_cooperatives WHERE registration_number = @Number", new { Number = number })).ToString();
        }
        var preview = await GetAsync<JsonNode>("/api/v1/notifications/segment-messages/preview?region=MA-02&province=MA-OUJ");

        Assert.Multiple(async () =>
        {
            Assert.That(await PreferencesAsync(staff, "staff", true), Is.EqualTo(2), "announcements on, by e-mail and SMS, source staff");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents WHERE recipient_id = @Id AND source = 'staff' AND changed_by = @Admin AND enabled = 1",
                new { Id = Guid.Parse(staff), Admin = admin }), Is.EqualTo(2), "the proof: who recorded it");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents WHERE recipient_id = @Id", new { Id = Guid.Parse(silent) }), Is.Zero, "no consent said: nothing recorded");
            var problem = await ProblemAsync(noContact, 400);
            Assert.That((string?)problem["fieldCodes"]!["contactConsent"]![0], Is.EqualTo("cooperatives.contact.consent_without_contact"));
            Assert.That(imported.StatusCode, Is.EqualTo(HttpStatusCode.OK), await imported.Content.ReadAsStringAsync());
            Assert.That(await PreferencesAsync(importedIds["02-2022-810004"], "registry-import", true), Is.EqualTo(2), "the import's yes, source registry-import");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents WHERE recipient_id = @Id AND changed_by = @Admin",
                new { Id = Guid.Parse(importedIds["02-2022-810004"]), Admin = admin }), Is.EqualTo(2), "by the importer");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents WHERE recipient_id = @Id", new { Id = Guid.Parse(importedIds["02-2022-810005"]) }), Is.Zero);
            Assert.That((int?)preview["email"], Is.EqualTo(2), "announcements reach the two contacts that consented, not the others");
            Assert.That((int?)preview["sms"], Is.EqualTo(1), "and the one with a mobile by SMS");
        });
    }

    [Test]
    public async Task Given_a_contact_who_opted_out_Then_a_later_import_with_a_consent_does_not_turn_it_back_on()
    {
        var cooperative = await RegisteredAsync("02-2022-820001", "out@example.ma", consent: true);
        var token = await App.Services.GetRequiredService<UnsubscribeTokens>()
            .CreateAsync(new UnsubscribeTarget(RecipientKinds.Contact, Guid.Parse(cooperative), Topics.Announcements, ChannelNames.Email), CancellationToken.None);
        var stop = await Anonymous.PostAsync(NotificationsRoutes.Unsubscribe, new StringContent(new JsonObject { ["token"] = token }.ToJsonString(), Encoding.UTF8, "application/json"));
        var consentsBefore = await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents");

        var again = await ImportAsync($"{ImportHeader}\n02-2022-820001,تعاونية,,handicraft,MA-02,MA-OUJ,12,out@example.ma,,,yes\n");

        Assert.Multiple(async () =>
        {
            Assert.That(stop.StatusCode, Is.EqualTo(HttpStatusCode.OK), await stop.Content.ReadAsStringAsync());
            var report = await BodyAsync(again);
            Assert.That(((int?)report["imported"], (string?)report["errors"]![0]!["code"]), Is.EqualTo(((int?)0, "cooperatives.import.already_registered")),
                "an import registers new cooperatives only: it cannot reach an existing contact's choices");
            Assert.That(await PreferencesAsync(cooperative, "unsubscribe-link", false), Is.EqualTo(1), "still off, as the contact chose");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_consents"), Is.EqualTo(consentsBefore), "nothing recorded");
        });
    }
}

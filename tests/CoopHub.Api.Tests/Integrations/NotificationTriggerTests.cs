// Why this file is long: each trigger of issue 18's "who hears what" is a scenario through HTTP that ends with the real
// e-mail received by the loopback SMTP server (or the SMS request by the Twilio receiver); they share the hosts and steps.
using System.Net;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Programs;
using CoopHub.Notifications.Dispatch;
using CoopHub.Programs;
using CoopHub.Events;
using CoopHub.Shared.Time;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>
/// Issue 18, who hears what: each trigger reaches the cooperatives' accounts in their language, or the registry contact
/// of a cooperative without an account (in Arabic, by e-mail and, for a Moroccan mobile, SMS), and no one else.
/// </summary>
public sealed class NotificationTriggerTests(Engine engine) : ProgramTest(engine)
{
    private const string ArabicEmail = "gerante.ar@coophub.test";
    private const string FrenchEmail = "gerant.fr@coophub.test";
    private const string Password = "Figuig-Dattes-2026-ok";
    private const string ContactEmail = "contact@example.ma";
    private const string Mobile = "+212661234567";

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>A host whose clock says <paramref name="now"/>, sending to the receiver when told.</summary>
    private CoopHubApp At(DateTimeOffset now, SmtpReceiver smtp)
        => Sending(smtp, configure: b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new Clock(now))));

    /// <summary>One scheduler pass, then the dispatcher sends what it queued; returns the messages the scheduler queued.</summary>
    private static async Task<int> ScheduleAsync(CoopHubApp app)
    {
        var queued = await app.Services.GetRequiredService<Scheduler>().RunOnceAsync(CancellationToken.None);
        await PassAsync(app);
        return queued;
    }

    /// <summary>A host that sends to the receivers when told (<see cref="PassAsync"/>): no background timing in these tests.</summary>
    private CoopHubApp Sending(SmtpReceiver smtp, SmsReceiver? sms = null, Action<IWebHostBuilder>? configure = null)
    {
        var app = new CoopHubApp(Engine, ConnectionString, configure: b =>
        {
            smtp.Configure(b);
            sms?.Configure(b);
            b.UseSetting("Notifications:SmsQuietHours", "");
            configure?.Invoke(b);
        });
        _ = app.Services;
        return app;
    }

    /// <summary>Queues what the outbox holds and sends everything due.</summary>
    private static Task<int> PassAsync(CoopHubApp app) => app.Services.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);

    private static string TextOf(MimeMessage message) => message.TextBody ?? "";

    private static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;

    /// <summary>A cooperative of the Oriental with an Arabic-speaking and a French-speaking manager; returns its id.</summary>
    private async Task<string> CooperativeWithManagersAsync(string suffix = "")
    {
        var coop = await CooperativeAsync();
        foreach (var (email, name, language) in new[] { (ArabicEmail, "فاطمة الزهراء", "ar"), (FrenchEmail, "Karim Benali", "fr") })
        {
            var created = await PostJsonAsync("/api/v1/users", new JsonObject
            {
                ["email"] = suffix + email, ["displayName"] = name, ["language"] = language, ["password"] = Password,
                ["roles"] = new JsonArray("coop-manager"), ["cooperatives"] = new JsonArray(coop),
            });
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        }
        return coop;
    }

    /// <summary>A cooperative without an account, whose registry contact is an e-mail and the given phone.</summary>
    private async Task<string> CooperativeWithContactAsync(string registration, string? phone, string? email = ContactEmail, string region = "MA-02")
    {
        var body = CooperativeBodies.Valid(registrationNumber: registration, region: region, province: region == "MA-02" ? "MA-OUJ" : "MA-TNG");
        body["contact"] = new JsonObject { ["phone"] = phone, ["email"] = email };
        return (await RegisterAsync(body)).Id;
    }

    [Test]
    public async Task Given_a_call_published_Then_every_eligible_cooperative_hears_it_once_in_its_language_by_email_and_sms_and_no_one_else()
    {
        await using var smtp = SmtpReceiver.Start();
        using var sms = new SmsReceiver();
        var managed = await CooperativeWithManagersAsync();
        var contact = await CooperativeWithContactAsync("02-2020-100001", "06 61 23 45 67");
        await CooperativeWithContactAsync("02-2020-100002", "+212 536 00 00 00", email: null); // a fixed line and no e-mail: cannot be reached
        await CooperativeWithContactAsync("01-2020-100003", "0661234568", email: "elsewhere@example.ma", region: "MA-01"); // another region: not eligible
        var (_, call) = await ProgramAndCallAsync();
        var closes = (string)(await GetAsync<JsonNode>($"{ProgramsRoutes.Calls}/{call}"))["closesAt"]!;
        var closesText = DateTime.Parse(closes, System.Globalization.CultureInfo.InvariantCulture).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

        await using (var app = Sending(smtp, sms))
        {
            await PassAsync(app);
            await PassAsync(app); // a second pass finds nothing new: announced once
        }

        var received = smtp.Received.ToList();
        var arabic = received.Single(m => To(m) == ArabicEmail);
        var french = received.Single(m => To(m) == FrenchEmail);
        var registry = received.Single(m => To(m) == ContactEmail);
        var texts = sms.Accepted.ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(received.Select(To), Is.EquivalentTo(new[] { ArabicEmail, FrenchEmail, ContactEmail }), "the managers and the contact of the cooperative without account; not the other region");
            Assert.That(arabic.Subject, Is.EqualTo("طلب جديد مفتوح لتعاونيتكم: طلب إبداء الاهتمام"));
            Assert.That(TextOf(arabic), Does.Contain(closesText).And.Contain("بتوقيت الدار البيضاء").And.Contain($"/calls/{call}"));
            Assert.That(arabic.HtmlBody, Does.Contain("dir=\"rtl\""));
            Assert.That(french.Subject, Is.EqualTo("Nouvel appel ouvert à votre coopérative : Appel à manifestation d'intérêt"));
            Assert.That(TextOf(french), Does.Contain($"jusqu'au {closesText} (heure de Casablanca)").And.Contain("Suis-je éligible").And.Contain($"/calls/{call}"));
            Assert.That(registry.Subject, Does.StartWith("طلب جديد مفتوح لتعاونيتكم"), "a registry contact is written to in Arabic");
            Assert.That(texts.Select(t => t.To), Is.EqualTo(new[] { Mobile }), "one SMS, to the Moroccan mobile, in E.164");
            Assert.That(texts.Single().Body, Does.StartWith("طلب جديد مفتوح لتعاونيتكم").And.EndWith($"/calls/{call}"));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE trigger_type = 'call.published'"), Is.EqualTo(6),
                "2 managers × (inbox, e-mail) + the contact's e-mail and SMS");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE trigger_type = 'call.published' AND recipient_kind = 'contact' AND recipient_id = @Id",
                new { Id = Guid.Parse(contact) }), Is.EqualTo(2));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM app_outbox WHERE type = 'call.published'"), Is.EqualTo(1), "announced once");
            Assert.That(managed, Is.Not.Empty);
        });
    }

    [Test]
    public async Task Given_an_event_tomorrow_Then_the_scheduler_reminds_the_registered_cooperatives_once_in_their_language_across_restarts()
    {
        await using var smtp = SmtpReceiver.Start();
        var managed = await CooperativeWithManagersAsync();
        var waiting = await CooperativeWithContactAsync("02-2020-200001", null, email: "waiting@example.ma");
        var eventId = await CreatedIdAsync(EventsRoutes.Base, new JsonObject
        {
            ["kind"] = "workshop", ["titleAr"] = "ورشة التسويق الإلكتروني", ["titleFr"] = "Atelier e-marketing, Oujda",
            ["startsAt"] = "2027-03-10T09:30:00", ["endsAt"] = "2027-03-10T14:30:00", ["venue"] = new JsonObject { ["address"] = "Bayt Al Karama, Oujda" },
            ["regionCode"] = "MA-02", ["provinceCode"] = "MA-OUJ", ["capacity"] = 1, ["audience"] = "public", ["status"] = "published",
        });
        foreach (var coop in new[] { managed, waiting })
        {
            var registered = await SendJsonAsync(Client, HttpMethod.Post, $"{EventsRoutes.Base}/{eventId}/registrations", new JsonObject { ["cooperativeId"] = coop });
            Assert.That(registered.IsSuccessStatusCode, Is.True, await registered.Content.ReadAsStringAsync());
        }
        await using (var app = Sending(smtp)) await PassAsync(app); // the registrations are heard of first
        var before = smtp.Received.Count;

        int twoDaysBefore, dayBefore, again;
        await using (var app = At(Casablanca.ToUtc(new DateTime(2027, 3, 8, 10, 0, 0)), smtp)) twoDaysBefore = await ScheduleAsync(app);
        await using (var app = At(Casablanca.ToUtc(new DateTime(2027, 3, 9, 10, 0, 0)), smtp)) dayBefore = await ScheduleAsync(app);
        await using (var app = At(Casablanca.ToUtc(new DateTime(2027, 3, 9, 18, 0, 0)), smtp)) again = await ScheduleAsync(app); // a restart, later that day

        var reminders = smtp.Received.Skip(before).Where(m => (m.Subject ?? "").StartsWith("غدا", StringComparison.Ordinal) || (m.Subject ?? "").StartsWith("Demain", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(twoDaysBefore, Is.Zero, "not two days before");
            Assert.That(dayBefore, Is.EqualTo(4), "two managers × (inbox, e-mail); the waitlisted cooperative holds no seat");
            Assert.That(again, Is.Zero, "never twice, whatever the restarts");
            Assert.That(reminders.Select(To), Is.EquivalentTo(new[] { ArabicEmail, FrenchEmail }));
            Assert.That(reminders.Single(m => To(m) == ArabicEmail).Subject, Is.EqualTo("غدا: ورشة التسويق الإلكتروني"));
            Assert.That(TextOf(reminders.Single(m => To(m) == ArabicEmail)), Does.Contain("10/03/2027 09:30").And.Contain("بتوقيت الدار البيضاء"));
            Assert.That(reminders.Single(m => To(m) == FrenchEmail).Subject, Is.EqualTo("Demain : Atelier e-marketing, Oujda"));
            Assert.That(TextOf(reminders.Single(m => To(m) == FrenchEmail)), Does.Contain("le 10/03/2027 09:30 (heure de Casablanca)"));
        });
    }

    [Test]
    public async Task Given_a_call_closing_in_three_days_Then_only_the_cooperatives_with_an_unsubmitted_draft_are_reminded_once()
    {
        await using var smtp = SmtpReceiver.Start();
        var drafting = await CooperativeWithManagersAsync();
        var submitted = await CooperativeWithContactAsync("02-2020-300001", null, email: "submitted@example.ma");
        var (_, call) = await ProgramAndCallAsync();
        await CreatedIdAsync($"{ProgramsRoutes.Calls}/{call}/applications", ApplicationBody(drafting));
        await SubmittedAsync(call, submitted);
        var closes = DateTimeOffset.Parse((string)(await GetAsync<JsonNode>($"{ProgramsRoutes.Calls}/{call}"))["closesAtUtc"]!, System.Globalization.CultureInfo.InvariantCulture);
        var before = smtp.Received.Count;

        int early, due, again;
        await using (var app = At(closes.AddDays(-4), smtp)) early = await ScheduleAsync(app);
        await using (var app = At(closes.AddDays(-2.5), smtp)) due = await ScheduleAsync(app);
        await using (var app = At(closes.AddDays(-1), smtp)) again = await ScheduleAsync(app);

        var reminders = smtp.Received.Skip(before).Where(m => (m.Subject ?? "").Contains("ثلاثة أيام", StringComparison.Ordinal) || (m.Subject ?? "").Contains("trois jours", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(early, Is.Zero, "four days before: not yet");
            Assert.That(due, Is.EqualTo(4), "the drafting cooperative's two managers × (inbox, e-mail); not the one that submitted");
            Assert.That(again, Is.Zero);
            Assert.That(reminders.Select(To), Is.EquivalentTo(new[] { ArabicEmail, FrenchEmail }));
            Assert.That(reminders.Single(m => To(m) == FrenchEmail).Subject, Is.EqualTo("Plus que trois jours pour déposer votre candidature à Appel à manifestation d'intérêt"));
            Assert.That(TextOf(reminders.Single(m => To(m) == ArabicEmail)), Does.Contain(Casablanca.ToLocal(closes).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task Given_an_application_checked_eligible_then_supported_Then_the_managers_hear_both_in_their_language()
    {
        await using var smtp = SmtpReceiver.Start();
        var coop = await CooperativeWithManagersAsync();
        var (_, call) = await ProgramAndCallAsync();
        await using (var app = Sending(smtp)) await PassAsync(app); // the call's announcement
        var before = smtp.Received.Count;
        var (application, status) = await SubmittedAsync(call, coop);
        await MovedAsync(application, "underReview", null);
        await MovedAsync(application, "selected", "Projet solide");
        var support = await PostJsonAsync($"{ProgramsRoutes.Applications}/{application}/support",
            new JsonObject { ["axis"] = "equipment", ["kind"] = "equipment", ["amount"] = 85000, ["deliveredOn"] = "2025-11-10" });
        Assert.That(support.StatusCode, Is.EqualTo(HttpStatusCode.Created), await support.Content.ReadAsStringAsync());

        await using (var app = Sending(smtp)) await PassAsync(app);

        var received = smtp.Received.Skip(before).ToList();
        var french = received.Where(m => To(m) == FrenchEmail).Select(m => m.Subject).ToList();
        var arabicSupport = received.Single(m => To(m) == ArabicEmail && (m.Subject ?? "").StartsWith("تسجيل دعم", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo("eligible"));
            Assert.That(french, Is.EquivalentTo(new[]
            {
                "Votre candidature à Appel à manifestation d'intérêt est éligible",
                "Votre candidature à Appel à manifestation d'intérêt est retenue",
                "Un appui enregistré pour votre candidature à Appel à manifestation d'intérêt",
            }), "eligibility, selection, support: each once");
            Assert.That(received.Where(m => To(m) == ArabicEmail).Select(m => m.Subject), Does.Contain("ترشيحكم في طلب إبداء الاهتمام مؤهل"));
            Assert.That(TextOf(arabicSupport), Does.Contain("10/11/2025").And.Contain("85,000 درهم").And.Contain($"/applications/{application}"));
        });
    }

    [Test]
    public async Task Given_registrations_and_then_the_event_cancelled_Then_the_seat_the_waitlist_and_the_cancellation_are_each_heard_once()
    {
        await using var smtp = SmtpReceiver.Start();
        var managed = await CooperativeWithManagersAsync();
        var waiting = await CooperativeWithContactAsync("02-2020-400001", null, email: "waiting@example.ma");
        var eventId = await CreatedIdAsync(EventsRoutes.Base, new JsonObject
        {
            ["kind"] = "workshop", ["titleAr"] = "ورشة التسويق الإلكتروني", ["titleFr"] = "Atelier e-marketing, Oujda",
            ["startsAt"] = "2027-03-10T09:30:00", ["endsAt"] = "2027-03-10T14:30:00", ["venue"] = new JsonObject { ["address"] = "Bayt Al Karama, Oujda" },
            ["regionCode"] = "MA-02", ["provinceCode"] = "MA-OUJ", ["capacity"] = 1, ["audience"] = "public", ["status"] = "published",
        });
        foreach (var coop in new[] { managed, waiting })
        {
            var registered = await SendJsonAsync(Client, HttpMethod.Post, $"{EventsRoutes.Base}/{eventId}/registrations", new JsonObject { ["cooperativeId"] = coop });
            Assert.That(registered.IsSuccessStatusCode, Is.True, await registered.Content.ReadAsStringAsync());
        }
        await using (var app = Sending(smtp)) await PassAsync(app);
        var registrations = smtp.Received.ToList();

        var current = await Client.GetAsync($"{EventsRoutes.Base}/{eventId}");
        var body = (await BodyAsync(current)).AsObject();
        var update = new JsonObject
        {
            ["kind"] = "workshop", ["titleAr"] = "ورشة التسويق الإلكتروني", ["titleFr"] = "Atelier e-marketing, Oujda",
            ["startsAt"] = "2027-03-10T09:30:00", ["endsAt"] = "2027-03-10T14:30:00", ["venue"] = new JsonObject { ["address"] = "Bayt Al Karama, Oujda" },
            ["regionCode"] = "MA-02", ["provinceCode"] = "MA-OUJ", ["capacity"] = 1, ["audience"] = "public", ["status"] = "cancelled",
        };
        var cancelled = await PutJsonAsync($"{EventsRoutes.Base}/{eventId}", update, current.Headers.ETag!.Tag);
        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK), await cancelled.Content.ReadAsStringAsync());
        await using (var app = Sending(smtp)) await PassAsync(app);
        var cancellations = smtp.Received.Skip(registrations.Count).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(body["id"], Is.Not.Null);
            Assert.That(registrations.Select(m => (To(m), m.Subject)), Is.EquivalentTo(new[]
            {
                (ArabicEmail, "تم التسجيل: ورشة التسويق الإلكتروني"),
                (FrenchEmail, "Inscription confirmée : Atelier e-marketing, Oujda"),
                ("waiting@example.ma", "في لائحة الانتظار: ورشة التسويق الإلكتروني"),
            }));
            Assert.That(TextOf(registrations.Single(m => To(m) == FrenchEmail)),
                Does.Contain("le 10/03/2027 09:30 (heure de Casablanca)").And.Contain($"/api/v1/events/{eventId}.ics?lang=fr"));
            Assert.That(TextOf(registrations.Single(m => To(m) == ArabicEmail)), Does.Contain($"/api/v1/events/{eventId}.ics?lang=ar"));
            Assert.That(cancellations.Select(m => (To(m), m.Subject)), Is.EquivalentTo(new[]
            {
                (ArabicEmail, "أُلغي: ورشة التسويق الإلكتروني"),
                (FrenchEmail, "Annulé : Atelier e-marketing, Oujda"),
                ("waiting@example.ma", "أُلغي: ورشة التسويق الإلكتروني"),
            }), "the seat holders and the waitlist");
        });
    }

    [Test]
    public async Task Given_an_idea_returned_then_published_and_a_juror_assigned_Then_each_hears_it_in_their_language()
    {
        await using var smtp = SmtpReceiver.Start();
        var coop = await CooperativeWithManagersAsync();
        var idea = await CreatedIdAsync("/api/v1/ideas", new JsonObject
        {
            ["cooperativeId"] = coop, ["titleFr"] = "Atelier partagé de tissage", ["titleAr"] = "ورشة مشتركة للنسيج",
            ["problem"] = "Les artisanes travaillent isolées.", ["solution"] = "Un atelier équipé et une marque collective.",
            ["sectors"] = new JsonArray("handicraft"), ["regions"] = new JsonArray("MA-02"), ["investment"] = 260000,
            ["jobs"] = new JsonObject { ["total"] = 12, ["women"] = 10, ["youth"] = 4 }, ["sdgs"] = new JsonArray(5, 8),
        });
        async Task Move(string to, string? comment = null)
        {
            var moved = await SendJsonAsync(Client, HttpMethod.Post, $"/api/v1/ideas/{idea}/transitions", new JsonObject { ["to"] = to, ["comment"] = comment });
            Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
        }
        await Move("submitted");
        await Move("returned", "Chiffrez l'investissement par poste.");
        await Move("submitted");
        await Move("published");
        var juror = await PostJsonAsync("/api/v1/users", new JsonObject
        {
            ["email"] = "jure@coophub.test", ["displayName"] = "Samira Jury", ["language"] = "fr", ["password"] = Password, ["roles"] = new JsonArray("staff"),
            ["regions"] = new JsonArray("MA-02"),
        });
        var jurorId = (string)(await BodyAsync(juror))["id"]!;
        var eventId = await CreatedIdAsync("/api/v1/events", new JsonObject
        {
            ["kind"] = "ideathon", ["titleFr"] = "Idéathon", ["regionCode"] = "MA-02", ["status"] = "published",
            ["startsAt"] = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd'T'HH:mm:ss"), ["endsAt"] = DateTime.UtcNow.AddDays(5).AddHours(6).ToString("yyyy-MM-dd'T'HH:mm:ss"),
        });
        var competition = await CreatedIdAsync("/api/v1/competitions", new JsonObject
        {
            ["titleFr"] = "Idéathon de l'innovation coopérative", ["eventId"] = eventId, ["status"] = "open",
            ["opensAt"] = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd'T'HH:mm:ss"), ["closesAt"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd'T'HH:mm:ss"),
            ["criteria"] = new JsonArray(new JsonObject { ["key"] = "innovation", ["nameFr"] = "Innovation", ["weight"] = 100 }),
        });
        var assigned = await PostJsonAsync($"/api/v1/competitions/{competition}/jurors", new JsonObject { ["jurorId"] = jurorId });
        Assert.That(assigned.StatusCode, Is.EqualTo(HttpStatusCode.Created), await assigned.Content.ReadAsStringAsync());

        await using (var app = Sending(smtp)) await PassAsync(app);

        var received = smtp.Received.ToList();
        var returnedAr = received.Single(m => To(m) == ArabicEmail && (m.Subject ?? "").Contains("تعديلات", StringComparison.Ordinal));
        var returnedFr = received.Single(m => To(m) == FrenchEmail && (m.Subject ?? "").Contains("à compléter", StringComparison.Ordinal));
        var jury = received.Single(m => To(m) == "jure@coophub.test");
        Assert.Multiple(() =>
        {
            Assert.That(returnedAr.Subject, Is.EqualTo("فكرتكم ورشة مشتركة للنسيج تحتاج إلى تعديلات"));
            Assert.That(TextOf(returnedAr), Does.Contain("ملاحظتهم: Chiffrez l'investissement par poste.").And.Contain($"/ideas/{idea}"));
            Assert.That(TextOf(returnedFr), Does.Contain("Leur commentaire : Chiffrez l'investissement par poste."));
            Assert.That(received.Where(m => To(m) == FrenchEmail).Select(m => m.Subject), Does.Contain("Votre idée Atelier partagé de tissage est publiée"));
            Assert.That(received.Where(m => To(m) == ArabicEmail).Select(m => m.Subject), Does.Contain("نُشرت فكرتكم ورشة مشتركة للنسيج"));
            Assert.That(jury.Subject, Is.EqualTo("Vous êtes membre du jury de Idéathon de l'innovation coopérative"));
            Assert.That(TextOf(jury), Does.Contain("vous notez toutes les candidatures").And.Contain($"/competitions/{competition}/jury"));
            Assert.That(received.Count(m => To(m) == "jure@coophub.test"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_competitions_results_published_Then_each_proposer_hears_their_ideas_rank_and_prize_in_their_language()
    {
        await using var smtp = SmtpReceiver.Start();
        var managed = await CooperativeWithManagersAsync();
        var contact = await CooperativeWithContactAsync("02-2020-500001", null, email: "proposer@example.ma");
        async Task<string> PublishedIdea(string coop, string titleFr, string? titleAr)
        {
            var idea = await CreatedIdAsync("/api/v1/ideas", new JsonObject
            {
                ["cooperativeId"] = coop, ["titleFr"] = titleFr, ["titleAr"] = titleAr,
                ["problem"] = "Les artisanes travaillent isolées.", ["solution"] = "Un atelier équipé et une marque collective.",
                ["sectors"] = new JsonArray("handicraft"), ["regions"] = new JsonArray("MA-02"), ["investment"] = 260000,
                ["jobs"] = new JsonObject { ["total"] = 12, ["women"] = 10, ["youth"] = 4 }, ["sdgs"] = new JsonArray(5, 8),
            });
            foreach (var to in new[] { "submitted", "published" })
            {
                var moved = await SendJsonAsync(Client, HttpMethod.Post, $"/api/v1/ideas/{idea}/transitions", new JsonObject { ["to"] = to });
                Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
            }
            return idea;
        }
        var eventId = await CreatedIdAsync("/api/v1/events", new JsonObject
        {
            ["kind"] = "ideathon", ["titleFr"] = "Idéathon", ["regionCode"] = "MA-02", ["status"] = "published",
            ["startsAt"] = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd'T'HH:mm:ss"), ["endsAt"] = DateTime.UtcNow.AddDays(5).AddHours(6).ToString("yyyy-MM-dd'T'HH:mm:ss"),
        });
        var competition = await CreatedIdAsync("/api/v1/competitions", new JsonObject
        {
            ["titleFr"] = "Idéathon de l'innovation coopérative", ["titleAr"] = "هاكاثون الابتكار التعاوني", ["eventId"] = eventId, ["status"] = "open",
            ["opensAt"] = DateTime.UtcNow.AddDays(-2).ToString("yyyy-MM-dd'T'HH:mm:ss"), ["closesAt"] = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd'T'HH:mm:ss"),
            ["criteria"] = new JsonArray(new JsonObject { ["key"] = "innovation", ["nameFr"] = "Innovation", ["weight"] = 100 }),
        });
        var entries = new List<string>();
        foreach (var (coop, fr, ar) in new[] { (managed, "Atelier partagé de tissage", "ورشة مشتركة للنسيج"), (contact, "Séchoir solaire collectif", "مجفف شمسي جماعي"), (managed, "Idée sans note", (string?)null) })
        {
            entries.Add(await CreatedIdAsync($"/api/v1/competitions/{competition}/entries", new JsonObject { ["ideaId"] = await PublishedIdea(coop, fr, ar) }));
        }
        var adminId = (string)(await GetAsync<JsonNode>("/api/v1/auth/me"))["id"]!;
        await PostJsonAsync($"/api/v1/competitions/{competition}/jurors", new JsonObject { ["jurorId"] = adminId });
        foreach (var (entry, score) in new[] { (entries[0], 9), (entries[1], 6) })
        {
            var scored = await SendJsonAsync(Client, HttpMethod.Put, $"/api/v1/competitions/{competition}/entries/{entry}/scores/mine",
                new JsonObject { ["scores"] = new JsonArray(new JsonObject { ["criterion"] = "innovation", ["score"] = score }) });
            Assert.That(scored.StatusCode, Is.EqualTo(HttpStatusCode.OK), await scored.Content.ReadAsStringAsync());
        }
        var awarded = await SendJsonAsync(Client, HttpMethod.Put, $"/api/v1/competitions/{competition}/awards", new JsonObject
        {
            ["awards"] = new JsonArray(new JsonObject { ["entryId"] = entries[0], ["rank"] = 1, ["prizeLabel"] = "Premier prix", ["amount"] = 50000 }),
        });
        Assert.That(awarded.StatusCode, Is.EqualTo(HttpStatusCode.OK), await awarded.Content.ReadAsStringAsync());
        await using (var app = Sending(smtp)) await PassAsync(app); // the ideas' publication and the jury are heard of first
        var before = smtp.Received.Count;

        var body = await BodyAsync(await Client.GetAsync($"/api/v1/competitions/{competition}"));
        body["criteria"] = body["criteria"]!.DeepClone();
        foreach (var status in new[] { "judging", "resultsPublished" })
        {
            body["status"] = status;
            var moved = await PutJsonAsync($"/api/v1/competitions/{competition}", body, "*");
            Assert.That(moved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await moved.Content.ReadAsStringAsync());
        }
        await using (var app = Sending(smtp))
        {
            await PassAsync(app);
            await PassAsync(app);
        }

        var results = smtp.Received.Skip(before).ToList();
        var french = results.Single(m => To(m) == FrenchEmail);
        var arabic = results.Single(m => To(m) == ArabicEmail);
        var registry = results.Single(m => To(m) == "proposer@example.ma");
        Assert.Multiple(async () =>
        {
            Assert.That(results.Select(To), Is.EquivalentTo(new[] { ArabicEmail, FrenchEmail, "proposer@example.ma" }), "the proposers, once each; not the juror");
            Assert.That(french.Subject, Is.EqualTo("Les résultats de Idéathon de l'innovation coopérative sont publiés"));
            Assert.That(TextOf(french), Does.Contain("- Atelier partagé de tissage : rang 1 sur 2 candidatures notées — prix : Premier prix")
                .And.Contain("- Idée sans note : pas de note du jury").And.Contain($"/competitions/{competition}/results").And.Not.Contain("Séchoir"));
            Assert.That(arabic.Subject, Is.EqualTo("نُشرت نتائج هاكاثون الابتكار التعاوني"));
            Assert.That(TextOf(arabic), Does.Contain("- ورشة مشتركة للنسيج: المرتبة 1 من أصل 2 مشاركات مُقيَّمة — الجائزة: Premier prix"));
            Assert.That(registry.Subject, Is.EqualTo("نُشرت نتائج هاكاثون الابتكار التعاوني"), "a registry contact, in Arabic");
            Assert.That(TextOf(registry), Does.Contain("- مجفف شمسي جماعي: المرتبة 2 من أصل 2 مشاركات مُقيَّمة").And.Not.Contain("الجائزة"));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE trigger_type = 'competition.results-published'"), Is.EqualTo(5),
                "2 managers × (inbox, e-mail) + the contact's e-mail");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM app_outbox WHERE type = 'competition.results-published'"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_mandate_ending_within_60_days_Then_the_network_officers_hear_it_once_in_their_language()
    {
        await using var smtp = SmtpReceiver.Start();
        async Task<string> Created(string url, JsonObject body)
        {
            var response = await PostJsonAsync(url, body);
            var created = await BodyAsync(response);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
            return (string)created["id"]!;
        }
        var network = await Created("/api/v1/networks", new JsonObject
        {
            ["kind"] = "network", ["nameAr"] = "شبكة الاقتصاد الاجتماعي بالحسيمة", ["nameFr"] = "Réseau ESS d'Al Hoceïma",
            ["scope"] = "provincial", ["regionCode"] = "MA-01", ["provinceCode"] = "MA-HOC", ["sectors"] = new JsonArray("eco_tourism", "heritage"),
            ["foundedOn"] = "2025-11-07", ["foundingAssembly"] = new JsonObject { ["heldOn"] = "2025-11-07", ["place"] = "Al Hoceïma" },
        });
        var coop = await CooperativeAsync(region: "MA-01", province: "MA-HOC");
        var membership = await Created($"/api/v1/networks/{network}/members", new JsonObject { ["memberType"] = "cooperative", ["memberId"] = coop, ["joinedOn"] = "2025-11-07" });
        var bureau = await Created($"/api/v1/networks/{network}/bodies", new JsonObject { ["kind"] = "executiveBureau", ["nameAr"] = "المكتب التنفيذي" });
        var appointed = await PostJsonAsync($"/api/v1/networks/{network}/bodies/{bureau}/mandates", new JsonObject
        {
            ["membershipId"] = membership, ["role"] = "president", ["termStart"] = "2025-11-07", ["termEnd"] = "2027-05-31",
        });
        Assert.That(appointed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await appointed.Content.ReadAsStringAsync());
        foreach (var (email, language) in new[] { ("officier.ar@coophub.test", "ar"), ("officier.fr@coophub.test", "fr") })
        {
            var officer = await PostJsonAsync("/api/v1/users", new JsonObject
            {
                ["email"] = email, ["displayName"] = "Officier " + language, ["language"] = language, ["password"] = Password,
                ["roles"] = new JsonArray("network-officer"), ["networks"] = new JsonArray(network),
            });
            Assert.That(officer.StatusCode, Is.EqualTo(HttpStatusCode.Created), await officer.Content.ReadAsStringAsync());
        }
        await using (var app = Sending(smtp)) await PassAsync(app);
        var before = smtp.Received.Count;

        int early, due, again;
        await using (var app = At(Casablanca.ToUtc(new DateTime(2027, 3, 1, 10, 0, 0)), smtp)) early = await ScheduleAsync(app);
        await using (var app = At(Casablanca.ToUtc(new DateTime(2027, 4, 15, 10, 0, 0)), smtp)) due = await ScheduleAsync(app);
        await using (var app = At(Casablanca.ToUtc(new DateTime(2027, 4, 16, 10, 0, 0)), smtp)) again = await ScheduleAsync(app);

        var received = smtp.Received.Skip(before).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(early, Is.Zero, "91 days before: not yet");
            Assert.That(due, Is.EqualTo(4), "two officers × (inbox, e-mail)");
            Assert.That(again, Is.Zero, "never twice");
            Assert.That(received.Select(To), Is.EquivalentTo(new[] { "officier.ar@coophub.test", "officier.fr@coophub.test" }));
            Assert.That(received.Single(m => To(m) == "officier.fr@coophub.test").Subject, Is.EqualTo("Un mandat prend bientôt fin dans Réseau ESS d'Al Hoceïma"));
            Assert.That(TextOf(received.Single(m => To(m) == "officier.fr@coophub.test")), Does.Contain("prend fin le 31/05/2027").And.Contain($"/networks/{network}"));
            Assert.That(received.Single(m => To(m) == "officier.ar@coophub.test").Subject, Is.EqualTo("ولاية تنتهي قريبا في شبكة الاقتصاد الاجتماعي بالحسيمة"));
        });
    }

    [Test]
    public async Task Given_a_vault_document_expiring_Then_its_managers_hear_it_30_days_before_once_in_their_language()
    {
        await using var smtp = SmtpReceiver.Start();
        var coop = await CooperativeWithManagersAsync();
        var unmanaged = await CooperativeAsync();
        async Task<string> Uploaded(string cooperative, string fileName, string kind, string? expiresOn)
        {
            using var response = await Client.SendAsync(Documents.DocumentFiles.Upload($"/api/v1/cooperatives/{cooperative}/documents", Documents.DocumentFiles.Pdf(), fileName, kind, expiresOn: expiresOn));
            var body = await BodyAsync(response);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), body.ToJsonString());
            return (string)body["id"]!;
        }
        await Uploaded(coop, "onssa-2026.pdf", "onssaAuthorisation", "2027-06-30");
        await Uploaded(coop, "statuts.pdf", "statutes", null);
        await Uploaded(coop, "rib.pdf", "bankIdentity", "2027-08-31");
        var deleted = await Uploaded(coop, "ancien.pdf", "certification", "2027-06-15");
        Assert.That((await Client.DeleteAsync($"/api/v1/documents/{deleted}")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await Uploaded(unmanaged, "onssa.pdf", "onssaAuthorisation", "2027-06-30");
        await using (var app = Sending(smtp)) await PassAsync(app);
        var before = smtp.Received.Count;

        int early, due, again;
        await using (var app = At(Casablanca.ToUtc(new DateTime(2027, 5, 30, 10, 0, 0)), smtp)) early = await ScheduleAsync(app);
        await using (var app = At(Casablanca.ToUtc(new DateTime(2027, 5, 31, 10, 0, 0)), smtp)) due = await ScheduleAsync(app);
        await using (var app = At(Casablanca.ToUtc(new DateTime(2027, 6, 10, 10, 0, 0)), smtp)) again = await ScheduleAsync(app);

        var received = smtp.Received.Skip(before).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(early, Is.Zero, "31 days before: not yet");
            Assert.That(due, Is.EqualTo(4), "two managers × (inbox, e-mail), for the one document 30 days from expiry");
            Assert.That(again, Is.Zero, "once per document");
            Assert.That(received.Select(To), Is.EquivalentTo(new[] { ArabicEmail, FrenchEmail }), "a cooperative nobody manages: nobody");
            var french = received.Single(m => To(m) == FrenchEmail);
            Assert.That(french.Subject, Is.EqualTo("Expire le 30/06/2027 : Autorisation ONSSA"));
            Assert.That(TextOf(french), Does.Contain("« onssa-2026.pdf »").And.Contain($"/cooperatives/{coop}#vault"));
            Assert.That(received.Single(m => To(m) == ArabicEmail).Subject, Is.EqualTo("تنتهي الصلاحية يوم \u206630/06/2027\u2069: ترخيص أونسا"));
        });
    }

    [Test]
    public async Task Given_a_call_published_ahead_of_its_opening_Then_it_is_announced_by_the_scheduler_when_it_opens_and_only_once()
    {
        await using var smtp = SmtpReceiver.Start();
        await CooperativeWithManagersAsync();
        var program = await CreatedIdAsync(ProgramsRoutes.Programs, ProgramBody());
        var casablanca = DateTime.UtcNow.AddHours(1);
        var call = await CreatedIdAsync(ProgramsRoutes.Calls, CallBody(program, opensAt: casablanca.AddDays(10).ToString("yyyy-MM-dd'T'HH:mm:ss"),
            closesAt: casablanca.AddDays(40).ToString("yyyy-MM-dd'T'HH:mm:ss")));
        var opens = DateTimeOffset.Parse((string)(await GetAsync<JsonNode>($"{ProgramsRoutes.Calls}/{call}"))["opensAtUtc"]!, System.Globalization.CultureInfo.InvariantCulture);

        await using (var app = Sending(smtp)) await PassAsync(app);
        var atSave = smtp.Received.Count;
        int before, again;
        await using (var app = At(opens.AddHours(-1), smtp)) before = await ScheduleAsync(app);
        await using (var app = At(opens.AddHours(1), smtp))
        {
            await ScheduleAsync(app); // announces the call; its pass queues and sends
            await PassAsync(app);
        }
        await using (var app = At(opens.AddHours(2), smtp))
        {
            await ScheduleAsync(app);
            again = await PassAsync(app);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(atSave, Is.Zero, "not open when saved: not announced");
            Assert.That(before, Is.Zero);
            Assert.That(smtp.Received.Select(To), Is.EquivalentTo(new[] { ArabicEmail, FrenchEmail }), "announced once the opening time arrived");
            Assert.That(smtp.Received.Single(m => To(m) == FrenchEmail).Subject, Is.EqualTo("Nouvel appel ouvert à votre coopérative : Appel à manifestation d'intérêt"));
            Assert.That(again, Is.Zero);
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM app_outbox WHERE type = 'call.published'"), Is.EqualTo(1));
        });
    }
}

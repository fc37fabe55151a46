// Why this file is long: the loopback SMTP receiver and the scenarios of the first step of issue 18 (language, once-only across instances and restarts, pickup directory and inbox, retries and the log) share their setup.
using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using CoopHub.Events;
using CoopHub.Notifications;
using Microsoft.AspNetCore.Hosting;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port. It refuses the first messages it is told to
/// refuse, takes <c>delay</c> over each message, and keeps every accepted message parsed with MimeKit. Given
/// <c>acceptOnly</c>, it accepts that many messages and then answers "try later" to every other one until
/// <see cref="Open"/> is called: a test stops the senders at a point it knows, without racing the clock.
/// </summary>
internal sealed class SmtpReceiver : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private int _refuse;
    private readonly TimeSpan _delay;
    private int _acceptable;

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    public int Refused;

    public int Port { get; }

    private SmtpReceiver(int refuse, TimeSpan delay, int? acceptOnly)
    {
        _refuse = refuse;
        _delay = delay;
        _acceptable = acceptOnly ?? int.MaxValue;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public static SmtpReceiver Start(int refuse = 0, TimeSpan delay = default, int? acceptOnly = null) => new(refuse, delay, acceptOnly);

    /// <summary>Messages answered "try later" because the receiver was closed.</summary>
    public int Deferred;

    /// <summary>From now on, every message is accepted.</summary>
    public void Open() => Volatile.Write(ref _acceptable, int.MaxValue);

    /// <summary>The host's settings that send to this server.</summary>
    public void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:Security", "None");
        builder.UseSetting("Smtp:From", "CoopHub <notifications@coophub.test>");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private sealed class Store(SmtpReceiver receiver) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (receiver._delay > TimeSpan.Zero) await Task.Delay(receiver._delay, cancellationToken);
            if (Interlocked.Decrement(ref receiver._refuse) >= 0)
            {
                Interlocked.Increment(ref receiver.Refused);
                return new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "Mailbox busy, try later");
            }
            if (Interlocked.Decrement(ref receiver._acceptable) < 0)
            {
                Interlocked.Increment(ref receiver._acceptable); // stays closed (and does not wrap) until Open()
                Interlocked.Increment(ref receiver.Deferred);
                return new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "Closed for the test, try later");
            }
            using var stream = new MemoryStream(buffer.ToArray());
            receiver.Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}

/// <summary>
/// Issue 18's first step through HTTP: a promotion from an event's waitlist reaches the accounts of the promoted
/// cooperative, each in their language, by e-mail (a real SMTP server on loopback, or .eml files) and in the inbox.
/// </summary>
public sealed class NotificationTests(Engine engine) : ProgramTest(engine)
{
    private const string TitleAr = "ورشة التسويق الإلكتروني";
    private const string TitleFr = "Atelier e-marketing, Oujda";
    private const string StartsLocal = "2027-03-10T09:30:00";
    private const string StartsText = "10/03/2027 09:30";
    private const string ArabicEmail = "gerante.ar@coophub.test";
    private const string FrenchEmail = "gerant.fr@coophub.test";
    private const string Password = "Figuig-Dattes-2026-ok";

    /// <summary>A host whose dispatcher runs (started here: the factory starts its host on first use).</summary>
    private CoopHubApp Notifying(Action<IWebHostBuilder>? configure = null)
    {
        var app = new CoopHubApp(Engine, ConnectionString, configure: b =>
        {
            b.UseSetting("Notifications:Dispatch", "true");
            b.UseSetting("Notifications:PollInterval", "00:00:00.050");
            b.UseSetting("Notifications:RetryBaseDelay", "00:00:00.050");
            configure?.Invoke(b);
        });
        _ = app.Services;
        return app;
    }

    private static JsonObject EventBody(int capacity) => new()
    {
        ["kind"] = "workshop",
        ["titleAr"] = TitleAr,
        ["titleFr"] = TitleFr,
        ["startsAt"] = StartsLocal,
        ["endsAt"] = "2027-03-10T14:30:00",
        ["venue"] = new JsonObject { ["address"] = "Bayt Al Karama, Oujda" },
        ["regionCode"] = "MA-02",
        ["provinceCode"] = "MA-OUJ",
        ["capacity"] = capacity,
        ["audience"] = "public",
        ["status"] = "published",
    };

    /// <summary>A cooperative with an Arabic-speaking and a French-speaking manager; returns its id.</summary>
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

    /// <summary>
    /// <paramref name="promotions"/> events of one seat, each held by a cooperative nobody can be written to, with a registration of
    /// <paramref name="coop"/> on the waitlist that the seat holder's cancellation promotes. Returns the attendees promoted.
    /// </summary>
    private async Task<IReadOnlyList<string>> PromoteAsync(string coop, int promotions = 1)
    {
        var attendees = new List<string>();
        var seats = new List<(string Event, string Seat)>();
        for (var i = 1; i <= promotions; i++)
        {
            var eventId = await CreatedIdAsync(EventsRoutes.Base, EventBody(capacity: 1));
            var holder = await CooperativeAsync();
            var seat = await BodyAsync(await SendJsonAsync(Client, HttpMethod.Post, $"{EventsRoutes.Base}/{eventId}/registrations", new JsonObject { ["cooperativeId"] = holder }));
            var attendee = $"Amina Ouali {i}";
            var waiting = await BodyAsync(await SendJsonAsync(Client, HttpMethod.Post, $"{EventsRoutes.Base}/{eventId}/registrations",
                new JsonObject { ["cooperativeId"] = coop, ["attendeeName"] = attendee }));
            Assert.That((string?)waiting["registration"]?["status"], Is.EqualTo("waitlisted"), waiting.ToJsonString());
            seats.Add((eventId, (string)seat["registration"]!["id"]!));
            attendees.Add(attendee);
        }
        // The registrations are older news (registration.created has its own tests, NotificationTriggerTests): these scenarios are
        // about the promotions, so the notifications cursor starts after the registrations and before the promotions.
        await ScalarAsync<long>("UPDATE ntf_cursor SET last_seq = (SELECT MAX(seq) FROM app_outbox) WHERE id = 1");
        foreach (var (eventId, seat) in seats)
        {
            var cancelled = await Client.PostAsync($"{EventsRoutes.Base}/{eventId}/registrations/{seat}/cancel", null);
            Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK), await cancelled.Content.ReadAsStringAsync());
        }
        return attendees;
    }

    private static string TextOf(MimeMessage message) => message.TextBody ?? "";

    [Test]
    public async Task Given_a_promotion_from_the_waitlist_Then_each_manager_receives_one_email_in_their_language_over_smtp()
    {
        await using var smtp = SmtpReceiver.Start();
        var coop = await CooperativeWithManagersAsync();
        var attendee = (await PromoteAsync(coop)).Single();

        await using (Notifying(smtp.Configure))
        {
            await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email' AND status = 'sent'", c => c >= 2);
            await Task.Delay(300); // a third, wrong, message would have arrived by now
        }

        var received = smtp.Received.ToList();
        var arabic = received.SingleOrDefault(m => m.To.Mailboxes.Any(a => a.Address == ArabicEmail));
        var french = received.SingleOrDefault(m => m.To.Mailboxes.Any(a => a.Address == FrenchEmail));
        Assert.Multiple(() =>
        {
            Assert.That(received, Has.Count.EqualTo(2), "one e-mail per manager; the seat holder's cooperative has no account");
            Assert.That(arabic, Is.Not.Null);
            Assert.That(french, Is.Not.Null);
        });
        Assert.Multiple(() =>
        {
            Assert.That(arabic!.Subject, Is.EqualTo($"مقعد محجوز لكم: {TitleAr}"));
            Assert.That(TextOf(arabic), Does.Contain(TitleAr).And.Contain(attendee).And.Contain(StartsText).And.Contain("بتوقيت الدار البيضاء"));
            Assert.That(arabic.HtmlBody, Does.Contain("dir=\"rtl\" lang=\"ar\"").And.Contain(TitleAr));
            Assert.That(arabic.Body!.Headers[HeaderId.ContentLanguage], Is.EqualTo("ar"));
            Assert.That(french!.Subject, Is.EqualTo($"Une place pour vous : {TitleFr}"));
            Assert.That(TextOf(french), Does.Contain(TitleFr).And.Contain(attendee).And.Contain(StartsText).And.Contain("heure de Casablanca"));
            Assert.That(french.HtmlBody, Does.Contain("dir=\"ltr\" lang=\"fr\""));
            Assert.That(french.From.Mailboxes.Single().Address, Is.EqualTo("notifications@coophub.test"));
            Assert.That(TextOf(french), Does.Contain("/events/"), "a link to the event");
        });
    }

    [Test]
    public async Task Given_two_instances_and_a_restart_halfway_Then_every_message_arrives_exactly_once()
    {
        // The first message is refused once; then the server accepts two and defers the rest until it is opened, so both
        // instances stop with work left whatever the machine's speed (no test races the clock).
        await using var smtp = SmtpReceiver.Start(refuse: 1, acceptOnly: 2);
        var coop = await CooperativeWithManagersAsync();
        var attendees = await PromoteAsync(coop, promotions: 3);

        void Patient(IWebHostBuilder b)
        {
            smtp.Configure(b);
            b.UseSetting("Notifications:MaxAttempts", "1000");
            // The deferred messages are retried as long as the first two hosts live (longer on a busy machine); without
            // a ceiling, the doubling delay could put the last attempt past the wait below.
            b.UseSetting("Notifications:RetryMaxDelay", "00:00:00.200");
        }
        var first = Notifying(Patient);
        var second = Notifying(Patient);
        await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email' AND status = 'sent'", c => c >= 2);
        await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email' AND status = 'failed'", c => c >= 1);
        await first.DisposeAsync(); // stopped halfway
        await second.DisposeAsync();
        var sentBeforeRestart = await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email' AND status = 'sent'");
        smtp.Open();
        await using (Notifying(Patient))
        {
            await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email' AND status = 'sent'", c => c >= 6);
            await Task.Delay(500);
        }

        var received = smtp.Received.ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(sentBeforeRestart, Is.EqualTo(2), "the restart had work left: the server had accepted two");
            Assert.That(smtp.Deferred, Is.GreaterThan(0), "the stopped instances were turned away");
            Assert.That(smtp.Refused, Is.EqualTo(1), "the refused message was retried");
            Assert.That(received, Has.Count.EqualTo(6), "3 promotions × 2 managers");
            Assert.That(received.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(6));
            Assert.That(received.Select(m => (m.To.Mailboxes.Single().Address, attendees.Single(a => TextOf(m).Contains(a, StringComparison.Ordinal)))).Distinct().Count(),
                Is.EqualTo(6), "each manager hears of each promotion once");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages"), Is.EqualTo(12), "one row per promotion, recipient and channel");
        });
    }

    [Test]
    public async Task Given_no_smtp_host_Then_the_emails_are_eml_files_and_the_inbox_shows_the_message_until_it_is_read()
    {
        var pickup = Path.Combine(Path.GetTempPath(), "coophub-mail-" + Guid.NewGuid().ToString("N"));
        try
        {
            var coop = await CooperativeWithManagersAsync();
            var attendee = (await PromoteAsync(coop)).Single();
            await using (Notifying(b => b.UseSetting("Notifications:PickupDirectory", pickup)))
            {
                await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE status = 'sent'", c => c >= 4);
            }
            var files = Directory.Exists(pickup) ? Directory.GetFiles(pickup, "*.eml") : [];
            var messages = await Task.WhenAll(files.Select(f => MimeMessage.LoadAsync(f)));
            Assert.That(messages.Select(m => m.To.Mailboxes.Single().Address), Is.EquivalentTo(new[] { ArabicEmail, FrenchEmail }));
            Assert.That(messages.Single(m => m.To.Mailboxes.Single().Address == ArabicEmail).HtmlBody, Does.Contain("dir=\"rtl\"").And.Contain(attendee));

            using var browser = App.CreateBrowser();
            var signedIn = await browser.PostAsync("/api/v1/auth/sign-in",
                new StringContent(new JsonObject { ["email"] = ArabicEmail, ["password"] = Password }.ToJsonString(), Encoding.UTF8, "application/json"));
            Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signedIn.Content.ReadAsStringAsync());
            var token = (string)JsonNode.Parse(await browser.GetStringAsync("/api/v1/auth/antiforgery"))!["token"]!;
            var inbox = JsonNode.Parse(await browser.GetStringAsync(NotificationsRoutes.Base))!;
            var item = inbox["items"]!.AsArray().Single()!;
            var id = Guid.Parse((string)item["id"]!);

            var read = new HttpRequestMessage(HttpMethod.Post, NotificationsRoutes.Read(id));
            read.Headers.Add("X-CSRF-TOKEN", token);
            var marked = await browser.SendAsync(read);
            var after = JsonNode.Parse(await browser.GetStringAsync(NotificationsRoutes.Base))!;
            var byAdmin = await Client.PostAsync(NotificationsRoutes.Read(id), null);
            var log = JsonNode.Parse(await Client.GetStringAsync(NotificationsRoutes.Deliveries + "?channel=email"))!["items"]!.AsArray();
            var retrySent = await Client.PostAsync(NotificationsRoutes.Retry(Guid.Parse((string)log[0]!["id"]!)), null);
            var managerReadsLog = await browser.GetAsync(NotificationsRoutes.Deliveries);

            Assert.Multiple(async () =>
            {
                Assert.That((int?)inbox["unread"], Is.EqualTo(1));
                Assert.That((string?)item["subject"], Is.EqualTo($"مقعد محجوز لكم: {TitleAr}"));
                Assert.That((string?)item["body"], Does.Contain(attendee));
                Assert.That(marked.StatusCode, Is.EqualTo(HttpStatusCode.OK), await marked.Content.ReadAsStringAsync());
                Assert.That((int?)after["unread"], Is.EqualTo(0), "reading lowers the count");
                Assert.That(after["items"]![0]!["readAt"], Is.Not.Null);
                Assert.That(byAdmin.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "another person's message is not in the admin's inbox");
                Assert.That(log.Select(d => ((string?)d!["status"], (string?)d["address"])), Is.EquivalentTo(new[] { ("sent", (string?)ArabicEmail), ("sent", (string?)FrenchEmail) }));
                Assert.That((string?)log[0]!["lastAnswer"], Does.Contain(".eml"));
                Assert.That(log.Select(d => ((string?)d!["recipientKind"], (string?)d["topic"])).Distinct(), Is.EqualTo(new[] { ((string?)"account", (string?)"events") }),
                    "a promotion reaches accounts, about events (the topic people choose channels for)");
                Assert.That((string?)(await ProblemAsync(retrySent, 409))["code"], Is.EqualTo("notifications.delivery_already_sent"));
                Assert.That(managerReadsLog.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            });
        }
        finally
        {
            if (Directory.Exists(pickup)) Directory.Delete(pickup, recursive: true);
        }
    }

    [Test]
    public async Task Given_a_server_that_keeps_refusing_Then_the_message_dies_after_the_attempts_and_an_admin_retry_sends_it()
    {
        await using var smtp = SmtpReceiver.Start(refuse: 2);
        var coop = await CooperativeWithManagersAsync();
        await PromoteAsync(coop);
        await using var app = Notifying(b =>
        {
            smtp.Configure(b);
            b.UseSetting("Notifications:MaxAttempts", "1");
        });
        await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email' AND status = 'dead'", c => c >= 2);
        var dead = JsonNode.Parse(await Client.GetStringAsync(NotificationsRoutes.Deliveries + "?status=dead"))!["items"]!.AsArray();
        var retried = await BodyAsync(await Client.PostAsync(NotificationsRoutes.Retry(Guid.Parse((string)dead[0]!["id"]!)), null));
        await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email' AND status = 'sent'", c => c >= 1);
        await Task.Delay(300);

        Assert.Multiple(() =>
        {
            Assert.That(dead, Has.Count.EqualTo(2));
            Assert.That((string?)dead[0]!["lastAnswer"], Does.Contain("Mailbox busy"), "the provider's answer is in the log");
            Assert.That((int?)dead[0]!["attempts"], Is.EqualTo(1));
            Assert.That((string?)retried["status"], Is.EqualTo("queued"));
            Assert.That(smtp.Received.Select(m => m.To.Mailboxes.Single().Address), Is.EqualTo(new[] { (string?)dead[0]!["address"] }));
        });
    }

    [Test]
    public async Task Given_an_application_rejected_with_a_reason_Then_each_manager_receives_it_in_their_language_with_the_call_and_the_reason()
    {
        await using var smtp = SmtpReceiver.Start();
        var coop = await CooperativeWithManagersAsync();
        var (_, call) = await ProgramAndCallAsync();
        var (application, _) = await SubmittedAsync(call, coop);
        await MovedAsync(application, "underReview", null);
        // The call's announcement and the eligibility check are heard of in their own tests (NotificationTriggerTests): this one is about the decision.
        await ScalarAsync<long>("UPDATE ntf_cursor SET last_seq = (SELECT MAX(seq) FROM app_outbox) WHERE id = 1");
        await MovedAsync(application, "rejected", "Dossier financier incomplet");

        await using (Notifying(smtp.Configure))
        {
            await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'email' AND status = 'sent'", c => c >= 2);
            await Task.Delay(300);
        }

        var received = smtp.Received.ToList();
        var arabic = received.Single(m => m.To.Mailboxes.Single().Address == ArabicEmail);
        var french = received.Single(m => m.To.Mailboxes.Single().Address == FrenchEmail);
        Assert.Multiple(() =>
        {
            Assert.That(received, Has.Count.EqualTo(2));
            Assert.That(arabic.Subject, Is.EqualTo("لم يتم انتقاء ترشيحكم في طلب إبداء الاهتمام"));
            Assert.That(TextOf(arabic), Does.Contain("السبب المذكور: Dossier financier incomplet"), "the staff's reason, as typed");
            Assert.That(french.Subject, Is.EqualTo("Votre candidature à Appel à manifestation d'intérêt n'a pas été retenue"));
            Assert.That(TextOf(french), Does.Contain("Motif indiqué : Dossier financier incomplet").And.Contain($"/applications/{application}"));
        });
    }
}

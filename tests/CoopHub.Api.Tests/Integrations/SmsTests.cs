// Why this file is long: the SMS channel's scenarios (spellings, retries, refusals, quiet hours, secrets, pickup) share one host setup and one way of queuing a message.
using System.Collections.Concurrent;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using CoopHub.Notifications.Dispatch;
using CoopHub.Shared.Data;
using CoopHub.Shared.Time;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>
/// The SMS channel (ADR 0023) against a loopback receiver that checks each request as Twilio documents it. The
/// dispatcher does not run in the background here: each test runs one pass at a time on a clock it moves.
/// </summary>
public sealed class SmsTests(Engine engine) : ProgramTest(engine)
{
    private const string Link = "https://coophub.ma/calls/4b1f0c2e-8d7a-4e55-9a43-0f6c2b7d9e11/eligibility";
    private const string Mobile = "+212612345678";

    // A long Arabic subject (a call's title), longer than two UCS-2 segments leave beside the link.
    private const string LongSubject = "طلب إبداء الاهتمام: دعم التعاونيات النسائية في تثمين منتجات الصبار والأركان بجهة الشرق، أقاليم وجدة وبركان وتاوريرت وجرادة وفجيج";
    private const string ShortSubject = "مقعد محجوز لكم: ورشة التسويق";

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class LogCapture : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Writer(LogCapture capture, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => capture.Lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }

    /// <summary>10:00 in Casablanca, a day without a clock change.</summary>
    private static DateTimeOffset Daytime => Casablanca.ToUtc(new DateTime(2027, 5, 12, 10, 0, 0));

    private (CoopHubApp App, Clock Clock) Host(Action<IWebHostBuilder>? configure = null, DateTimeOffset? now = null, LogCapture? logs = null)
    {
        var clock = new Clock(now ?? Daytime);
        var app = new CoopHubApp(Engine, ConnectionString, configure: b =>
        {
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
            if (logs is not null)
            {
                b.UseSetting("Logging:LogLevel:Default", "Trace");
                b.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
            }
            configure?.Invoke(b);
        });
        return (app, clock);
    }

    private static Task<int> PassAsync(CoopHubApp app) => app.Services.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);

    /// <summary>An sms message as a trigger queues it: to a cooperative's registry contact, due now.</summary>
    private static async Task<Guid> QueueAsync(CoopHubApp app, string phone, string subject, string? link = Link, string language = "ar")
    {
        var id = Guid.NewGuid();
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await using var connection = await app.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("""
            INSERT INTO ntf_messages (id, trigger_id, trigger_type, recipient_id, recipient_kind, topic, channel, address, language, subject, body, link, status, attempts, next_attempt_at, created_at)
            VALUES (@Id, @TriggerId, 'call.published', @RecipientId, 'contact', 'calls', 'sms', @Phone, @Language, @Subject, @Body, @Link, 'queued', 0, @Now, @Now)
            """, new { Id = id, TriggerId = Guid.NewGuid(), RecipientId = Guid.NewGuid(), Phone = phone, Language = language, Subject = subject, Body = "Le corps est pour l'e-mail.", Link = link, Now = now });
        return id;
    }

    private sealed class Row
    {
        public string Status { get; set; } = "";
        public int Attempts { get; set; }
        public DateTimeOffset NextAttemptAt { get; set; }
        public string? LastAnswer { get; set; }
    }

    private static async Task<Row> RowAsync(CoopHubApp app, Guid id)
    {
        await using var connection = await app.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None);
        return await connection.QuerySingleAsync<Row>(
            "SELECT status AS Status, attempts AS Attempts, next_attempt_at AS NextAttemptAt, last_answer AS LastAnswer FROM ntf_messages WHERE id = @Id", new { Id = id });
    }

    [Test]
    public async Task Given_an_Arabic_message_to_a_Moroccan_number_in_every_spelling_Then_each_arrives_in_E164_within_two_segments_with_the_link()
    {
        using var receiver = new SmsReceiver();
        var (app, _) = Host(receiver.Configure);
        await using var _ = app;
        string[] spellings = ["0612345678", "06 12 34 56 78", "06-12-34-56-78", "+212 6 12 34 56 78", "+212612345678", "00212612345678", "00 212 6 12 34 56 78"];
        foreach (var spelling in spellings) await QueueAsync(app, spelling, LongSubject);
        var shortOne = await QueueAsync(app, "07 00 11 22 33", ShortSubject);

        await PassAsync(app);

        var received = receiver.Accepted.ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(receiver.Violations, Is.Empty, "every request as Twilio documents it");
            Assert.That(received, Has.Count.EqualTo(spellings.Length + 1));
            Assert.That(received.Take(spellings.Length).Select(r => r.To), Is.All.EqualTo(Mobile));
            Assert.That(received.Select(r => r.From), Is.All.EqualTo(SmsReceiver.From));
            foreach (var sms in received)
            {
                Assert.That(sms.Body, Does.EndWith("\n" + Link), "the link, whole, at the end");
                Assert.That(sms.Body.Length, Is.LessThanOrEqualTo(134), "two concatenated UCS-2 segments hold 2 × 67 characters");
                Assert.That(sms.Body, Does.Not.Contain("corps"), "the body is for e-mail");
            }
            var shortened = received[0].Body;
            Assert.That(shortened, Does.StartWith(LongSubject[..20]).And.Contain("…\n"), "the subject shortened with an ellipsis");
            Assert.That(received.Single(r => r.To == "+212700112233").Body, Is.EqualTo(ShortSubject + "\n" + Link), "a short subject whole");
            var answer = (await RowAsync(app, shortOne)).LastAnswer;
            Assert.That(answer, Does.StartWith("201 SM").And.Contain("queued").And.Contain("UCS-2"), "the provider's id in the delivery log");
        });
    }

    [Test]
    public async Task Given_a_provider_error_then_too_many_requests_Then_the_message_is_retried_with_backoff_and_sent_once()
    {
        using var receiver = new SmsReceiver();
        receiver.Then(503, 20500, "Internal Server Error");
        receiver.Then(429, 20429, "Too Many Requests");
        var (app, clock) = Host(receiver.Configure);
        await using var _ = app;
        var id = await QueueAsync(app, "0612345678", ShortSubject);

        await PassAsync(app);
        var afterFirst = await RowAsync(app, id);
        await PassAsync(app); // the retry is not due yet
        var requestsBeforeDue = receiver.Received.Count;
        var secondAt = clock.Now = afterFirst.NextAttemptAt;
        await PassAsync(app);
        var afterSecond = await RowAsync(app, id);
        clock.Now = afterSecond.NextAttemptAt;
        await PassAsync(app);
        var sent = await RowAsync(app, id);

        Assert.Multiple(() =>
        {
            Assert.That((afterFirst.Status, afterFirst.Attempts), Is.EqualTo(("failed", 1)));
            Assert.That(afterFirst.LastAnswer, Does.Contain("503").And.Contain("20500"));
            Assert.That(afterFirst.NextAttemptAt, Is.GreaterThan(Daytime), "a next attempt later, with backoff");
            Assert.That(requestsBeforeDue, Is.EqualTo(1));
            Assert.That((afterSecond.Status, afterSecond.Attempts), Is.EqualTo(("failed", 2)));
            Assert.That(afterSecond.LastAnswer, Does.Contain("429").And.Contain("20429"));
            Assert.That(afterSecond.NextAttemptAt - secondAt, Is.GreaterThan(afterFirst.NextAttemptAt - Daytime), "the delay doubles");
            Assert.That((sent.Status, sent.Attempts), Is.EqualTo(("sent", 3)));
            Assert.That(receiver.Accepted, Has.Count.EqualTo(1), "sent once");
            Assert.That(receiver.Violations, Is.Empty);
        });
    }

    [Test]
    public async Task Given_a_number_the_provider_refuses_or_no_valid_number_Then_the_message_is_dead_after_one_attempt_with_the_reason()
    {
        using var receiver = new SmsReceiver();
        receiver.Then(400, 21211, "The 'To' number +212612345678 is not a valid phone number.");
        var (app, clock) = Host(receiver.Configure);
        await using var _ = app;
        var refused = await QueueAsync(app, "0612345678", ShortSubject);
        var nonsense = await QueueAsync(app, "06 12 34", ShortSubject);
        var landline = await QueueAsync(app, "0522 22 33 44", ShortSubject);

        await PassAsync(app);
        clock.Now += TimeSpan.FromDays(2);
        await PassAsync(app);
        var dead = await Task.WhenAll(new[] { refused, nonsense, landline }.Select(id => RowAsync(app, id)));
        var log = await BodyAsync(await Client.GetAsync(CoopHub.Notifications.NotificationsRoutes.Deliveries + "?channel=sms&status=dead"));

        Assert.Multiple(() =>
        {
            Assert.That(dead.Select(r => (r.Status, r.Attempts)), Is.All.EqualTo(("dead", 1)), "no retries");
            Assert.That(dead[0].LastAnswer, Does.Contain("400").And.Contain("21211").And.Contain("not a valid phone number"), "the provider's code and message");
            Assert.That(dead[1].LastAnswer, Does.Contain("Invalid phone number \"06 12 34\""));
            Assert.That(dead[2].LastAnswer, Does.Contain("Not a mobile number"));
            Assert.That(receiver.Received, Has.Count.EqualTo(1), "an invalid number never reaches the provider");
            Assert.That(log["items"]!.AsArray(), Has.Count.EqualTo(3), "the delivery log filters on sms");
        });
    }

    [Test]
    public async Task Given_wrong_credentials_Then_the_message_is_dead_at_once_with_the_provider_code_and_the_token_is_not_in_the_answer()
    {
        using var receiver = new SmsReceiver();
        const string wrongToken = "tok-not-the-right-one-0000000000000";
        var (app, clock) = Host(b =>
        {
            receiver.Configure(b);
            b.UseSetting("Sms:AuthToken", wrongToken);
        });
        await using var _ = app;
        var id = await QueueAsync(app, "0612345678", ShortSubject);

        await PassAsync(app);
        clock.Now += TimeSpan.FromDays(1);
        await PassAsync(app);
        var dead = await RowAsync(app, id);

        Assert.Multiple(() =>
        {
            Assert.That((dead.Status, dead.Attempts), Is.EqualTo(("dead", 1)), "credentials do not fix themselves: no retries");
            Assert.That(dead.LastAnswer, Does.Contain("401").And.Contain("20003"));
            Assert.That(dead.LastAnswer, Does.Not.Contain(wrongToken));
            Assert.That(receiver.Accepted, Is.Empty);
        });
    }

    [Test]
    public async Task Given_a_message_due_in_the_quiet_hours_Then_it_waits_until_they_end_without_counting_an_attempt()
    {
        using var receiver = new SmsReceiver();
        var evening = Casablanca.ToUtc(new DateTime(2027, 5, 12, 22, 30, 0));
        var morning = Casablanca.ToUtc(new DateTime(2027, 5, 13, 8, 0, 0));
        var (app, clock) = Host(receiver.Configure, now: evening);
        await using var _ = app;
        var id = await QueueAsync(app, "0612345678", ShortSubject);

        await PassAsync(app);
        var waiting = await RowAsync(app, id);
        clock.Now = morning - TimeSpan.FromMinutes(1);
        await PassAsync(app);
        var beforeEight = receiver.Received.Count;
        clock.Now = morning;
        await PassAsync(app);
        var sent = await RowAsync(app, id);

        Assert.Multiple(() =>
        {
            Assert.That((waiting.Status, waiting.Attempts), Is.EqualTo(("queued", 0)), "postponed, not failed, not an attempt");
            Assert.That(waiting.NextAttemptAt, Is.EqualTo(morning), "08:00 Casablanca time");
            Assert.That(waiting.LastAnswer, Does.Contain("Quiet hours"));
            Assert.That(beforeEight, Is.Zero, "nothing leaves before 08:00");
            Assert.That((sent.Status, sent.Attempts), Is.EqualTo(("sent", 1)));
            Assert.That(receiver.Accepted, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_the_provider_and_its_refusals_Then_no_log_holds_the_auth_token()
    {
        using var receiver = new SmsReceiver();
        receiver.Then(503, 20500, "Internal Server Error");
        var logs = new LogCapture();
        var (app, clock) = Host(receiver.Configure, logs: logs);
        await using (app)
        {
            await QueueAsync(app, "0612345678", ShortSubject);
            await QueueAsync(app, "12", ShortSubject);
            await PassAsync(app);
            clock.Now += TimeSpan.FromHours(1);
            await PassAsync(app);
        }
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{SmsReceiver.AccountSid}:{SmsReceiver.AuthToken}"));
        var lines = logs.Lines.ToList();
        var answersWithToken = await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE last_answer LIKE @Token", new { Token = $"%{SmsReceiver.AuthToken}%" });
        var answered = await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE last_answer IS NOT NULL");

        Assert.Multiple(() =>
        {
            Assert.That(lines.Any(l => l.Contains("/Messages.json", StringComparison.Ordinal)), Is.True, "the requests were logged, so the check below means something");
            Assert.That(receiver.Accepted, Has.Count.EqualTo(1));
            Assert.That(lines.Where(l => l.Contains(SmsReceiver.AuthToken, StringComparison.Ordinal) || l.Contains(basic, StringComparison.Ordinal)), Is.Empty);
            Assert.That((answered, answersWithToken), Is.EqualTo((2L, 0L)), "nor does the delivery log");
        });
    }

    [Test]
    public async Task Given_no_provider_Then_each_sms_is_a_file_in_the_pickup_directory_with_the_normalised_number()
    {
        var pickup = Path.Combine(Path.GetTempPath(), "coophub-sms-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (app, _) = Host(b => b.UseSetting("Notifications:SmsPickupDirectory", pickup));
            await using var _ = app;
            var id = await QueueAsync(app, "06 12 34 56 78", LongSubject);

            await PassAsync(app);

            var text = await File.ReadAllTextAsync(Path.Combine(pickup, $"{id:N}.sms.txt"));
            Assert.Multiple(async () =>
            {
                Assert.That(text, Does.StartWith($"To: {Mobile}\n").And.Contain("Segments: 2 UCS-2 segments").And.EndWith(Link + "\n"));
                Assert.That((await RowAsync(app, id)).Status, Is.EqualTo("sent"));
            });
        }
        finally
        {
            if (Directory.Exists(pickup)) Directory.Delete(pickup, recursive: true);
        }
    }
}

using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Identity;
using CoopHub.Api.Tests.Programs;
using CoopHub.Notifications.Dispatch;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>
/// Issue 18 item 5, a rate limit per channel (<c>Notifications:RateLimits:{Email|Sms}:PerMinute</c>): a call published to
/// five registry contacts queues five e-mails and five SMS; with ceilings of 3 e-mails and 2 SMS a minute, the receivers
/// get that many in the first minute whatever the instances and passes, and the rest once the test clock moves on —
/// still queued meanwhile, no attempt counted.
/// </summary>
public sealed class NotificationRateLimitTests(Engine engine) : ProgramTest(engine)
{
    private const int EmailsPerMinute = 3;
    private const int SmsPerMinute = 2;

    private CoopHubApp Instance(TestClock clock, SmtpReceiver smtp, SmsReceiver sms, int emails = EmailsPerMinute)
    {
        var app = new CoopHubApp(Engine, ConnectionString, configure: b =>
        {
            smtp.Configure(b);
            sms.Configure(b);
            b.UseSetting("Notifications:SmsQuietHours", "");
            b.UseSetting("Notifications:RateLimits:Email:PerMinute", emails.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.UseSetting("Notifications:RateLimits:Sms:PerMinute", SmsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
            b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock));
        });
        _ = app.Services;
        return app;
    }

    private static Task<int> PassAsync(CoopHubApp app) => app.Services.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);

    private Task<long> CountAsync(string channel, string status)
        => ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE channel = @Channel AND status = @Status", new { Channel = channel, Status = status });

    /// <summary>Five cooperatives of the Oriental without an account, each with an e-mail and a mobile, and a call they are eligible for.</summary>
    private async Task FiveContactsAndACallAsync()
    {
        for (var i = 1; i <= 5; i++)
        {
            var body = CooperativeBodies.Valid(registrationNumber: $"02-2021-70000{i}", region: "MA-02", province: "MA-OUJ");
            body["contact"] = new JsonObject { ["phone"] = $"06612345{i:00}", ["email"] = $"contact{i}@example.ma" };
            await RegisterAsync(body);
        }
        await ProgramAndCallAsync();
    }

    [Test]
    public async Task Given_more_messages_than_a_channels_budget_Then_two_instances_send_at_most_the_budget_in_a_minute_and_the_rest_after_it()
    {
        await using var smtp = SmtpReceiver.Start();
        using var sms = new SmsReceiver();
        await FiveContactsAndACallAsync();
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var first = Instance(clock, smtp, sms);
        await using var second = Instance(clock, smtp, sms);

        var sentFirst = await PassAsync(first);
        var sentSecond = await PassAsync(second); // another instance, same minute: the budget is shared
        clock.Advance(TimeSpan.FromSeconds(30));
        var sentLater = await PassAsync(first) + await PassAsync(second);
        var (emailsInMinute, smsInMinute) = (smtp.Received.Count, sms.Accepted.Count);
        var queuedEmails = await CountAsync("email", "queued");
        var queuedSms = await CountAsync("sms", "queued");
        var attempts = await ScalarAsync<long>("SELECT COALESCE(MAX(attempts), 0) FROM ntf_messages WHERE status = 'queued'");

        clock.Advance(TimeSpan.FromSeconds(31)); // the window of the first message has ended
        await PassAsync(second);
        var (emailsSecondMinute, smsSecondMinute) = (smtp.Received.Count, sms.Accepted.Count);
        clock.Advance(TimeSpan.FromMinutes(1));
        await PassAsync(first);

        Assert.Multiple(async () =>
        {
            Assert.That(sentFirst, Is.EqualTo(EmailsPerMinute + SmsPerMinute), "the first pass sends the two budgets");
            Assert.That(sentSecond, Is.Zero, "the other instance finds the budgets spent");
            Assert.That(sentLater, Is.Zero, "half a minute later, still the same window");
            Assert.That(emailsInMinute, Is.EqualTo(EmailsPerMinute));
            Assert.That(smsInMinute, Is.EqualTo(SmsPerMinute));
            Assert.That(queuedEmails, Is.EqualTo(5 - EmailsPerMinute), "what exceeds waits queued, not failed");
            Assert.That(queuedSms, Is.EqualTo(5 - SmsPerMinute));
            Assert.That(attempts, Is.Zero, "no attempt is burnt by waiting");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE claimed_until IS NOT NULL AND status = 'queued'"), Is.Zero, "released, not held");
            Assert.That(emailsSecondMinute, Is.EqualTo(5), "the two e-mails left go in the next minute");
            Assert.That(smsSecondMinute, Is.EqualTo(2 * SmsPerMinute));
            Assert.That(sms.Accepted.Count, Is.EqualTo(5), "the last SMS in the third minute");
            Assert.That(smtp.Received.Select(m => m.MessageId).Distinct().Count(), Is.EqualTo(5), "none twice");
            Assert.That(await CountAsync("email", "sent") + await CountAsync("sms", "sent"), Is.EqualTo(10));
            Assert.That(await ScalarAsync<long>("SELECT COALESCE(MAX(attempts), 0) FROM ntf_messages"), Is.EqualTo(1), "each sent at its first attempt");
        });
    }

    [Test]
    public async Task Given_a_budget_of_zero_Then_the_channel_is_unlimited()
    {
        await using var smtp = SmtpReceiver.Start();
        using var sms = new SmsReceiver();
        await FiveContactsAndACallAsync();
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var app = Instance(clock, smtp, sms, emails: 0);

        await PassAsync(app);

        Assert.Multiple(() =>
        {
            Assert.That(smtp.Received, Has.Count.EqualTo(5), "0: no ceiling on e-mail");
            Assert.That(sms.Accepted, Has.Count.EqualTo(SmsPerMinute), "the SMS budget still holds");
        });
    }
}

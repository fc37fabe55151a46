using System.Text;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Integrations;
using Dapper;

namespace CoopHub.Api.Tests.Instances;

/// <summary>
/// Issue 20 item 3, as an orchestrator stops an instance: one API process (the built dll) with a request in flight and its
/// webhook dispatcher in the middle of a send to a target that never answers, then SIGTERM. The request finishes with 200,
/// the send in hand is finished and recorded (its timeout), the other claimed deliveries are released (no
/// <c>claimed_until</c> left), and the process exits 0. The in-flight request is a test-only route mapped only with
/// <c>Testing:ShutdownProbe</c> (<see cref="ShutdownProbe"/>): it sends its headers at once, so the test knows the request is
/// in flight before it signals, and finishes only after the stop has begun.
/// </summary>
[NonParallelizable]
public sealed class GracefulShutdownTests
{
    [Test]
    public async Task Given_a_request_in_flight_and_a_send_in_hand_When_SIGTERM_Then_the_request_finishes_200_the_claims_are_released_and_the_process_exits_0()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coophub-shutdown-db-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var connectionString = $"Data Source={Path.Combine(folder, "shutdown.db")}";
        await using var silent = await WebhookReceiver.StartSilentAsync();
        var instances = new TwoInstances
        {
            Engine = Engine.Sqlite,
            ConnectionString = connectionString,
            ExtraSettings = [("Testing:ShutdownProbe", "true"), ("Webhooks:RequestTimeout", "00:00:03"), ("Notifications:Dispatch", "false")],
        };
        try
        {
            await instances.StartAsync(count: 1);
            var instance = instances.A;
            using (var admin = instance.Admin())
            {
                // Three subscribers, one event: the dispatcher fans it out into three deliveries in one pass and claims them together.
                for (var i = 0; i < 3; i++) await WebhookTests.SubscribeAsync(admin, $"{silent.Url}?subscriber={i}", "cooperative.registered");
                var created = await admin.PostAsync("/api/v1/cooperatives", new StringContent(CooperativeBodies.Valid(registrationNumber: "STOP-1").ToJsonString(), Encoding.UTF8, "application/json"));
                Assert.That((int)created.StatusCode, Is.EqualTo(201), await created.Content.ReadAsStringAsync());
            }
            await WaitUntilAsync(() => !silent.Requests.IsEmpty, "the dispatcher's first send reached the silent target");

            using var client = instance.Anonymous();
            using var inFlight = await client.GetAsync(ShutdownProbe.Path, HttpCompletionOption.ResponseHeadersRead);
            await instance.SignalStopAsync();
            var body = await inFlight.Content.ReadAsStringAsync();
            var exitCode = await instance.WaitForExitAsync(TimeSpan.FromSeconds(60));

            await using var db = await Database.OpenAsync(Engine.Sqlite, connectionString);
            var deliveries = (await db.QueryAsync<(long Attempts, string? ClaimedUntil, string Status)>(
                "SELECT attempts, claimed_until, status FROM app_webhook_deliveries")).ToList();
            Assert.Multiple(() =>
            {
                Assert.That((int)inFlight.StatusCode, Is.EqualTo(200));
                Assert.That(body, Is.EqualTo("finished after the stop began"), "the request in flight finished after SIGTERM");
                Assert.That(exitCode, Is.Zero, instance.Output);
                Assert.That(deliveries, Has.Count.EqualTo(3));
                Assert.That(deliveries.Select(d => d.ClaimedUntil), Has.All.Null, "no claim outlives the instance");
                Assert.That(deliveries.Count(d => d.Attempts == 1), Is.EqualTo(1), "the send in hand was finished and recorded");
                Assert.That(deliveries.Count(d => d.Attempts == 0 && d.Status == "pending"), Is.EqualTo(2), "the others were released untried");
                Assert.That(silent.Requests, Has.Count.EqualTo(1));
            });
        }
        finally
        {
            await instances.DisposeAsync();
            TestDatabases.DeleteSqlite(connectionString);
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // left to the system's temporary folder
            }
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"not seen within 30 s: {what}");
            await Task.Delay(50);
        }
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Identity;

/// <summary>
/// ADR 0014: failed sign-ins slow down the address they come from, for that account only, with
/// growing waits; nobody can lock an account's owner out, and an unknown address is answered exactly
/// like a known one.
/// </summary>
public sealed class SignInThrottleTests
{
    private const string Owner = "owner@example.ma";
    private const string Password = "Souss-Massa-Argan-77";
    private const string Stranger = "203.0.113.66";
    private const string OwnersAddress = "198.51.100.7";

    private string _connectionString = "";
    private CoopHubApp _app = null!;
    private TestClock _clock = null!;

    [SetUp]
    public async Task Start()
    {
        _connectionString = await TestDatabases.NewSqliteAsync();
        _clock = new TestClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        // The per-address rate limit (its own window) is lifted here, so only the throttle under test answers.
        _app = new CoopHubApp(Engine.Sqlite, _connectionString, configure: b =>
        {
            b.UseSetting("RateLimits:SignInPerMinute", "100000");
            b.ConfigureServices(s => s.AddSingleton<TimeProvider>(_clock));
            TestClientAddress.AddTo(b);
        });
        using var admin = _app.CreateAdminClient();
        var created = await admin.PostAsync("/api/v1/users", new StringContent(new JsonObject
        {
            ["email"] = Owner, ["displayName"] = "Owner", ["password"] = Password, ["roles"] = new JsonArray("admin"), ["regions"] = new JsonArray("national"),
        }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
    }

    [TearDown]
    public async Task Stop()
    {
        await _app.DisposeAsync();
        TestDatabases.DeleteSqlite(_connectionString);
    }

    private async Task<HttpResponseMessage> SignInAsync(string email, string password, string from)
    {
        using var client = _app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/sign-in")
        {
            Content = new StringContent(new JsonObject { ["email"] = email, ["password"] = password }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        return await client.SendAsync(TestClientAddress.From(request, from));
    }

    /// <summary>
    /// Tries <paramref name="attempts"/> wrong passwords from one address; each time the answer is
    /// 429 it waits what Retry-After says and tries again. Returns every answer in order.
    /// </summary>
    private async Task<List<HttpResponseMessage>> HammerAsync(string email, string from, int attempts)
    {
        var answers = new List<HttpResponseMessage>();
        for (var tried = 0; tried < attempts;)
        {
            var response = await SignInAsync(email, "wrong-password-" + tried, from);
            answers.Add(response);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) _clock.Advance(response.Headers.RetryAfter!.Delta!.Value);
            else tried++;
        }
        return answers;
    }

    private static int[] RetryAfters(IEnumerable<HttpResponseMessage> answers)
        => answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).Select(a => (int)a.Headers.RetryAfter!.Delta!.Value.TotalSeconds).ToArray();

    [Test]
    public async Task Given_a_strangers_twenty_wrong_passwords_from_one_address_Then_the_owner_still_signs_in_from_another()
    {
        var answers = await HammerAsync(Owner, Stranger, 20);

        var owner = await SignInAsync(Owner, Password, OwnersAddress);

        Assert.Multiple(async () =>
        {
            Assert.That(answers.Take(5).Select(a => (int)a.StatusCode), Is.All.EqualTo(401), "five free attempts");
            Assert.That(answers[5].StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(owner.StatusCode, Is.EqualTo(HttpStatusCode.OK), await owner.Content.ReadAsStringAsync());
        });
    }

    [Test]
    public async Task Given_repeated_failures_from_one_address_Then_it_gets_429_with_a_retry_after_that_grows_up_to_an_hour()
    {
        var answers = await HammerAsync(Owner, Stranger, 20);
        var waits = RetryAfters(answers);

        Assert.Multiple(() =>
        {
            Assert.That(waits.Take(4), Is.EqualTo(new[] { 60, 120, 240, 480 }));
            Assert.That(waits, Is.Ordered.Ascending);
            Assert.That(waits.Max(), Is.EqualTo(3600));
            Assert.That(answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests)
                .Select(a => a.Content.Headers.ContentType?.MediaType), Is.All.EqualTo("application/problem+json"));
        });
    }

    [Test]
    public async Task Given_an_address_that_must_wait_Then_even_the_right_password_from_there_waits()
    {
        await HammerAsync(Owner, Stranger, 5);

        var right = await SignInAsync(Owner, Password, Stranger);

        Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(right.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task Given_the_right_password_after_some_failures_Then_that_address_starts_afresh()
    {
        await HammerAsync(Owner, OwnersAddress, 4);
        Assert.That((await SignInAsync(Owner, Password, OwnersAddress)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var again = await HammerAsync(Owner, OwnersAddress, 5);

        Assert.That(again.Select(a => (int)a.StatusCode), Is.All.EqualTo(401));
    }

    [Test]
    public async Task Given_the_same_attempts_at_an_unknown_address_Then_every_answer_is_the_same_as_for_the_account()
    {
        var known = await HammerAsync(Owner, Stranger, 12);
        var unknown = await HammerAsync("nobody-here@example.ma", "203.0.113.67", 12);

        Assert.That(unknown.Select(a => (int)a.StatusCode), Is.EqualTo(known.Select(a => (int)a.StatusCode)));
        for (var i = 0; i < known.Count; i++)
        {
            var (k, u) = (await Describe(known[i]), await Describe(unknown[i]));
            Assert.That(u, Is.EqualTo(k), $"answer {i + 1}");
        }
    }

    /// <summary>Status, headers and body, without the trace id (which differs on every request).</summary>
    private static async Task<string> Describe(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => h.Key != "Content-Length")
            .OrderBy(h => h.Key, StringComparer.Ordinal)
            .Select(h => $"{h.Key}: {string.Join(",", h.Value)}");
        return $"{(int)response.StatusCode}\n{string.Join("\n", headers)}\n{body.ToJsonString()}";
    }

    [Test]
    public async Task Given_failed_sign_ins_Then_each_allowed_attempt_is_in_the_audit_trail()
    {
        await HammerAsync(Owner, Stranger, 6);

        using var admin = _app.CreateAdminClient();
        var audit = JsonNode.Parse(await admin.GetStringAsync("/api/v1/audit?pageSize=100"))!["items"]!.AsArray();

        Assert.That(audit.Count(a => (string?)a!["operation"] == "SignInCommand"), Is.EqualTo(6));
    }
}

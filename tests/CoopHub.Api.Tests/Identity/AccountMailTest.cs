using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Integrations;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CoopHub.Api.Tests.Identity;

/// <summary>
/// The setup of the self-service account scenarios (issue 19): an Arabic-speaking staff account, a host whose
/// dispatcher sends to a real SMTP server and a Twilio double on loopback, and the test's clock, so expiry never races the machine.
/// </summary>
public abstract partial class AccountMailTest
{
    protected const string Email = "fatima.zahra@coophub.test";
    protected const string OldPassword = "Figuig-Dattes-2026-ok";
    protected const string NewPassword = "Tafilalet-Palmiers-2027";

    private protected string _connectionString = "";
    private protected CoopHubApp _app = null!;
    private protected SmtpReceiver _smtp = null!;
    private protected SmsReceiver _sms = null!;
    private protected TestClock _clock = null!;

    [SetUp]
    public async Task Start()
    {
        _connectionString = await TestDatabases.NewSqliteAsync();
        _clock = new TestClock(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
        _smtp = SmtpReceiver.Start();
        _sms = new SmsReceiver();
        _app = new CoopHubApp(Engine.Sqlite, _connectionString, configure: b =>
        {
            b.UseSetting("RateLimits:SignInPerMinute", "100000");
            b.UseSetting("Notifications:Dispatch", "true");
            b.UseSetting("Notifications:PollInterval", "00:00:00.050");
            b.UseSetting("Notifications:PublicBaseUrl", "https://coophub.example.ma");
            b.ConfigureServices(s => s.AddSingleton<TimeProvider>(_clock));
            _smtp.Configure(b);
            _sms.Configure(b);
        });
        using var admin = _app.CreateAdminClient();
        var created = await admin.PostAsync("/api/v1/users", Json(new JsonObject
        {
            ["email"] = Email, ["displayName"] = "فاطمة الزهراء", ["language"] = "ar", ["password"] = OldPassword, ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-02"),
        }));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
    }

    [TearDown]
    public async Task Stop()
    {
        await _app.DisposeAsync();
        await _smtp.DisposeAsync();
        _sms.Dispose();
        TestDatabases.DeleteSqlite(_connectionString);
    }

    protected static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    protected async Task<HttpResponseMessage> PostAsync(string url, JsonObject body, HttpClient? client = null)
    {
        using var anonymous = _app.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Json(body) };
        request.Headers.AcceptLanguage.ParseAdd("ar");
        return await (client ?? anonymous).SendAsync(request);
    }

    protected Task<HttpResponseMessage> RequestResetAsync(string email) => PostAsync("/api/v1/auth/password-reset", new JsonObject { ["email"] = email });

    protected Task<HttpResponseMessage> ResetAsync(JsonObject body) => PostAsync("/api/v1/auth/password-reset/confirm", body);

    protected Task<HttpStatusCode> SignInAsync(string password) => SignInAsync(Email, password);

    protected async Task<HttpStatusCode> SignInAsync(string email, string password)
        => (await PostAsync("/api/v1/auth/sign-in", new JsonObject { ["email"] = email, ["password"] = password })).StatusCode;

    /// <summary>Waits for the <paramref name="count"/>th e-mail to reach the SMTP server (the dispatcher runs in the background).</summary>
    protected async Task<MimeMessage> MailAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_smtp.Received.Count < count && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.That(_smtp.Received, Has.Count.EqualTo(count), "e-mails received");
        return _smtp.Received.ToArray()[count - 1];
    }

    /// <summary>Waits for the <paramref name="count"/>th SMS to reach the Twilio double (the dispatcher runs in the background).</summary>
    private protected async Task<SmsRequest> SmsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_sms.Accepted.Count < count && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.That(_sms.Accepted, Has.Count.EqualTo(count), "SMS received");
        return _sms.Accepted.ToArray()[count - 1];
    }

    protected static string TokenOf(MimeMessage mail) => Uri.UnescapeDataString(TokenLink().Match(mail.TextBody ?? "").Groups[1].Value);

    protected static string CodeOf(MimeMessage mail) => SixDigits().Match(mail.TextBody ?? "").Groups[1].Value;

    protected async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_connectionString);
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    /// <summary>A count the dispatcher changes in the background, once <paramref name="done"/> holds or 30 s have passed.</summary>
    protected Task<long> CountWhenAsync(string sql, Func<long, bool> done) => Eventually.CountAsync(() => ScalarAsync(sql), done);

    protected static string[] FieldsOf(string problem) => JsonNode.Parse(problem)!["errors"]!.AsObject().Select(e => e.Key).ToArray();

    [GeneratedRegex(@"/(?:reset-password|verify-account)\?token=([A-Za-z0-9_%-]+)")]
    private static partial Regex TokenLink();

    [GeneratedRegex(@":\s([0-9]{6})(?![0-9A-Za-z])")]
    private static partial Regex SixDigits();
}

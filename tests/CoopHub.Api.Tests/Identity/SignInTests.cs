using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoopHub.Api.Tests.Identity;

public sealed class SignInTests(Engine engine) : ApiTest(engine)
{
    private const string Password = "Souss-Massa-Argan-77";

    private async Task<string> CreateUserAsync(string email, string role = "staff", string? region = "MA-02", string? cooperative = null)
    {
        var body = new JsonObject
        {
            ["email"] = email, ["displayName"] = "Agent", ["language"] = "ar", ["password"] = Password, ["roles"] = new JsonArray(role),
            ["regions"] = region is null ? new JsonArray() : new JsonArray(region),
            ["cooperatives"] = cooperative is null ? new JsonArray() : new JsonArray(cooperative),
        };
        var response = await PostJsonAsync("/api/v1/users", body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (string)(await BodyAsync(response))["id"]!;
    }

    // Over https: outside Development the cookies are Secure, and a client keeps them for https only.
    private HttpClient Browser() => App.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
        => client.PostAsync("/api/v1/auth/sign-in", new StringContent(new JsonObject { ["email"] = email, ["password"] = password }.ToJsonString(), Encoding.UTF8, "application/json"));

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
        => (string)JsonNode.Parse(await client.GetStringAsync("/api/v1/auth/antiforgery"))!["token"]!;

    [Test]
    public async Task Given_the_right_password_Then_an_httponly_lax_cookie_opens_a_session_that_me_describes()
    {
        await CreateUserAsync("Agent.Oujda@Example.ma");
        using var browser = Browser();

        var response = await SignInAsync(browser, "agent.oujda@example.MA", Password);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("coophub.auth=", StringComparison.Ordinal));
        Assert.That(cookie.ToLowerInvariant(), Does.Contain("httponly").And.Contain("samesite=lax"));
        var me = JsonNode.Parse(await browser.GetStringAsync("/api/v1/auth/me"))!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)me["name"], Is.EqualTo("Agent.Oujda@Example.ma"));
            Assert.That((string?)me["language"], Is.EqualTo("ar"));
            Assert.That(me["roles"]!.AsArray().Select(r => (string?)r), Is.EqualTo(new[] { "staff" }));
            Assert.That(me["regions"]!.AsArray().Select(r => (string?)r), Is.EqualTo(new[] { "MA-02" }));
        });

        var signOut = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/sign-out") { Headers = { { "X-CSRF-TOKEN", await AntiforgeryTokenAsync(browser) } } });
        Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        await ProblemAsync(await browser.GetAsync("/api/v1/auth/me"), 401);
    }

    [Test]
    public async Task Given_a_cookie_session_Then_unsafe_calls_need_the_antiforgery_header()
    {
        await CreateUserAsync("staff@example.ma");
        using var browser = Browser();
        Assert.That((await SignInAsync(browser, "staff@example.ma", Password)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = CooperativeBodies.Valid(registrationNumber: "CSRF-1").ToJsonString();

        var without = await browser.PostAsync("/api/v1/cooperatives", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await ProblemAsync(without, 400);
        var token = await AntiforgeryTokenAsync(browser);
        var with = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/cooperatives")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
            Headers = { { "X-CSRF-TOKEN", token } },
        });

        Assert.Multiple(async () =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("auth.antiforgery"));
            Assert.That(with.StatusCode, Is.EqualTo(HttpStatusCode.Created), await with.Content.ReadAsStringAsync());
        });
    }

    [Test]
    public async Task Given_eleven_sign_ins_in_a_minute_Then_the_eleventh_gets_429_with_retry_after()
    {
        using var browser = Browser();
        for (var i = 0; i < 10; i++) await ProblemAsync(await SignInAsync(browser, $"nobody{i}@example.ma", "wrong-password-1"), 401);

        var eleventh = await SignInAsync(browser, "nobody@example.ma", "wrong-password-1");

        await ProblemAsync(eleventh, 429);
        Assert.That(eleventh.Headers.RetryAfter, Is.Not.Null);
    }

    [Test]
    public async Task Given_an_unknown_email_or_wrong_password_Then_the_same_401_message()
    {
        await CreateUserAsync("real@example.ma");

        var unknown = await ProblemAsync(await SignInAsync(Anonymous, "ghost@example.ma", Password), 401);
        var wrong = await ProblemAsync(await SignInAsync(Anonymous, "real@example.ma", "not-the-password"), 401);

        Assert.That((string?)unknown["detail"], Is.EqualTo((string?)wrong["detail"]));
    }

    [TestCase("short-pass", "password")]
    [TestCase("password1234", "password")]
    [TestCase("", "password")]
    public async Task Given_a_weak_password_Then_400_on_password(string password, string field)
    {
        var problem = await ProblemAsync(await PostJsonAsync("/api/v1/users", new JsonObject
        {
            ["email"] = "weak@example.ma", ["displayName"] = "Weak", ["password"] = password, ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-01"),
        }), 400);

        Assert.That(FieldsIn(problem), Does.Contain(field));
    }

    [Test]
    public async Task Given_a_duplicate_email_in_another_case_Then_409()
    {
        await CreateUserAsync("dup@example.ma");

        var problem = await ProblemAsync(await PostJsonAsync("/api/v1/users", new JsonObject
        {
            ["email"] = "DUP@example.ma", ["displayName"] = "Dup", ["password"] = Password, ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-01"),
        }), 409);

        Assert.That(FieldsIn(problem), Does.Contain("email"));
    }

    [Test]
    public async Task Given_a_disabled_user_Then_their_open_session_ends()
    {
        var id = await CreateUserAsync("leaving@example.ma");
        using var browser = Browser();
        Assert.That((await SignInAsync(browser, "leaving@example.ma", Password)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await browser.GetAsync("/api/v1/auth/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var disable = await PutJsonAsync($"/api/v1/users/{id}", new JsonObject
        {
            ["displayName"] = "Agent", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-02"), ["disabled"] = true,
        }, "*");
        Assert.That(disable.StatusCode, Is.EqualTo(HttpStatusCode.OK), await disable.Content.ReadAsStringAsync());

        await ProblemAsync(await browser.GetAsync("/api/v1/auth/me"), 401);
        await ProblemAsync(await SignInAsync(browser, "leaving@example.ma", Password), 401);
    }

    [Test]
    public async Task Given_a_signed_in_user_Then_they_change_their_password_and_language_and_keep_their_session()
    {
        await CreateUserAsync("self@example.ma");
        using var browser = Browser();
        Assert.That((await SignInAsync(browser, "self@example.ma", Password)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var token = await AntiforgeryTokenAsync(browser);

        var password = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/v1/users/me/password")
        {
            Content = new StringContent(new JsonObject { ["currentPassword"] = Password, ["newPassword"] = "Nador-Lagoon-Salt-42" }.ToJsonString(), Encoding.UTF8, "application/json"),
            Headers = { { "X-CSRF-TOKEN", token } },
        });
        var language = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/api/v1/users/me/language")
        {
            Content = new StringContent(new JsonObject { ["language"] = "en" }.ToJsonString(), Encoding.UTF8, "application/json"),
            Headers = { { "X-CSRF-TOKEN", token } },
        });

        Assert.Multiple(async () =>
        {
            Assert.That(password.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await password.Content.ReadAsStringAsync());
            Assert.That(language.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await language.Content.ReadAsStringAsync());
            Assert.That((string?)JsonNode.Parse(await browser.GetStringAsync("/api/v1/auth/me"))!["language"], Is.EqualTo("en"));
            await ProblemAsync(await SignInAsync(Anonymous, "self@example.ma", Password), 401);
            Assert.That((await SignInAsync(Anonymous, "self@example.ma", "Nador-Lagoon-Salt-42")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}

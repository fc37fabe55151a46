using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;

namespace CoopHub.Api.Tests.Identity;

/// <summary>Sign-in, password rules, accounts and API keys answer in the reader's language, with their codes (ADR 0020).</summary>
public sealed class IdentityMessagesTests(Engine engine) : ApiTest(engine)
{
    private static HttpRequestMessage Post(string url, JsonNode body, string language)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        return request;
    }

    private static JsonObject User(string email, string password, params string[] roles) => new()
    {
        ["email"] = email, ["displayName"] = "Agent", ["language"] = "fr", ["password"] = password,
        ["roles"] = new JsonArray(roles.Select(r => (JsonNode?)r).ToArray()), ["regions"] = new JsonArray("MA-09"),
    };

    [TestCase("ar", "البريد الإلكتروني أو كلمة المرور غير صحيحة.")]
    [TestCase("fr", "L’adresse e-mail ou le mot de passe est incorrect.")]
    public async Task Given_a_wrong_password_Then_the_401_says_so_in_the_readers_language(string language, string detail)
    {
        var problem = await ProblemAsync(await Anonymous.SendAsync(Post("/api/v1/auth/sign-in",
            new JsonObject { ["email"] = "nobody@coophub.test", ["password"] = "Wrong-password-123" }, language)), 401);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("auth.sign_in_failed"));
            Assert.That((string?)problem["detail"], Is.EqualTo(detail));
        });
    }

    [TestCase("ar", "short-pass", "تتكون كلمة المرور من 12 حرفًا على الأقل.", "identity.password.too_short")]
    [TestCase("fr", "motdepasse123", "Ce mot de passe est trop courant ; choisissez-en un autre.", "identity.password.too_common")]
    [TestCase("fr", "", "Indiquez un mot de passe.", "identity.password.required")]
    public async Task Given_a_weak_password_Then_one_message_under_the_field_with_its_code(string language, string password, string message, string code)
    {
        var problem = await ProblemAsync(await Client.SendAsync(Post("/api/v1/users", User("weak@coophub.test", password, "staff"), language)), 400);

        Assert.Multiple(() =>
        {
            Assert.That(problem["errors"]!["password"]!.AsArray().Select(m => (string?)m), Is.EqualTo(new[] { message }));
            Assert.That((string?)problem["fieldCodes"]!["password"]![0], Is.EqualTo(code));
        });
    }

    [Test]
    public async Task Given_an_unknown_role_and_region_in_arabic_Then_the_messages_name_the_values_and_the_roles_in_arabic()
    {
        var body = User("roles@coophub.test", "Tiznit-Argan-2026-ok", "staff", "mayor");
        body["regions"] = new JsonArray("MA-13");

        var problem = await ProblemAsync(await Client.SendAsync(Post("/api/v1/users", body, "ar")), 400);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["errors"]!["roles[1]"]![0], Is.EqualTo("«mayor» ليس دورًا؛ اختر من بين: مدير النظام، موظف المندوبية، مسيّر تعاونية، مسؤول شبكة."));
            Assert.That((string?)problem["errors"]!["regions[0]"]![0], Is.EqualTo("«MA-13» ليست من جهات المغرب الاثنتي عشرة ولا المستوى الوطني."));
            Assert.That((string?)problem["fieldCodes"]!["roles[1]"]![0], Is.EqualTo("identity.access.unknown_role"));
        });
    }

    [Test]
    public async Task Given_an_email_that_has_an_account_in_french_Then_409_says_so_and_under_the_field()
    {
        Assert.That((await Client.SendAsync(Post("/api/v1/users", User("deja@coophub.test", "Tiznit-Argan-2026-ok", "staff"), "fr"))).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var problem = await ProblemAsync(await Client.SendAsync(Post("/api/v1/users", User("Deja@coophub.test", "Tiznit-Argan-2026-ok", "staff"), "fr")), 409);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("user.email_taken"));
            Assert.That((string?)problem["detail"], Is.EqualTo("Un compte existe déjà avec cette adresse e-mail."));
            Assert.That((string?)problem["errors"]!["email"]![0], Is.EqualTo("Cette adresse e-mail a déjà un compte."));
            Assert.That((string?)problem["fieldCodes"]!["email"]![0], Is.EqualTo("identity.users.email_taken_field"));
        });
    }

    [Test]
    public async Task Given_a_malformed_api_key_in_arabic_Then_the_401_is_arabic_though_no_account_is_known()
    {
        using var client = App.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "not-a-key");
        client.DefaultRequestHeaders.Add("Accept-Language", "ar");

        var problem = await ProblemAsync(await client.GetAsync(CooperativesRoutes.Base), 401);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("auth.api_key"));
            Assert.That((string?)problem["detail"], Is.EqualTo("مفتاح الواجهة البرمجية هذا ليس بالصيغة المتوقعة؛ انسخه كاملًا."));
        });
    }
}

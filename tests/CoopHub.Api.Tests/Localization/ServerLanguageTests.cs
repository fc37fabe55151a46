using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Shared.Localization;
using FluentValidation;

namespace CoopHub.Api.Tests.Localization;

/// <summary>
/// The API answers in the reader's language (ADR 0020): the signed-in account's, else Accept-Language, else French;
/// titles, details and field messages alike, each with its stable code.
/// </summary>
public sealed class ServerLanguageTests(Engine engine) : ApiTest(engine)
{
    private async Task<(JsonNode Problem, HttpResponseMessage Response)> SendAsync(HttpClient client, HttpMethod method, string url, string? acceptLanguage,
        string? body = null, int status = 400)
    {
        using var request = new HttpRequestMessage(method, url);
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await client.SendAsync(request);
        return (await ProblemAsync(response, status), response);
    }

    [TestCase("ar-MA,ar;q=0.9,fr;q=0.8", "الطلب غير صالح.", "تعرض الصفحة ما بين 1 و100 سطر.", "ar")]
    [TestCase("fr-FR,fr;q=0.9", "La demande n’est pas valide.", "Une page affiche entre 1 et 100 lignes.", "fr")]
    [TestCase("en-GB,en;q=0.9", "The request is not valid.", "A page shows between 1 and 100 rows.", "en")]
    [TestCase("de-DE,es;q=0.8", "La demande n’est pas valide.", "Une page affiche entre 1 et 100 lignes.", "fr")]
    [TestCase(null, "La demande n’est pas valide.", "Une page affiche entre 1 et 100 lignes.", "fr")]
    public async Task Given_a_language_asked_by_the_browser_Then_title_detail_and_field_message_are_in_it_with_stable_codes(
        string? acceptLanguage, string title, string field, string contentLanguage)
    {
        var (problem, response) = await SendAsync(Anonymous, HttpMethod.Get, "/api/v1/cooperatives?pageSize=0", acceptLanguage);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["title"], Is.EqualTo(title));
            Assert.That((string?)problem["errors"]!["pageSize"]![0], Is.EqualTo(field));
            Assert.That((string?)problem["fieldCodes"]!["pageSize"]![0], Is.EqualTo("paging.page_size_range"));
            Assert.That((string?)problem["code"], Is.EqualTo("paging.page_size_range"));
            Assert.That(response.Content.Headers.ContentLanguage, Is.EqualTo(new[] { contentLanguage }));
        });
    }

    [Test]
    public async Task Given_an_account_in_arabic_Then_its_answers_are_arabic_whatever_the_browser_asks()
    {
        const string email = "gerante.ar@coophub.test", password = "Tiznit-Argan-2026-ok";
        var created = await PostJsonAsync("/api/v1/users", new JsonObject
        {
            ["email"] = email, ["displayName"] = "مسيرة", ["language"] = "ar", ["password"] = password, ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-09"),
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        using var browser = App.CreateBrowser();
        var signedIn = await browser.PostAsync("/api/v1/auth/sign-in", new StringContent(new JsonObject { ["email"] = email, ["password"] = password }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var (problem, _) = await SendAsync(browser, HttpMethod.Get, "/api/v1/cooperatives?page=0", "fr-FR,fr;q=0.9");

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["title"], Is.EqualTo("الطلب غير صالح."));
            Assert.That((string?)problem["errors"]!["page"]![0], Is.EqualTo("تبدأ الصفحات من 1."));
        });
    }

    [Test]
    public async Task Given_malformed_json_or_a_wrong_type_in_arabic_Then_the_messages_are_arabic_and_name_no_json_path()
    {
        var (malformed, _) = await SendAsync(Client, HttpMethod.Post, "/api/v1/cooperatives", "ar", "{\"nameFr\": ");
        var (wrongType, _) = await SendAsync(Client, HttpMethod.Post, "/api/v1/cooperatives", "ar", "{\"members\": {\"total\": \"many\"}}");
        var (badId, _) = await SendAsync(Client, HttpMethod.Get, "/api/v1/cooperatives?page=two", "ar");

        Assert.Multiple(() =>
        {
            Assert.That((string?)malformed["detail"], Is.EqualTo("تعذرت قراءة الطلب؛ انظر الرسالة تحت كل حقل."));
            Assert.That((string?)malformed["errors"]!["body"]![0], Is.EqualTo("ما تم إرساله ليس JSON صالحًا."));
            Assert.That((string?)wrongType["errors"]!["members.total"]![0], Is.EqualTo("هذه القيمة من نوع أو صيغة غير صحيحة."));
            Assert.That((string?)wrongType["fieldCodes"]!["members.total"]![0], Is.EqualTo("request.wrong_type"));
            Assert.That((string?)badId["errors"]!["page"]![0], Is.EqualTo("«two» ليس عددًا صحيحًا."));
        });
    }

    [Test]
    public async Task Given_an_anonymous_write_in_arabic_Then_the_401_says_to_sign_in_in_arabic()
    {
        var (problem, _) = await SendAsync(Anonymous, HttpMethod.Post, "/api/v1/cooperatives", "ar", "{}", status: 401);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["title"], Is.EqualTo("يلزم تسجيل الدخول."));
            Assert.That((string?)problem["detail"], Is.EqualTo("سجّل الدخول للقيام بهذا."));
            Assert.That((string?)problem["code"], Is.EqualTo("auth.required"));
        });
    }

    [Test]
    public async Task Given_an_unknown_address_in_french_Then_the_404_is_french_and_names_no_route()
    {
        var (problem, _) = await SendAsync(Anonymous, HttpMethod.Get, "/api/v1/nothing-here", "fr", status: 404);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["title"], Is.EqualTo("Introuvable."));
            Assert.That((string?)problem["detail"], Is.EqualTo("Il n’y a rien à cette adresse."));
        });
    }

    [TestCase("ar", "3 حرفًا على الأكثر (كتبت 6).")]
    [TestCase("fr", "3 caractères au plus (vous en avez écrit 6).")]
    [TestCase("en", "At most 3 characters (you wrote 6).")]
    public void Given_a_rule_without_its_own_text_Then_fluent_validations_message_comes_from_the_catalogue(string language, string expected)
    {
        ValidationText.Install();
        var validator = new InlineValidator<Probe>();
        validator.RuleFor(x => x.Name).MaximumLength(3);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var failure = validator.Validate(new Probe("Assafi")).Errors.Single();
            Assert.Multiple(() =>
            {
                Assert.That(failure.ErrorMessage, Is.EqualTo(expected));
                Assert.That(ValidationText.FieldCode(failure.ErrorCode), Is.EqualTo("field.maximum_length"));
            });
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public sealed record Probe(string Name);
}

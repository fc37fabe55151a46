using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using CoopHub.ProjectBank;

namespace CoopHub.Api.Tests.ProjectBank;

/// <summary>
/// The bank answers in the reader's language (ADR 0020): the idea form, the curation and competition conflicts and the
/// jury's refusals, in Arabic and in French, each with its stable code; states as the screens name them, regions and
/// criteria by their names, dates as the reader writes them.
/// </summary>
public sealed class ProjectBankMessagesTests(Engine engine) : ProgramTest(engine)
{
    private const string Nnbsp = "\u202F";

    private static string Local(DateTime utc) => utc.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm':00'", CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string language, JsonNode? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return client.SendAsync(request);
    }

    private async Task<string> CompetitionAsync(string opensAt, string closesAt)
    {
        var eventId = await CreatedIdAsync("/api/v1/events", new JsonObject
        {
            ["kind"] = "ideathon", ["titleFr"] = "Idéathon", ["regionCode"] = "MA-02", ["status"] = "published",
            ["startsAt"] = Local(DateTime.UtcNow.AddDays(5)), ["endsAt"] = Local(DateTime.UtcNow.AddDays(5).AddHours(6)),
        });
        return await CreatedIdAsync(ProjectBankRoutes.Competitions, new JsonObject
        {
            ["titleFr"] = "Idéathon de l'innovation coopérative", ["eventId"] = eventId, ["status"] = "open", ["opensAt"] = opensAt, ["closesAt"] = closesAt,
            ["criteria"] = new JsonArray(
                new JsonObject { ["key"] = "social_impact", ["nameFr"] = "Impact social", ["weight"] = 40 },
                new JsonObject { ["key"] = "economic_impact", ["nameFr"] = "Impact économique", ["nameAr"] = "الأثر الاقتصادي", ["weight"] = 40 },
                new JsonObject { ["key"] = "innovation", ["nameFr"] = "Innovation", ["nameAr"] = "الابتكار", ["weight"] = 20 }),
        });
    }

    private async Task<string> PublishedIdeaAsync()
    {
        var id = await CreatedIdAsync(ProjectBankRoutes.Ideas, new JsonObject
        {
            ["cooperativeId"] = await CooperativeAsync(), ["titleFr"] = "Séchoir solaire", ["problem"] = "Les récoltes se perdent.", ["solution"] = "Un séchoir partagé.",
            ["sectors"] = new JsonArray("handicraft"),
        });
        foreach (var to in new[] { "submitted", "published" })
        {
            Assert.That((await PostJsonAsync($"{ProjectBankRoutes.Ideas}/{id}/transitions", new JsonObject { ["to"] = to })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
        return id;
    }

    [TestCase("ar", "الطلب غير صالح.", "اكتب عنوان الفكرة بالعربية أو بالفرنسية (أحدهما على الأقل).", "صِف المشكل الذي تجيب عنه الفكرة.",
        "لا يمكن أن تفوق مناصب الشغل المخصصة للنساء مجموع المناصب المتوقعة.", "أدخل استثمارًا أقل من 1" + Nnbsp + "000" + Nnbsp + "000" + Nnbsp + "000 درهم.")]
    [TestCase("fr", "La demande n’est pas valide.", "Donnez le titre de l’idée en arabe ou en français (au moins l’un des deux).", "Décrivez le problème auquel l’idée répond.",
        "Les emplois pour des femmes ne peuvent pas dépasser les emplois attendus.", "Indiquez un investissement inférieur à 1" + Nnbsp + "000" + Nnbsp + "000" + Nnbsp + "000 MAD.")]
    public async Task Given_an_idea_form_with_mistakes_Then_each_field_says_what_to_do_in_the_readers_language_with_its_code(
        string language, string title, string titleText, string problemText, string womenText, string investmentText)
    {
        var response = await SendAsync(Client, HttpMethod.Post, ProjectBankRoutes.Ideas, language, new JsonObject
        {
            ["problem"] = " ", ["solution"] = "Un séchoir partagé.", ["sectors"] = new JsonArray("handicraft"),
            ["investment"] = 2_000_000_000, ["jobs"] = new JsonObject { ["total"] = 3, ["women"] = 5 },
        });

        var problem = await ProblemAsync(response, 400);
        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["title"], Is.EqualTo(title));
            Assert.That((string?)problem["errors"]!["titleAr"]![0], Is.EqualTo(titleText));
            Assert.That((string?)problem["fieldCodes"]!["titleAr"]![0], Is.EqualTo("bank.idea.title_required"));
            Assert.That((string?)problem["errors"]!["problem"]![0], Is.EqualTo(problemText));
            Assert.That((string?)problem["errors"]!["jobs.women"]![0], Is.EqualTo(womenText));
            Assert.That((string?)problem["fieldCodes"]!["jobs.women"]![0], Is.EqualTo("bank.idea.women_jobs_over_total"));
            Assert.That((string?)problem["errors"]!["investment"]![0], Is.EqualTo(investmentText));
            Assert.That(response.Content.Headers.ContentLanguage, Is.EqualTo(new[] { language }));
        });
    }

    [TestCase("ar", "حالة الفكرة «مسودة»، ولا يمكن أن تصبح «منشورة». الحالات الممكنة: في انتظار المراجعة.")]
    [TestCase("fr", "L’idée est « Brouillon » : elle ne peut pas devenir « Publiée ». Elle peut devenir : En attente de curation.")]
    public async Task Given_a_draft_idea_published_at_once_Then_the_409_names_the_states_as_the_screen_does_and_keeps_the_allowed_list(string language, string detail)
    {
        var idea = await CreatedIdAsync(ProjectBankRoutes.Ideas, new JsonObject
        {
            ["titleAr"] = "مجفف شمسي", ["problem"] = "Les récoltes se perdent.", ["solution"] = "Un séchoir partagé.", ["sectors"] = new JsonArray("agriculture"),
        });

        var problem = await ProblemAsync(await SendAsync(Client, HttpMethod.Post, $"{ProjectBankRoutes.Ideas}/{idea}/transitions", language, new JsonObject { ["to"] = "published" }), 409);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["detail"], Is.EqualTo(detail));
            Assert.That((string?)problem["code"], Is.EqualTo("idea.transition_not_allowed"));
            Assert.That(problem["allowed"]!.AsArray().Select(a => (string?)a), Is.EqualTo(new[] { "submitted" }));
        });
    }

    [Test]
    public async Task Given_a_curators_comment_written_in_french_Then_an_arabic_reader_gets_it_as_it_was_typed()
    {
        const string comment = "Précisez le budget d’équipement et le nombre d’adhérentes.";
        var idea = await CreatedIdAsync(ProjectBankRoutes.Ideas, new JsonObject
        {
            ["titleFr"] = "Séchoir solaire", ["problem"] = "Les récoltes se perdent.", ["solution"] = "Un séchoir partagé.", ["sectors"] = new JsonArray("agriculture"),
        });
        await SendAsync(Client, HttpMethod.Post, $"{ProjectBankRoutes.Ideas}/{idea}/transitions", "fr", new JsonObject { ["to"] = "submitted" });
        var returned = await SendAsync(Client, HttpMethod.Post, $"{ProjectBankRoutes.Ideas}/{idea}/transitions", "fr", new JsonObject { ["to"] = "returned", ["comment"] = comment });
        Assert.That(returned.StatusCode, Is.EqualTo(HttpStatusCode.OK), await returned.Content.ReadAsStringAsync());

        var read = await BodyAsync(await SendAsync(Client, HttpMethod.Get, $"{ProjectBankRoutes.Ideas}/{idea}", "ar"));

        Assert.That(((string?)read["status"], (string?)read["curationComment"]), Is.EqualTo(("returned", comment)));
    }

    [TestCase("ar", "لا يشرف على هذه المسابقة إلا موظفو جهة الشرق (أو مدير النظام).")]
    [TestCase("fr", "Seul le personnel de la région L'Oriental (ou un administrateur) mène ce concours.")]
    public async Task Given_staff_of_another_region_Then_the_refusal_names_the_competitions_region(string language, string detail)
    {
        var competition = await CompetitionAsync(Local(DateTime.UtcNow.AddDays(-2)), Local(DateTime.UtcNow.AddDays(3)));
        var (elsewhere, _) = await KeyAsync(["staff"], ["MA-06"]);

        var problem = await ProblemAsync(await SendAsync(elsewhere, HttpMethod.Put, $"{ProjectBankRoutes.Competitions}/{competition}/awards", language, new JsonObject { ["awards"] = new JsonArray() }), 403);

        Assert.That((string?)problem["detail"], Is.EqualTo(detail));
        elsewhere.Dispose();
    }

    [TestCase("ar", "نقّط هذه المعايير أيضًا: Impact social، الأثر الاقتصادي.")]
    [TestCase("fr", "Notez aussi ces critères : Impact social, Impact économique.")]
    public async Task Given_a_score_sheet_missing_criteria_Then_it_names_them_in_the_readers_language(string language, string message)
    {
        var competition = await CompetitionAsync(Local(DateTime.UtcNow.AddDays(-2)), Local(DateTime.UtcNow.AddDays(3)));
        var entry = await CreatedIdAsync($"{ProjectBankRoutes.Competitions}/{competition}/entries", new JsonObject { ["ideaId"] = await PublishedIdeaAsync() });
        var adminId = (string)(await GetAsync<JsonNode>("/api/v1/auth/me"))["id"]!;
        Assert.That((await PostJsonAsync($"{ProjectBankRoutes.Competitions}/{competition}/jurors", new JsonObject { ["jurorId"] = adminId })).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        Task<HttpResponseMessage> Score(string criterion) => SendAsync(Client, HttpMethod.Put, $"{ProjectBankRoutes.Competitions}/{competition}/entries/{entry}/scores/mine", language,
            new JsonObject { ["scores"] = new JsonArray(new JsonObject { ["criterion"] = criterion, ["score"] = 5 }) });
        var unknown = await ProblemAsync(await Score("sustainability"), 400);
        var partial = await ProblemAsync(await Score("innovation"), 400);

        Assert.Multiple(() =>
        {
            Assert.That((string?)unknown["fieldCodes"]!["scores"]![0], Is.EqualTo("bank.score.criteria_unknown"));
            Assert.That((string?)partial["fieldCodes"]!["scores"]![0], Is.EqualTo("bank.score.criteria_missing"));
            Assert.That((string?)partial["errors"]!["scores"]![0], Is.EqualTo(message));
        });
    }

    [TestCase("ar", "تقبل المسابقة المشاركات حين تكون مفتوحة، من {0} إلى {1} (بتوقيت المغرب).")]
    [TestCase("fr", "Le concours accepte les candidatures quand il est ouvert, du {0} au {1} (heure du Maroc).")]
    public async Task Given_a_closed_competition_Then_the_409_gives_its_window_as_the_reader_writes_dates(string language, string template)
    {
        var opens = DateTime.UtcNow.AddDays(-3);
        var closes = DateTime.UtcNow.AddMinutes(-5);
        var competition = await CompetitionAsync(Local(opens), Local(closes));

        var problem = await ProblemAsync(await SendAsync(Client, HttpMethod.Post, $"{ProjectBankRoutes.Competitions}/{competition}/entries", language,
            new JsonObject { ["ideaId"] = await PublishedIdeaAsync() }), 409);

        static string Written(DateTime utc) => utc.AddHours(1).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("competition.closed"));
            Assert.That((string?)problem["detail"], Is.EqualTo(string.Format(CultureInfo.InvariantCulture, template, Written(opens), Written(closes))));
        });
    }
}

using System.Data.Common;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Programs;
using Dapper;

namespace CoopHub.Api.Tests.Programs;

/// <summary>
/// Programs answers in the reader's language (ADR 0020): form and conflict messages with their codes, refusals naming
/// regions, and what the system wrote into an application's history and eligibility, rendered when read.
/// </summary>
public sealed partial class ProgramMessagesTests(Engine engine) : ProgramTest(engine)
{
    private async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string language, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return await client.SendAsync(request);
    }

    private async Task<JsonNode> ReadAsync(string url, string language)
    {
        var response = await SendAsync(Client, HttpMethod.Get, url, language);
        var body = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToJsonString());
        return body;
    }

    [TestCase("ar", "يجب أن يكون مجموع أوزان المعايير 100.", "أدخل عنوان الطلب بالعربية أو بالفرنسية (واحدة منهما على الأقل).")]
    [TestCase("fr", "La somme des poids des critères doit être égale à 100.", "Donnez le titre de l’appel en arabe ou en français (au moins l’un des deux).")]
    public async Task Given_a_call_form_with_mistakes_Then_each_field_says_what_is_wrong_in_the_readers_language_with_its_code(
        string language, string weights, string title)
    {
        var program = await CreatedIdAsync(ProgramsRoutes.Programs, ProgramBody());
        var body = CallBody(program);
        body.Remove("titleAr");
        body.Remove("titleFr");
        body["criteria"]![1]!["weight"] = 30;

        var problem = await ProblemAsync(await SendAsync(Client, HttpMethod.Post, ProgramsRoutes.Calls, language, body), 400);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["errors"]!["criteria"]![0], Is.EqualTo(weights));
            Assert.That((string?)problem["fieldCodes"]!["criteria"]![0], Is.EqualTo("programs.criterias_weights_must_sum_100"));
            Assert.That((string?)problem["errors"]!["titleAr"]![0], Is.EqualTo(title));
            Assert.That((string?)problem["fieldCodes"]!["titleAr"]![0], Is.EqualTo("programs.give_calls_title_arabic_french_least"));
        });
    }

    [TestCase("ar", "لا يمكن أن ينتقل الترشيح من «مسودة» إلى «منتقى».")]
    [TestCase("fr", "Une candidature ne peut pas passer de « brouillon » à « retenue ».")]
    [TestCase("en", "An application cannot go from “draft” to “selected”.")]
    public async Task Given_a_move_the_state_machine_refuses_Then_the_conflict_names_both_states_as_the_reader_says_them(string language, string detail)
    {
        var (_, call) = await ProgramAndCallAsync();
        var draft = await CreatedIdAsync($"{ProgramsRoutes.Calls}/{call}/applications", ApplicationBody(await CooperativeAsync()));

        var problem = await ProblemAsync(await SendAsync(Client, HttpMethod.Post, $"{ProgramsRoutes.Applications}/{draft}/transitions", language,
            new JsonObject { ["to"] = "selected", ["reason"] = "Premier du classement" }), 409);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("application.transition_not_allowed"));
            Assert.That((string?)problem["detail"], Is.EqualTo(detail));
            Assert.That(problem["allowed"]!.AsArray().Select(a => (string?)a), Is.EqualTo(new[] { "withdrawn" }), "clients still get the moves as data");
        });
    }

    [TestCase("ar", "لا يمكن فتح طلب إبداء اهتمام لهذا البرنامج إلا لموظفي الشرق (أو لمدير النظام).")]
    [TestCase("fr", "Seul le personnel de L'Oriental (ou un administrateur) peut ouvrir un appel pour ce programme.")]
    public async Task Given_staff_of_another_region_Then_the_refusal_names_the_programs_region_not_its_code(string language, string detail)
    {
        var program = await CreatedIdAsync(ProgramsRoutes.Programs, ProgramBody());
        var (casablanca, _) = await KeyAsync(["staff"], ["MA-06"]);

        var problem = await ProblemAsync(await SendAsync(casablanca, HttpMethod.Post, ProgramsRoutes.Calls, language, CallBody(program)), 403);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("auth.forbidden"));
            Assert.That((string?)problem["detail"], Is.EqualTo(detail));
            Assert.That((string?)problem["detail"], Does.Not.Contain("MA-02"));
        });
    }

    [Test]
    public async Task Given_an_application_checked_while_the_manager_read_french_Then_staff_reading_arabic_see_its_history_and_reasons_in_arabic()
    {
        var (_, call) = await ProgramAndCallAsync(rules: new JsonObject { ["regions"] = new JsonArray("MA-02"), ["minMembers"] = 25 });
        var coop = await CooperativeAsync(region: "MA-06", province: "MA-CAS", total: 8);
        var id = await CreatedIdAsync($"{ProgramsRoutes.Calls}/{call}/applications", ApplicationBody(coop));
        var submitted = await BodyAsync(await SendAsync(Client, HttpMethod.Post, $"{ProgramsRoutes.Applications}/{id}/submit", "fr"));

        var arabic = await ReadAsync($"{ProgramsRoutes.Applications}/{id}", "ar");
        var historyAr = (await ReadAsync($"{ProgramsRoutes.Applications}/{id}/history", "ar")).AsArray();
        var historyFr = (await ReadAsync($"{ProgramsRoutes.Applications}/{id}/history", "fr")).AsArray();

        const string regionAr = "الطلب موجّه لتعاونيات: الشرق؛ هذه التعاونية في جهة الدار البيضاء سطات.";
        const string membersAr = "يشترط الطلب ألا يقل عدد الأعضاء عن 25؛ عدد أعضاء هذه التعاونية في السجل: 8.";
        Assert.Multiple(() =>
        {
            Assert.That((string?)submitted["eligibility"]![0]!["message"],
                Is.EqualTo("L’appel vise les coopératives de : L'Oriental ; celle-ci est dans la région Casablanca-Settat."));
            Assert.That(arabic["eligibility"]!.AsArray().Select(f => (string?)f!["message"]), Is.EqualTo(new[] { regionAr, membersAr }));
            Assert.That(arabic["eligibility"]!.AsArray().Select(f => (string?)f!["rule"]), Is.EqualTo(new[] { "region", "members" }));
            var checkedAr = historyAr.Last()!;
            Assert.That((string?)checkedAr["to"], Is.EqualTo("ineligible"));
            Assert.That((string?)checkedAr["actor"], Is.EqualTo("التحقق من الأهلية"));
            Assert.That((string?)checkedAr["reason"], Is.EqualTo($"لا تستوفي كل شروط الطلب: {regionAr} {membersAr}"));
            Assert.That((string?)historyFr.Last()!["actor"], Is.EqualTo("vérification d’éligibilité"));
            Assert.That((string?)historyFr.Last()!["reason"], Does.StartWith("Ne remplit pas toutes les conditions de l’appel : L’appel vise"));
            Assert.That((string?)historyAr[0]!["actor"], Is.Not.Empty.And.Not.EqualTo("التحقق من الأهلية"), "a person keeps their name");
        });
    }

    [TestCase("ar", "الطلب موجّه لقطاعات: الفلاحة، الصناعة التقليدية؛ تعمل التعاونية في: الأركان.")]
    [TestCase("fr", "L’appel vise les secteurs Agriculture, Artisanat ; la coopérative travaille dans : Argan.")]
    public async Task Given_an_open_call_a_cooperative_does_not_qualify_for_Then_the_reason_names_the_sectors_as_the_reader_knows_them(
        string language, string reason)
    {
        var (_, call) = await ProgramAndCallAsync();
        var coop = await CooperativeAsync(sector: "argan");

        var calls = (await ReadAsync($"/api/v1/cooperatives/{coop}/open-calls", language)).AsArray();

        var open = calls.Single(c => (string?)c!["call"]!["id"] == call)!;
        Assert.Multiple(() =>
        {
            Assert.That((bool?)open["eligible"], Is.False);
            Assert.That(open["failures"]!.AsArray().Select(f => ((string?)f!["rule"], (string?)f["message"])), Is.EqualTo(new[] { ("sector", reason) }));
        });
    }

    [Test]
    public async Task Given_a_typed_override_reason_Then_it_stays_as_typed_inside_the_readers_sentence()
    {
        var (_, call) = await ProgramAndCallAsync(rules: new JsonObject { ["minMembers"] = 25 });
        var (id, _) = await SubmittedAsync(call, await CooperativeAsync(total: 8));

        var overridden = await SendAsync(Client, HttpMethod.Post, $"{ProgramsRoutes.Applications}/{id}/eligibility", "fr",
            new JsonObject { ["eligible"] = true, ["reason"] = "Dérogation du comité régional" });
        Assert.That(overridden.StatusCode, Is.EqualTo(HttpStatusCode.OK), await overridden.Content.ReadAsStringAsync());

        Assert.Multiple(async () =>
        {
            Assert.That((string?)(await ReadAsync($"{ProgramsRoutes.Applications}/{id}/history", "ar")).AsArray().Last()!["reason"],
                Is.EqualTo("قرّر الموظفون الأهلية: Dérogation du comité régional"));
            Assert.That((string?)(await ReadAsync($"{ProgramsRoutes.Applications}/{id}/history", "fr")).AsArray().Last()!["reason"],
                Is.EqualTo("Éligibilité décidée par le personnel : Dérogation du comité régional"));
            Assert.That(await ScalarAsync<string>("SELECT reason_code FROM prog_application_history WHERE application_id = @Id AND to_status = 'eligible'",
                new { Id = Guid.Parse(id) }), Is.EqualTo("programs.history.eligibility_override"));
        });
    }

    [Test]
    public async Task Given_english_history_written_before_migration_0015_Then_the_migration_turns_it_into_codes_read_in_arabic()
    {
        var (_, call) = await ProgramAndCallAsync();
        var (id, _) = await SubmittedAsync(call, await CooperativeAsync());
        var appId = Guid.Parse(id);
        // What the module wrote before issue 17: English sentences and the eligibility check's English name.
        await ExecuteAsync("DELETE FROM prog_application_history WHERE application_id = @Id AND sequence > 1", new { Id = appId });
        await ExecuteAsync("""
            INSERT INTO prog_application_history (id, application_id, sequence, from_status, to_status, reason, actor, at) VALUES
              (@A, @Id, 2, 'draft', 'submitted', NULL, 'Nadia Benali', @At),
              (@B, @Id, 3, 'submitted', 'ineligible', 'The call is for cooperatives of MA-01, MA-04; this one is in MA-02.', 'eligibility check', @At),
              (@C, @Id, 4, 'ineligible', 'eligible', 'Eligibility override: Dossier complet', 'Nadia Benali', @At),
              (@D, @Id, 5, 'eligible', 'withdrawn', 'Cooperative dissolved on 2026-01-05.', 'system', @At)
            """, new { A = Guid.NewGuid(), B = Guid.NewGuid(), C = Guid.NewGuid(), D = Guid.NewGuid(), Id = appId, At = DateTimeOffset.UtcNow });
        await ExecuteAsync("UPDATE prog_applications SET eligibility = @E WHERE id = @Id", new
        {
            E = """[{"rule":"region","message":"The call is for cooperatives of MA-01, MA-04; this one is in MA-02."}]""", Id = appId,
        });

        await RunConversionOf0015Async();
        var history = (await ReadAsync($"{ProgramsRoutes.Applications}/{id}/history", "ar")).AsArray();
        var application = await ReadAsync($"{ProgramsRoutes.Applications}/{id}", "ar");

        const string region = "الطلب موجّه لتعاونيات: طنجة تطوان الحسيمة، الرباط سلا القنيطرة؛ هذه التعاونية في جهة الشرق.";
        Assert.Multiple(() =>
        {
            Assert.That((string?)application["eligibility"]![0]!["message"], Is.EqualTo(region));
            Assert.That(history.Select(h => (string?)h!["reason"]).Skip(2), Is.EqualTo(new[]
            {
                $"لا تستوفي كل شروط الطلب: {region}", "قرّر الموظفون الأهلية: Dossier complet", "حُلّت التعاونية يوم 05/01/2026.",
            }));
            Assert.That(history.Select(h => (string?)h!["actor"]).Skip(1), Is.EqualTo(new[] { "Nadia Benali", "التحقق من الأهلية", "Nadia Benali", "CoopHub (تلقائي)" }));
        });
    }

    /// <summary>Runs migration 0015's conversion (everything after its column changes) again on rows written the old way.</summary>
    private async Task RunConversionOf0015Async()
    {
        var engine = Engine == Engine.SqlServer ? "sqlserver" : "sqlite";
        var script = await File.ReadAllTextAsync(RepoPaths.Combine("db", "migrations", engine, "0015_programs_messages_as_codes.sql"));
        var batches = Engine == Engine.SqlServer
            ? GoLine().Split(script).Skip(1)
            : [string.Join('\n', script.Split('\n').Where(l => !l.StartsWith("ALTER TABLE", StringComparison.Ordinal)))];
        foreach (var batch in batches.Where(b => !string.IsNullOrWhiteSpace(b))) await ExecuteAsync(batch);
    }

    private async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using DbConnection connection = Engine == Engine.SqlServer
            ? new Microsoft.Data.SqlClient.SqlConnection(ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;
using CoopHub.Cooperatives.Model;

namespace CoopHub.Api.Tests.Cooperatives;

/// <summary>
/// The registry answers in the reader's language (ADR 0020): form messages, conflicts, CSV row errors and the status
/// history, each with its stable code; the system's history entries follow the reader's language, a person's words stay.
/// </summary>
public sealed class CooperativeMessagesTests(Engine engine) : CooperativeTest(engine)
{
    private const string Header = "registrationNumber,nameAr,nameFr,sectors,regionCode,provinceCode,membersTotal,membersWomen,membersYouth,womenLed,foundedOn,needs,status";

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string language, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        return Client.SendAsync(request);
    }

    private static StringContent JsonBody(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    private static StringContent Csv(string csv) => new(csv, new UTF8Encoding(false), "text/csv");

    [TestCase("ar", "لا يمكن أن يتجاوز عدد العضوات مجموع الأعضاء.")]
    [TestCase("fr", "Les femmes membres ne peuvent pas être plus nombreuses que l’ensemble des membres.")]
    [TestCase("en", "Women members cannot outnumber all members.")]
    public async Task Given_more_women_than_members_Then_the_field_message_is_in_the_readers_language_with_its_code(string language, string message)
    {
        var response = await SendAsync(HttpMethod.Post, CooperativesRoutes.Base, language, JsonBody(CooperativeBodies.Valid(total: 10, women: 11)));

        var problem = await ProblemAsync(response, 400);
        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["errors"]!["members.women"]![0], Is.EqualTo(message));
            Assert.That((string?)problem["fieldCodes"]!["members.women"]![0], Is.EqualTo("cooperatives.members.women_over_total"));
            Assert.That((string?)problem["code"], Is.EqualTo("cooperatives.members.women_over_total"));
        });
    }

    [TestCase("ar", "لا يمكن لتعاونية متوقفة مؤقتًا أن تصبح منحلّة مباشرة؛ يمكنها أن تصبح: نشيطة، في طور التصفية.")]
    [TestCase("fr", "Une coopérative en sommeil ne peut pas devenir dissoute directement ; elle peut devenir : en activité, en liquidation.")]
    public async Task Given_a_skipped_step_Then_409_names_the_statuses_in_the_readers_words(string language, string detail)
    {
        var (id, _) = await RegisterAsync(CooperativeBodies.Valid());
        Assert.That((await ChangeStatusAsync(id, "dormant", "2024-01-01")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var body = new JsonObject { ["status"] = "dissolved", ["effectiveOn"] = "2024-02-01", ["reason"] = "Décision de l'assemblée générale" };
        var problem = await ProblemAsync(await SendAsync(HttpMethod.Post, $"{CooperativesRoutes.Base}/{id}/status", language, JsonBody(body)), 409);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("cooperative.status_transition"));
            Assert.That((string?)problem["detail"], Is.EqualTo(detail));
        });
    }

    [Test]
    public async Task Given_a_date_before_the_founding_in_arabic_Then_the_date_is_written_day_month_year()
    {
        var (id, _) = await RegisterAsync(CooperativeBodies.Valid(foundedOn: "2019-03-08"));

        var body = new JsonObject { ["status"] = "dormant", ["effectiveOn"] = "2010-01-01" };
        var problem = await ProblemAsync(await SendAsync(HttpMethod.Post, $"{CooperativesRoutes.Base}/{id}/status", "ar", JsonBody(body)), 400);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["errors"]!["effectiveOn"]![0], Is.EqualTo("هذا التاريخ سابق لتأسيس التعاونية (08/03/2019)."));
            Assert.That((string?)problem["fieldCodes"]!["effectiveOn"]![0], Is.EqualTo("cooperatives.status_change.before_founding"));
        });
    }

    [Test]
    public async Task Given_a_registration_number_taken_in_french_Then_409_says_so_under_the_field_too()
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "OUJ-7"));

        var problem = await ProblemAsync(await SendAsync(HttpMethod.Post, CooperativesRoutes.Base, "fr", JsonBody(CooperativeBodies.Valid(registrationNumber: "ouj-7"))), 409);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("cooperative.registration_number_taken"));
            Assert.That((string?)problem["detail"], Is.EqualTo("Une coopérative portant le numéro d’immatriculation « ouj-7 » est déjà enregistrée."));
            Assert.That((string?)problem["errors"]!["registrationNumber"]![0], Is.EqualTo("Ce numéro d’immatriculation est déjà enregistré."));
            Assert.That((string?)problem["fieldCodes"]!["registrationNumber"]![0], Is.EqualTo("cooperatives.registration_number.taken"));
        });
    }

    [Test]
    public async Task Given_a_csv_with_errors_in_arabic_Then_each_row_error_has_its_column_and_code_and_an_arabic_message_that_names_no_column()
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "EXISTING", region: "MA-07", province: "MA-ESI"));
        var csv = $"""
            {Header}
            A-1,تعاونية,,argan,MA-07,MA-ESI,30,3,6,true,2024-13-45,,
            A-2,تعاونية,,argan,MA-07,MA-ESI,trente,0,0,peut-être,,teleport,closed
            EXISTING,تعاونية,,argan,MA-07,MA-ESI,10,11,0,true,,,
            """;

        var problem = await ProblemAsync(await SendAsync(HttpMethod.Post, $"{CooperativesRoutes.Base}/import", "ar", Csv(csv)), 422);

        var errors = problem["errors"]!.AsArray().Select(e => (Row: (int)e!["row"]!, Field: (string)e["field"]!, Code: (string)e["code"]!, Message: (string)e["message"]!)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("import.invalid_rows"));
            Assert.That((string?)problem["detail"], Is.EqualTo("في الملف أخطاء، لذلك لم يُستورد أي شيء. عدد الأسطر التي بها أخطاء: 3. صحّحها ثم أرسل الملف كاملًا من جديد."));
            Assert.That(errors, Does.Contain((2, "foundedOn", "cooperatives.import.not_a_date", "«2024-13-45» ليس تاريخًا صحيحًا؛ اكتب السنة ثم الشهر ثم اليوم بالأرقام، مثل 2024-03-15.")));
            Assert.That(errors, Does.Contain((3, "membersTotal", "cooperatives.import.not_a_whole_number", "«trente» ليس عددًا صحيحًا.")));
            Assert.That(errors, Does.Contain((3, "womenLed", "cooperatives.import.not_yes_or_no", "«peut-être» ليست «نعم» ولا «لا».")));
            Assert.That(errors.Select(e => (e.Row, e.Field, e.Code)), Does.Contain((3, "needs", "cooperatives.import.unknown_need")));
            Assert.That(errors.Select(e => (e.Row, e.Field, e.Code)), Does.Contain((3, "status", "cooperatives.import.unknown_status")));
            Assert.That(errors, Does.Contain((4, "registrationNumber", "cooperatives.import.already_registered", "«EXISTING» مسجّل من قبل.")));
            Assert.That(errors, Does.Contain((4, "membersWomen", "cooperatives.members.women_over_total", "لا يمكن أن يتجاوز عدد العضوات مجموع الأعضاء.")));
            foreach (var error in errors)
            {
                Assert.That(CooperativeCsv.Columns.Where(c => error.Message.Contains(c, StringComparison.OrdinalIgnoreCase)), Is.Empty, error.Message);
                Assert.That(error.Message, Does.Not.Contain("/api/").And.Not.Contain("YYYY"), error.Message);
            }
        });
    }

    [Test]
    public async Task Given_a_file_with_a_wrong_header_in_french_Then_the_column_is_the_field_not_the_message()
    {
        var problem = await ProblemAsync(await SendAsync(HttpMethod.Post, $"{CooperativesRoutes.Base}/import", "fr", Csv("registrationNumber,nameAr,couleur\n")), 422);

        var errors = problem["errors"]!.AsArray().Select(e => (Field: (string)e!["field"]!, Code: (string)e["code"]!, Message: (string)e["message"]!)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(errors, Does.Contain(("couleur", "cooperatives.import.unknown_column",
                "Le registre n’a pas de colonne de ce nom ; nommez les colonnes comme la première ligne d’un export.")));
            Assert.That(errors, Does.Contain(("regionCode", "cooperatives.import.column_missing", "Cette colonne est obligatoire, mais la première ligne ne la nomme pas.")));
        });
    }

    [Test]
    public async Task Given_history_written_by_a_french_request_When_read_in_arabic_Then_the_systems_entries_are_arabic_and_a_persons_reason_stays()
    {
        var registered = await SendAsync(HttpMethod.Post, CooperativesRoutes.Base, "fr", JsonBody(CooperativeBodies.Valid(registrationNumber: "H-1")));
        Assert.That(registered.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var id = (string)(await BodyAsync(registered))["id"]!;
        Assert.That((await ChangeStatusAsync(id, "dormant", "2024-06-30", "Pas d'activité depuis deux ans")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var imported = await SendAsync(HttpMethod.Post, $"{CooperativesRoutes.Base}/import", "fr", Csv($"{Header}\nH-2,تعاونية,,argan,MA-07,MA-ESI,3,1,1,false,,,\n"));
        Assert.That(imported.StatusCode, Is.EqualTo(HttpStatusCode.OK), await imported.Content.ReadAsStringAsync());
        var importedId = (string)(await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}?q=H-2")))["items"]![0]!["id"]!;

        var arabic = (await BodyAsync(await SendAsync(HttpMethod.Get, $"{CooperativesRoutes.Base}/{id}/status-history", "ar"))).AsArray();
        var french = (await BodyAsync(await SendAsync(HttpMethod.Get, $"{CooperativesRoutes.Base}/{id}/status-history", "fr"))).AsArray();
        var importedArabic = (await BodyAsync(await SendAsync(HttpMethod.Get, $"{CooperativesRoutes.Base}/{importedId}/status-history", "ar"))).AsArray();

        Assert.Multiple(() =>
        {
            Assert.That((string?)arabic[1]!["reason"], Is.EqualTo("سُجّلت في سجل التعاونيات."));
            Assert.That((string?)french[1]!["reason"], Is.EqualTo("Inscrite au registre."));
            Assert.That((string?)arabic[0]!["reason"], Is.EqualTo("Pas d'activité depuis deux ans"), "a person's words are kept as typed");
            Assert.That((string?)importedArabic[0]!["reason"], Is.EqualTo("استُوردت إلى سجل التعاونيات من ملف."));
        });
    }

    [Test]
    public async Task Given_entries_written_in_english_before_the_catalogues_When_migrated_Then_they_read_in_the_readers_language()
    {
        if (Engine != Engine.Sqlite) Assert.Ignore("The migration's statements are replayed on SQLite; MigrationTests parse the T-SQL one.");
        var (id, _) = await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "OLD-1"));
        Assert.That((await ChangeStatusAsync(id, "dormant", "2024-06-30", "Registered")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "UPDATE coop_status_changes SET reason = 'Registered', reason_code = NULL WHERE sequence = 1");

        var script = await File.ReadAllTextAsync(RepoPaths.Combine("db", "migrations", "sqlite", "0014_cooperatives_status_reason_codes.sql"));
        foreach (var update in script.Split(';').Select(s => s.Trim()).Where(s => s.Contains("UPDATE", StringComparison.Ordinal)))
        {
            await ExecuteAsync(connection, update);
        }

        var history = (await BodyAsync(await SendAsync(HttpMethod.Get, $"{CooperativesRoutes.Base}/{id}/status-history", "ar"))).AsArray();
        Assert.Multiple(() =>
        {
            Assert.That((string?)history[1]!["reason"], Is.EqualTo("سُجّلت في سجل التعاونيات."));
            Assert.That((string?)history[0]!["reason"], Is.EqualTo("Registered"), "a reason a person typed is not the system's, whatever its words");
        });
    }

    private static async Task ExecuteAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;

namespace CoopHub.Api.Tests.Cooperatives;

public sealed class RegisterCooperativeTests(Engine engine) : ApiTest(engine)
{
    [Test]
    public async Task Given_a_valid_cooperative_Then_201_with_location_and_etag_and_it_reads_back()
    {
        var response = await PostJsonAsync(CooperativesRoutes.Base, CooperativeBodies.Valid());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var created = await BodyAsync(response);
        var id = (string)created["id"]!;
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"{CooperativesRoutes.Base}/{id}"));
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That((string?)created["status"], Is.EqualTo("active"));
            Assert.That((int?)created["version"], Is.EqualTo(1));
        });

        var read = await Client.GetAsync(response.Headers.Location);
        var body = await BodyAsync(read);
        Assert.Multiple(() =>
        {
            Assert.That(read.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That((string?)body["registrationNumber"], Is.EqualTo("02-2020-000001"));
            Assert.That((string?)body["nameAr"], Is.EqualTo("تعاونية الكرامة للنسيج"));
            Assert.That((int?)body["members"]!["women"], Is.EqualTo(15));
            Assert.That(body["needs"]!.AsArray().Select(n => (string?)n), Is.EqualTo(new[] { "marketing", "digital" }));
            Assert.That((string?)body["certifications"]![0]!["issuer"], Is.EqualTo("ODCO"));
            Assert.That((string?)body["foundedOn"], Is.EqualTo("2019-03-08"));
        });
    }

    [Test]
    public async Task Given_a_duplicate_registration_number_Then_409_and_the_first_is_unchanged()
    {
        var first = await PostJsonAsync(CooperativesRoutes.Base, CooperativeBodies.Valid(nameAr: "الأولى"));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var second = await PostJsonAsync(CooperativesRoutes.Base, CooperativeBodies.Valid(registrationNumber: "  02-2020-000001 ", nameAr: "الثانية"));

        var problem = await ProblemAsync(second, 409);
        Assert.That(FieldsIn(problem), Does.Contain("registrationNumber"));
        var list = await BodyAsync(await Client.GetAsync(CooperativesRoutes.Base));
        Assert.Multiple(() =>
        {
            Assert.That((int?)list["total"], Is.EqualTo(1));
            Assert.That((string?)list["items"]![0]!["nameAr"], Is.EqualTo("الأولى"));
        });
    }

    [Test]
    public async Task Given_two_concurrent_registrations_of_one_number_Then_one_201_and_one_409()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostJsonAsync(CooperativesRoutes.Base, CooperativeBodies.Valid())));

        var statuses = responses.Select(r => (int)r.StatusCode).OrderBy(s => s).ToArray();
        Assert.That(statuses, Is.EqualTo(new[] { 201, 409, 409, 409, 409, 409 }));
    }

    [Test]
    public async Task Given_an_empty_body_object_Then_400_names_each_required_field()
    {
        var problem = await ProblemAsync(await PostJsonAsync(CooperativesRoutes.Base, new JsonObject()), 400);

        Assert.That(FieldsIn(problem), Is.SupersetOf(new[] { "registrationNumber", "nameAr", "sectors", "regionCode", "provinceCode", "members" }));
    }

    [Test]
    public async Task Given_a_province_outside_the_region_Then_400_on_provinceCode()
    {
        var problem = await ProblemAsync(await PostJsonAsync(CooperativesRoutes.Base, CooperativeBodies.Valid(region: "MA-06", province: "MA-OUJ")), 400);

        Assert.That(FieldsIn(problem), Is.EqualTo(new[] { "provinceCode" }));
        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["errors"]!["provinceCode"]![0], Is.EqualTo("Cette province n’est pas dans la région Casablanca-Settat."), "the region by its name");
            Assert.That((string?)problem["fieldCodes"]!["provinceCode"]![0], Is.EqualTo("reference.province_not_in_region"));
        });
    }

    [TestCase(10, 11, 0, "members.women")]
    [TestCase(10, 0, 11, "members.youth")]
    [TestCase(-1, 0, 0, "members.total")]
    public async Task Given_impossible_member_counts_Then_400_on_that_count(int total, int women, int youth, string field)
    {
        var problem = await ProblemAsync(await PostJsonAsync(CooperativesRoutes.Base, CooperativeBodies.Valid(total: total, women: women, youth: youth)), 400);

        Assert.That(FieldsIn(problem), Does.Contain(field));
    }

    [Test]
    public async Task Given_a_founding_date_in_the_future_Then_400_on_foundedOn()
    {
        var future = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd");
        var problem = await ProblemAsync(await PostJsonAsync(CooperativesRoutes.Base, CooperativeBodies.Valid(foundedOn: future)), 400);

        Assert.That(FieldsIn(problem), Is.EqualTo(new[] { "foundedOn" }));
    }

    [Test]
    public async Task Given_unknown_or_too_many_sectors_Then_400_on_sectors()
    {
        var unknown = CooperativeBodies.Valid();
        unknown["sectors"] = new JsonArray("handicraft", "rockets");
        var tooMany = CooperativeBodies.Valid();
        tooMany["sectors"] = new JsonArray("agriculture", "agri_food", "argan", "handicraft", "eco_tourism", "heritage");

        var unknownProblem = await ProblemAsync(await PostJsonAsync(CooperativesRoutes.Base, unknown), 400);
        var tooManyProblem = await ProblemAsync(await PostJsonAsync(CooperativesRoutes.Base, tooMany), 400);

        Assert.Multiple(() =>
        {
            Assert.That(FieldsIn(unknownProblem), Is.EqualTo(new[] { "sectors[1]" }));
            Assert.That(FieldsIn(tooManyProblem), Is.EqualTo(new[] { "sectors" }));
        });
    }

    [Test]
    public async Task Given_malformed_json_Then_400_problem_and_nothing_written()
    {
        var response = await Client.PostAsync(CooperativesRoutes.Base, new StringContent("{\"registrationNumber\": \"x\",", Encoding.UTF8, "application/json"));

        await ProblemAsync(response, 400);
        Assert.That((int?)(await BodyAsync(await Client.GetAsync(CooperativesRoutes.Base)))["total"], Is.EqualTo(0));
    }

    [TestCase("members", "total", "\"twelve\"", "members.total")]
    [TestCase(null, "foundedOn", "\"08/03/2019\"", "foundedOn")]
    [TestCase(null, "womenLed", "\"yes\"", "womenLed")]
    [TestCase(null, "sectors", "\"handicraft\"", "sectors")]
    [TestCase(null, "nameAr", "42", "nameAr")]
    public async Task Given_a_wrong_type_Then_400_naming_the_field(string? parent, string property, string rawValue, string field)
    {
        var body = CooperativeBodies.Valid();
        var target = parent is null ? body : body[parent]!.AsObject();
        target[property] = JsonNode.Parse(rawValue);

        var problem = await ProblemAsync(await PostJsonAsync(CooperativesRoutes.Base, body), 400);

        Assert.That(FieldsIn(problem), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task Given_an_unknown_need_Then_400_naming_the_item()
    {
        var body = CooperativeBodies.Valid();
        body["needs"] = new JsonArray("marketing", "teleportation");

        var problem = await ProblemAsync(await PostJsonAsync(CooperativesRoutes.Base, body), 400);

        Assert.That(FieldsIn(problem), Is.EqualTo(new[] { "needs[1]" }));
    }

    [Test]
    public async Task Given_a_body_over_one_megabyte_Then_413_problem()
    {
        var body = CooperativeBodies.Valid();
        body["activities"] = new string('ⵣ', 600_000); // Tifinagh: 3 bytes each in UTF-8

        var problem = await ProblemAsync(await PostJsonAsync(CooperativesRoutes.Base, body), 413);

        Assert.That((string?)problem["code"], Is.EqualTo("body.too_large"));
        Assert.That((string?)problem["detail"], Does.Contain("1\u202F024 Ko"), "the limit as the reader writes it");
    }

    [Test]
    public async Task Given_a_long_string_under_the_limit_Then_400_on_that_field_not_500()
    {
        var body = CooperativeBodies.Valid();
        body["nameFr"] = new string('e', 200_000);

        var problem = await ProblemAsync(await PostJsonAsync(CooperativesRoutes.Base, body), 400);

        Assert.That(FieldsIn(problem), Is.EqualTo(new[] { "nameFr" }));
    }

    [Test]
    public async Task Given_arabic_tifinagh_emoji_and_sql_metacharacters_Then_they_are_stored_verbatim()
    {
        const string nameAr = "تعاونية 'النور'; DROP TABLE coop_cooperatives;-- ⵜⴰⵎⴰⵣⵉⵖⵜ 🌿";
        const string nameFr = "Coop \"L'Étoile\" % _ [x] \\ 🫒";
        var response = await PostJsonAsync(CooperativesRoutes.Base, CooperativeBodies.Valid(nameAr: nameAr, nameFr: nameFr));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());

        var read = await BodyAsync(await Client.GetAsync(response.Headers.Location));

        Assert.Multiple(() =>
        {
            Assert.That((string?)read["nameAr"], Is.EqualTo(nameAr));
            Assert.That((string?)read["nameFr"], Is.EqualTo(nameFr));
        });
    }

    [Test]
    public async Task Given_a_body_that_is_not_json_Then_415_or_400_problem()
    {
        var response = await Client.PostAsync(CooperativesRoutes.Base, new StringContent("registrationNumber=1", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.That((int)response.StatusCode, Is.AnyOf(400, 415));
        await ProblemAsync(response, (int)response.StatusCode);
    }
}

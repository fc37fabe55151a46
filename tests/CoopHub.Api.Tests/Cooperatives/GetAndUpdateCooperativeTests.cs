using System.Net;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;

namespace CoopHub.Api.Tests.Cooperatives;

public sealed class GetAndUpdateCooperativeTests(Engine engine) : CooperativeTest(engine)
{
    [Test]
    public async Task Given_an_unknown_id_Then_get_update_status_and_history_answer_404_problem()
    {
        var id = Guid.NewGuid();

        await ProblemAsync(await Client.GetAsync(CooperativesRoutes.ById(id)), 404);
        await ProblemAsync(await PutJsonAsync(CooperativesRoutes.ById(id), CooperativeBodies.Valid(), "\"1\""), 404);
        await ProblemAsync(await ChangeStatusAsync(id.ToString(), "dormant", "2024-01-01"), 404);
        await ProblemAsync(await Client.GetAsync($"{CooperativesRoutes.ById(id)}/status-history"), 404);
    }

    [Test]
    public async Task Given_an_id_that_is_not_a_guid_Then_404_problem()
    {
        await ProblemAsync(await Client.GetAsync($"{CooperativesRoutes.Base}/not-a-guid"), 404);
    }

    [Test]
    public async Task Given_the_current_etag_Then_the_update_is_saved_with_a_new_version()
    {
        var (id, etag) = await RegisterAsync(CooperativeBodies.Valid());
        var changed = CooperativeBodies.Valid(nameAr: "تعاونية الكرامة الجديدة", total: 30, women: 25, sector: "heritage");

        var response = await PutJsonAsync(CooperativesRoutes.ById(Guid.Parse(id)), changed, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
        var read = await BodyAsync(await Client.GetAsync(CooperativesRoutes.ById(Guid.Parse(id))));
        Assert.Multiple(() =>
        {
            Assert.That((string?)read["nameAr"], Is.EqualTo("تعاونية الكرامة الجديدة"));
            Assert.That((int?)read["members"]!["total"], Is.EqualTo(30));
            Assert.That((int?)read["version"], Is.EqualTo(2));
            Assert.That(read["sectors"]!.AsArray().Select(s => (string?)s), Is.EqualTo(new[] { "heritage" }));
        });
        var bySector = await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}?sector=heritage"));
        Assert.That((int?)bySector["total"], Is.EqualTo(1), "the sector filter follows the update");
    }

    [Test]
    public async Task Given_no_if_match_Then_428_and_nothing_changes()
    {
        var (id, _) = await RegisterAsync(CooperativeBodies.Valid());

        var problem = await ProblemAsync(await PutJsonAsync(CooperativesRoutes.ById(Guid.Parse(id)), CooperativeBodies.Valid(nameAr: "تغيير"), null), 428);

        Assert.That((string?)problem["detail"], Does.StartWith("Rechargez la page et réessayez"), "what to do, in the reader's language");
        Assert.That((string?)problem["code"], Is.EqualTo("version.required"));
        var read = await BodyAsync(await Client.GetAsync(CooperativesRoutes.ById(Guid.Parse(id))));
        Assert.That((int?)read["version"], Is.EqualTo(1));
    }

    [TestCase("\"7\"")]
    [TestCase("\"garbage\"")]
    public async Task Given_a_stale_etag_Then_412_and_the_newer_write_survives(string staleTag)
    {
        var (id, etag) = await RegisterAsync(CooperativeBodies.Valid());
        var first = await PutJsonAsync(CooperativesRoutes.ById(Guid.Parse(id)), CooperativeBodies.Valid(nameAr: "الأولى"), etag);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        await ProblemAsync(await PutJsonAsync(CooperativesRoutes.ById(Guid.Parse(id)), CooperativeBodies.Valid(nameAr: "القديمة"), etag), 412);
        await ProblemAsync(await PutJsonAsync(CooperativesRoutes.ById(Guid.Parse(id)), CooperativeBodies.Valid(nameAr: "القديمة"), staleTag), 412);

        var read = await BodyAsync(await Client.GetAsync(CooperativesRoutes.ById(Guid.Parse(id))));
        Assert.That((string?)read["nameAr"], Is.EqualTo("الأولى"));
    }

    [Test]
    public async Task Given_another_cooperatives_registration_number_Then_409()
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "A-1"));
        var (id, etag) = await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "B-2"));

        var problem = await ProblemAsync(await PutJsonAsync(CooperativesRoutes.ById(Guid.Parse(id)), CooperativeBodies.Valid(registrationNumber: "A-1"), etag), 409);

        Assert.That(FieldsIn(problem), Does.Contain("registrationNumber"));
    }

    [Test]
    public async Task Given_invalid_fields_on_update_Then_400_and_version_unchanged()
    {
        var (id, etag) = await RegisterAsync(CooperativeBodies.Valid());

        var problem = await ProblemAsync(await PutJsonAsync(CooperativesRoutes.ById(Guid.Parse(id)), CooperativeBodies.Valid(region: "MA-99"), etag), 400);

        Assert.That(FieldsIn(problem), Does.Contain("regionCode"));
        Assert.That((int?)(await BodyAsync(await Client.GetAsync(CooperativesRoutes.ById(Guid.Parse(id)))))["version"], Is.EqualTo(1));
    }
}

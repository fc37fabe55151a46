using System.Net;
using CoopHub.Api.Tests.Infrastructure;

namespace CoopHub.Api.Tests.Platform;

public sealed class PlatformTests(Engine engine) : ApiTest(engine)
{
    [Test]
    public async Task Given_a_running_host_Then_live_and_ready_answer_200_json()
    {
        var live = await Client.GetAsync("/health/live");
        var ready = await Client.GetAsync("/health/ready");

        Assert.Multiple(async () =>
        {
            Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)(await BodyAsync(live))["status"], Is.EqualTo("live"));
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)(await BodyAsync(ready))["status"], Is.EqualTo("ready"));
        });
    }

    [Test]
    public async Task Given_reference_routes_Then_12_regions_with_75_provinces_sectors_and_legal_forms()
    {
        var regions = (await BodyAsync(await Client.GetAsync("/api/v1/reference/regions"))).AsArray();
        var sectors = (await BodyAsync(await Client.GetAsync("/api/v1/reference/sectors"))).AsArray();
        var forms = (await BodyAsync(await Client.GetAsync("/api/v1/reference/legal-forms"))).AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(regions, Has.Count.EqualTo(12));
            Assert.That(regions.Sum(r => r!["provinces"]!.AsArray().Count), Is.EqualTo(75));
            Assert.That((string?)regions.Single(r => (string?)r!["code"] == "MA-02")!["nameAr"], Is.EqualTo("الشرق"));
            Assert.That(sectors.Select(s => (string?)s!["code"]), Is.SupersetOf(new[] { "agriculture", "agri_food", "argan", "handicraft", "eco_tourism", "traditional_fishing", "solidarity_trade", "heritage" }));
            Assert.That(forms.Select(s => (string?)s!["code"]), Is.EqualTo(new[] { "cooperative", "cooperativeUnion" }));
        });
    }

    [Test]
    public async Task Given_an_unknown_route_Then_404_problem()
    {
        await ProblemAsync(await Client.GetAsync("/api/v1/unicorns"), 404);
    }

    [Test]
    public async Task Given_a_wrong_method_Then_405_problem()
    {
        await ProblemAsync(await Client.DeleteAsync("/api/v1/cooperatives"), 405);
    }
}

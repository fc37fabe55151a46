using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;

namespace CoopHub.Api.Tests.Cooperatives;

public sealed class CooperativeStatisticsTests(Engine engine) : CooperativeTest(engine)
{
    private async Task SeedAsync()
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "T-1", region: "MA-02", province: "MA-OUJ", sector: "handicraft", total: 20, women: 15, youth: 5));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "T-2", region: "MA-02", province: "MA-NAD", sector: "traditional_fishing", total: 10, women: 1, youth: 4));
        var two = CooperativeBodies.Valid(registrationNumber: "T-3", region: "MA-06", province: "MA-CAS", total: 7, women: 7, youth: 0);
        two["sectors"] = new System.Text.Json.Nodes.JsonArray("handicraft", "solidarity_trade");
        await RegisterAsync(two);
    }

    [Test]
    public async Task Given_cooperatives_in_two_regions_Then_region_figures_equal_the_sums_of_their_rows()
    {
        await SeedAsync();

        var stats = await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}/statistics?groupBy=region"));

        var rows = stats["rows"]!.AsArray().ToDictionary(r => (string)r!["key"]!, r => r!);
        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Count.EqualTo(12), "every region appears");
            Assert.That((int?)rows["MA-02"]["cooperatives"], Is.EqualTo(2));
            Assert.That((long?)rows["MA-02"]["members"], Is.EqualTo(30));
            Assert.That((long?)rows["MA-02"]["women"], Is.EqualTo(16));
            Assert.That((long?)rows["MA-02"]["youth"], Is.EqualTo(9));
            Assert.That((string?)rows["MA-02"]["nameAr"], Is.EqualTo("الشرق"));
            Assert.That((int?)rows["MA-06"]["cooperatives"], Is.EqualTo(1));
            Assert.That((int?)rows["MA-01"]["cooperatives"], Is.EqualTo(0));
            Assert.That((int?)stats["totals"]!["cooperatives"], Is.EqualTo(3));
            Assert.That((long?)stats["totals"]!["members"], Is.EqualTo(37));
            Assert.That((long?)stats["totals"]!["women"], Is.EqualTo(23));
        });
    }

    [Test]
    public async Task Given_a_cooperative_in_two_sectors_Then_it_counts_in_both_rows_and_once_in_totals()
    {
        await SeedAsync();

        var stats = await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}/statistics?groupBy=sector"));

        var rows = stats["rows"]!.AsArray().ToDictionary(r => (string)r!["key"]!, r => r!);
        Assert.Multiple(() =>
        {
            Assert.That((int?)rows["handicraft"]["cooperatives"], Is.EqualTo(2));
            Assert.That((long?)rows["handicraft"]["members"], Is.EqualTo(27));
            Assert.That((int?)rows["solidarity_trade"]["cooperatives"], Is.EqualTo(1));
            Assert.That((int?)stats["totals"]!["cooperatives"], Is.EqualTo(3));
        });
    }

    [Test]
    public async Task Given_filters_Then_statistics_respect_them()
    {
        await SeedAsync();

        var stats = await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}/statistics?groupBy=province&region=MA-02&sector=handicraft"));

        var nonEmpty = stats["rows"]!.AsArray().Where(r => (int)r!["cooperatives"]! > 0).Select(r => (string)r!["key"]!).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(nonEmpty, Is.EqualTo(new[] { "MA-OUJ" }));
            Assert.That((long?)stats["totals"]!["women"], Is.EqualTo(15));
        });
    }

    [Test]
    public async Task Given_status_grouping_Then_each_status_counts_its_cooperatives()
    {
        await SeedAsync();
        var list = await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}?q=T-2"));
        await ChangeStatusAsync((string)list["items"]![0]!["id"]!, "dormant", "2024-01-01");

        var stats = await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}/statistics?groupBy=status"));

        var rows = stats["rows"]!.AsArray().ToDictionary(r => (string)r!["key"]!, r => (int)r!["cooperatives"]!);
        Assert.That(rows, Is.EqualTo(new Dictionary<string, int> { ["active"] = 2, ["dormant"] = 1, ["inLiquidation"] = 0, ["dissolved"] = 0 }));
    }

    [TestCase("groupBy=colour", "groupBy")]
    [TestCase("groupBy=1", "groupBy")]
    [TestCase("region=MA-00", "region")]
    public async Task Given_a_bad_parameter_Then_400(string query, string field)
    {
        var problem = await ProblemAsync(await Client.GetAsync($"{CooperativesRoutes.Base}/statistics?{query}"), 400);

        Assert.That(FieldsIn(problem), Is.EqualTo(new[] { field }));
    }
}

using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;

namespace CoopHub.Api.Tests.Cooperatives;

public sealed class ListCooperativesTests(Engine engine) : CooperativeTest(engine)
{
    private async Task<string[]> NamesAsync(string query)
    {
        var response = await Client.GetAsync($"{CooperativesRoutes.Base}?{query}");
        var body = await BodyAsync(response);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), body.ToJsonString());
        return body["items"]!.AsArray().Select(i => (string)i!["registrationNumber"]!).ToArray();
    }

    [Test]
    public async Task Given_an_empty_registry_Then_an_empty_page()
    {
        var body = await BodyAsync(await Client.GetAsync(CooperativesRoutes.Base));

        Assert.Multiple(() =>
        {
            Assert.That((int?)body["total"], Is.EqualTo(0));
            Assert.That(body["items"]!.AsArray(), Is.Empty);
            Assert.That((int?)body["page"], Is.EqualTo(1));
            Assert.That((int?)body["pageSize"], Is.EqualTo(20));
        });
    }

    [Test]
    public async Task Given_five_cooperatives_Then_pages_of_two_cover_them_once_in_name_order()
    {
        foreach (var (number, name) in new[] { ("N-5", "Echo"), ("N-1", "alpha"), ("N-4", "Delta"), ("N-2", "Bravo"), ("N-3", "Charlie") })
        {
            await RegisterAsync(CooperativeBodies.Valid(registrationNumber: number, nameFr: name));
        }

        var pages = new[] { await NamesAsync("pageSize=2&page=1"), await NamesAsync("pageSize=2&page=2"), await NamesAsync("pageSize=2&page=3"), await NamesAsync("pageSize=2&page=4") };
        var first = await BodyAsync(await Client.GetAsync($"{CooperativesRoutes.Base}?pageSize=2"));

        Assert.Multiple(() =>
        {
            Assert.That((int?)first["total"], Is.EqualTo(5));
            Assert.That(pages.SelectMany(p => p), Is.EqualTo(new[] { "N-1", "N-2", "N-3", "N-4", "N-5" }));
            Assert.That(pages[3], Is.Empty);
        });
    }

    [Test]
    public async Task Given_sort_options_Then_the_order_follows_them()
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "S-1", nameFr: "B", total: 50, women: 10, foundedOn: "2001-01-01"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "S-2", nameFr: "A", total: 10, women: 10, foundedOn: "2015-01-01"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "S-3", nameFr: "C", total: 30, women: 10, foundedOn: "2008-01-01"));

        Assert.Multiple(async () =>
        {
            Assert.That(await NamesAsync("sort=-name"), Is.EqualTo(new[] { "S-3", "S-1", "S-2" }));
            Assert.That(await NamesAsync("sort=-members"), Is.EqualTo(new[] { "S-1", "S-3", "S-2" }));
            Assert.That(await NamesAsync("sort=members"), Is.EqualTo(new[] { "S-2", "S-3", "S-1" }));
            Assert.That(await NamesAsync("sort=foundedOn"), Is.EqualTo(new[] { "S-1", "S-3", "S-2" }));
            Assert.That(await NamesAsync("sort=-foundedOn"), Is.EqualTo(new[] { "S-2", "S-3", "S-1" }));
            Assert.That(await NamesAsync("sort=registrationNumber"), Is.EqualTo(new[] { "S-1", "S-2", "S-3" }));
        });
    }

    [Test]
    public async Task Given_filters_Then_only_matching_cooperatives_are_listed()
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "F-1", region: "MA-02", province: "MA-OUJ", sector: "handicraft", womenLed: true, foundedOn: "2010-05-01"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "F-2", region: "MA-02", province: "MA-NAD", sector: "traditional_fishing", womenLed: false, foundedOn: "2020-05-01"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "F-3", region: "MA-06", province: "MA-CAS", sector: "handicraft", womenLed: false, foundedOn: "2015-05-01"));
        var (dormant, _) = await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "F-4", region: "MA-01", province: "MA-HOC", sector: "eco_tourism", womenLed: true, foundedOn: "2018-05-01"));
        await ChangeStatusAsync(dormant, "dormant", "2023-01-01");

        Assert.Multiple(async () =>
        {
            Assert.That(await NamesAsync("region=MA-02&sort=registrationNumber"), Is.EqualTo(new[] { "F-1", "F-2" }));
            Assert.That(await NamesAsync("province=MA-NAD"), Is.EqualTo(new[] { "F-2" }));
            Assert.That(await NamesAsync("sector=handicraft&sort=registrationNumber"), Is.EqualTo(new[] { "F-1", "F-3" }));
            Assert.That(await NamesAsync("region=MA-02&sector=handicraft"), Is.EqualTo(new[] { "F-1" }));
            Assert.That(await NamesAsync("status=dormant"), Is.EqualTo(new[] { "F-4" }));
            Assert.That(await NamesAsync("womenLed=true&sort=registrationNumber"), Is.EqualTo(new[] { "F-1", "F-4" }));
            Assert.That(await NamesAsync("foundedFrom=2012-01-01&foundedTo=2019-12-31&sort=registrationNumber"), Is.EqualTo(new[] { "F-3", "F-4" }));
        });
    }

    [TestCase("تعاونيه", "AR-1")]
    [TestCase("اسفي", "AR-2")]
    [TestCase("cooperative", "FR-1")]
    [TestCase("ETOILE", "FR-1")]
    [TestCase("زربيه", "AR-1")]
    [TestCase("ⵜⴰⵡⵉⵣⴰ", "TF-1")]
    public async Task Given_arabic_and_french_variants_Then_search_folds_them(string q, string expected)
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "AR-1", nameAr: "تعاونية الأمل", nameFr: null));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "AR-2", nameAr: "جمعية آسفي للصيد", nameFr: null, sector: "traditional_fishing"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "FR-1", nameAr: "نجمة", nameFr: "Coopérative L'Étoile"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "TF-1", nameAr: "ⵜⴰⵡⵉⵣⴰ", nameFr: "Tawiza"));

        var found = await NamesAsync("q=" + Uri.EscapeDataString(q));

        Assert.That(found, Does.Contain(expected));
        if (q is "اسفي") Assert.That(found, Is.EqualTo(new[] { "AR-2" }));
    }

    [TestCase("السياحة القروية والبيئية")]
    [TestCase("Tourisme rural et écotourisme")]
    [TestCase("Rural and eco-tourism")]
    public async Task Given_a_sector_label_as_the_screen_shows_it_Then_search_finds_the_cooperatives_of_that_sector(string label)
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "SL-1", sector: "eco_tourism", nameAr: "نجمة", nameFr: "Najma"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "SL-2", sector: "handicraft", nameAr: "قمر", nameFr: "Qamar"));

        Assert.That(await NamesAsync("q=" + Uri.EscapeDataString(label)), Is.EqualTo(new[] { "SL-1" }));
    }

    [Test]
    public async Task Given_a_search_Then_exact_registration_number_ranks_before_name_prefix_before_contains()
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "C-1", nameFr: "Les amis de Tifawin"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "C-2", nameFr: "Tifawin argane"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "TIFAWIN", nameFr: "Zitoune"));

        Assert.That(await NamesAsync("q=tifawin"), Is.EqualTo(new[] { "TIFAWIN", "C-2", "C-1" }));
    }

    [Test]
    public async Task Given_like_wildcards_in_the_search_Then_they_match_literally()
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "W-1", nameFr: "Cent pour cent 100% bio"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "W-2", nameFr: "Bio_local"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "W-3", nameFr: "Autre [x]"));

        Assert.Multiple(async () =>
        {
            // Searches compare words (ADR 0021): LIKE's wildcards only separate words, they never match anything.
            Assert.That(await NamesAsync("q=" + Uri.EscapeDataString("100%")), Is.EqualTo(new[] { "W-1" }));
            Assert.That(await NamesAsync("q=" + Uri.EscapeDataString("bio_local")), Is.EqualTo(new[] { "W-2" }));
            Assert.That(await NamesAsync("q=" + Uri.EscapeDataString("[x]")), Is.EqualTo(new[] { "W-3" }));
            Assert.That(await NamesAsync("q=" + Uri.EscapeDataString("b%o")), Is.Empty);
            Assert.That(await NamesAsync("q=" + Uri.EscapeDataString("' OR 1=1 --")), Is.Empty);
        });
    }

    [Test]
    public async Task Given_an_updated_name_Then_search_finds_the_new_name_and_not_the_old_one()
    {
        var (id, etag) = await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "U-1", nameFr: "Safran de Taliouine"));
        var update = await PutJsonAsync($"{CooperativesRoutes.Base}/{id}", CooperativeBodies.Valid(registrationNumber: "U-1", nameFr: "Miel du Rif"), etag);
        Assert.That((int)update.StatusCode, Is.EqualTo(200));

        Assert.Multiple(async () =>
        {
            Assert.That(await NamesAsync("q=rif"), Is.EqualTo(new[] { "U-1" }), "a three-letter word, through the trigram index");
            Assert.That(await NamesAsync("q=du"), Is.EqualTo(new[] { "U-1" }), "a two-letter word, through LIKE");
            Assert.That(await NamesAsync("q=" + Uri.EscapeDataString("miel du rif")), Is.EqualTo(new[] { "U-1" }));
            Assert.That(await NamesAsync("q=taliouine"), Is.Empty);
        });
    }

    [Test]
    public async Task Given_only_the_word_cooperative_Then_it_narrows_nothing_and_every_cooperative_is_listed()
    {
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "SW-1", nameAr: "جمعية", nameFr: "Association"));
        await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "SW-2", nameAr: "تعاونية الخير", nameFr: null));

        Assert.Multiple(async () =>
        {
            Assert.That(await NamesAsync("q=" + Uri.EscapeDataString("تعاونية") + "&sort=registrationNumber"), Is.EqualTo(new[] { "SW-1", "SW-2" }));
            Assert.That(await NamesAsync("q=" + Uri.EscapeDataString("تعاونيه الخير")), Is.EqualTo(new[] { "SW-2" }));
        });
    }

    [TestCase("pageSize=0", "pageSize")]
    [TestCase("pageSize=101", "pageSize")]
    [TestCase("page=0", "page")]
    [TestCase("page=abc", "page")]
    [TestCase("sort=colour", "sort")]
    [TestCase("region=MA-13", "region")]
    [TestCase("province=XX", "province")]
    [TestCase("sector=rockets", "sector")]
    [TestCase("status=closed", "status")]
    [TestCase("womenLed=maybe", "womenLed")]
    [TestCase("foundedFrom=yesterday", "foundedFrom")]
    [TestCase("foundedFrom=2020-01-01&foundedTo=2019-01-01", "foundedTo")]
    public async Task Given_a_bad_list_parameter_Then_400_naming_it(string query, string field)
    {
        var problem = await ProblemAsync(await Client.GetAsync($"{CooperativesRoutes.Base}?{query}"), 400);

        Assert.That(FieldsIn(problem), Is.EqualTo(new[] { field }));
    }
}

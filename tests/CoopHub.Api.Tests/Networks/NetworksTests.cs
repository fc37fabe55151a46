using System.Net;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Contracts.Networks;
using CoopHub.Networks;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Networks;

public sealed class NetworksTests(Engine engine) : CooperativeTest(engine)
{
    private const string Networks = NetworksRoutes.Networks;
    private const string Organisations = NetworksRoutes.Organisations;

    private async Task<string> CreateAsync(string url, JsonObject body)
    {
        var response = await PostJsonAsync(url, body);
        var created = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
        return (string)created["id"]!;
    }

    private Task<string> OrganisationAsync(string nameFr, string? region = "MA-01", string? acronym = null) => CreateAsync(Organisations, new JsonObject
    {
        ["kind"] = "association", ["nameFr"] = nameFr, ["regionCode"] = region, ["acronym"] = acronym,
    });

    private Task<string> NetworkAsync() => CreateAsync(Networks, new JsonObject
    {
        ["kind"] = "network", ["nameAr"] = "شبكة الاقتصاد الاجتماعي بالحسيمة", ["nameFr"] = "Réseau ESS d'Al Hoceïma",
        ["scope"] = "provincial", ["regionCode"] = "MA-01", ["provinceCode"] = "MA-HOC",
        ["sectors"] = new JsonArray("eco_tourism", "heritage"), ["foundedOn"] = "2025-11-07",
        ["foundingAssembly"] = new JsonObject { ["heldOn"] = "2025-11-07", ["place"] = "Al Hoceïma" },
    });

    private Task<string> JoinAsync(string network, string type, string member, string joinedOn = "2025-11-07")
        => CreateAsync($"{Networks}/{network}/members", new JsonObject { ["memberType"] = type, ["memberId"] = member, ["joinedOn"] = joinedOn });

    private Task<HttpResponseMessage> AppointAsync(string network, string body, string membership, string role, string start, string end)
        => PostJsonAsync($"{Networks}/{network}/bodies/{body}/mandates", new JsonObject
        {
            ["membershipId"] = membership, ["role"] = role, ["termStart"] = start, ["termEnd"] = end,
        });

    [Test]
    public async Task Given_a_similar_organisation_Then_409_lists_the_candidates_unless_forced()
    {
        var first = await OrganisationAsync("Association Tifawin pour le développement", acronym: "ATD");

        var similar = await PostJsonAsync(Organisations, new JsonObject { ["kind"] = "association", ["nameFr"] = "association TIFAWIN pour le developpement", ["regionCode"] = "MA-01" });
        var sameAcronym = await PostJsonAsync(Organisations, new JsonObject { ["kind"] = "association", ["nameFr"] = "Autre nom", ["acronym"] = "atd", ["regionCode"] = "MA-01" });
        var otherRegion = await PostJsonAsync(Organisations, new JsonObject { ["kind"] = "association", ["nameFr"] = "Association Tifawin pour le développement", ["regionCode"] = "MA-02" });
        var forced = await PostJsonAsync($"{Organisations}?force=true", new JsonObject { ["kind"] = "association", ["nameFr"] = "Association Tifawin pour le développement", ["regionCode"] = "MA-01" });

        var problem = await ProblemAsync(similar, 409);
        Assert.Multiple(async () =>
        {
            Assert.That(problem["candidates"]!.AsArray().Select(c => (string?)c!["id"]), Is.EqualTo(new[] { first }));
            await ProblemAsync(sameAcronym, 409);
            Assert.That(otherRegion.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(forced.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        });
    }

    [Test]
    public async Task Given_a_president_in_office_Then_an_overlapping_president_is_409_and_a_following_one_is_accepted()
    {
        var network = await NetworkAsync();
        var a = await JoinAsync(network, "organisation", await OrganisationAsync("Association A"));
        var b = await JoinAsync(network, "organisation", await OrganisationAsync("Association B"));
        var bureau = await CreateAsync($"{Networks}/{network}/bodies", new JsonObject { ["kind"] = "executiveBureau", ["nameAr"] = "المكتب التنفيذي" });
        var monitoring = await CreateAsync($"{Networks}/{network}/bodies", new JsonObject { ["kind"] = "workingBody", ["nameFr"] = "Instance de suivi" });

        var president = await AppointAsync(network, bureau, a, "president", "2025-11-07", "2028-11-06");
        var overlap = await AppointAsync(network, monitoring, b, "president", "2028-01-01", "2029-12-31");
        var next = await AppointAsync(network, bureau, b, "president", "2028-11-07", "2031-11-06");

        Assert.That(president.StatusCode, Is.EqualTo(HttpStatusCode.Created), await president.Content.ReadAsStringAsync());
        var problem = await ProblemAsync(overlap, 409);
        Assert.Multiple(async () =>
        {
            Assert.That((string?)problem["detail"], Does.Contain("07/11/2025").And.Contain("06/11/2028"), "the term in force, as the reader writes dates");
            Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.Created), await next.Content.ReadAsStringAsync());
        });
        var bodies = (await BodyAsync(await Client.GetAsync($"{Networks}/{network}/bodies"))).AsArray();
        var mandates = bodies.Single(x => (string?)x!["id"] == bureau)!["mandates"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(mandates, Has.Count.EqualTo(2));
            Assert.That(mandates.Single(m => (bool)m!["current"]!)!["holderNameFr"]!.GetValue<string>(), Is.EqualTo("Association A"));
        });
    }

    [Test]
    public async Task Given_a_president_who_resigns_Then_their_mandate_ends_and_a_successor_can_start_the_next_day()
    {
        var network = await NetworkAsync();
        var a = await JoinAsync(network, "organisation", await OrganisationAsync("Association H"));
        var b = await JoinAsync(network, "organisation", await OrganisationAsync("Association I"));
        var bureau = await CreateAsync($"{Networks}/{network}/bodies", new JsonObject { ["kind"] = "executiveBureau", ["nameFr"] = "Bureau" });
        var first = await BodyAsync(await AppointAsync(network, bureau, a, "president", "2025-11-07", "2028-11-06"));

        var refused = await ProblemAsync(await AppointAsync(network, bureau, b, "president", "2026-03-01", "2029-02-28"), 409);
        var ended = await PostJsonAsync($"{Networks}/{network}/mandates/{(string)first["id"]!}/end", new JsonObject { ["endedOn"] = "2026-02-28" });
        var successor = await AppointAsync(network, bureau, b, "president", "2026-03-01", "2029-02-28");

        Assert.Multiple(async () =>
        {
            Assert.That((string?)refused["conflictingMandate"]!["id"], Is.EqualTo((string?)first["id"]));
            Assert.That(ended.StatusCode, Is.EqualTo(HttpStatusCode.OK), await ended.Content.ReadAsStringAsync());
            Assert.That((string?)(await BodyAsync(ended))["termEnd"], Is.EqualTo("2026-02-28"));
            Assert.That(successor.StatusCode, Is.EqualTo(HttpStatusCode.Created), await successor.Content.ReadAsStringAsync());
        });
        var late = await ProblemAsync(await PostJsonAsync($"{Networks}/{network}/mandates/{(string)first["id"]!}/end", new JsonObject { ["endedOn"] = "2030-01-01" }), 400);
        Assert.That(FieldsIn(late), Is.EqualTo(new[] { "endedOn" }));
    }

    [TestCase("2026-01-01", "2025-12-31", "termEnd")]
    [TestCase("2020-01-01", "2021-01-01", "termStart")]
    public async Task Given_an_impossible_term_Then_400_on_the_field(string start, string end, string field)
    {
        var network = await NetworkAsync();
        var member = await JoinAsync(network, "organisation", await OrganisationAsync("Association C"));
        var body = await CreateAsync($"{Networks}/{network}/bodies", new JsonObject { ["kind"] = "executiveBureau", ["nameFr"] = "Bureau" });

        var problem = await ProblemAsync(await AppointAsync(network, body, member, "treasurer", start, end), 400);

        Assert.That(FieldsIn(problem), Is.EqualTo(new[] { field }));
    }

    [Test]
    public async Task Given_a_member_who_left_Then_they_cannot_hold_a_mandate_and_their_mandates_ended()
    {
        var network = await NetworkAsync();
        var member = await JoinAsync(network, "organisation", await OrganisationAsync("Association D"));
        var body = await CreateAsync($"{Networks}/{network}/bodies", new JsonObject { ["kind"] = "executiveBureau", ["nameFr"] = "Bureau" });
        Assert.That((await AppointAsync(network, body, member, "secretaryGeneral", "2025-11-07", "2028-11-06")).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var leave = await PostJsonAsync($"{Networks}/{network}/members/{member}/leave", new JsonObject { ["leftOn"] = "2026-01-15", ["reason"] = "Démission" });

        Assert.That(leave.StatusCode, Is.EqualTo(HttpStatusCode.OK), await leave.Content.ReadAsStringAsync());
        var problem = await ProblemAsync(await AppointAsync(network, body, member, "member", "2026-02-01", "2027-01-31"), 400);
        Assert.That(FieldsIn(problem), Is.EqualTo(new[] { "membershipId" }));
        var mandate = (await BodyAsync(await Client.GetAsync($"{Networks}/{network}/bodies")))[0]!["mandates"]![0]!;
        Assert.That((string?)mandate["termEnd"], Is.EqualTo("2026-01-15"));
        await ProblemAsync(await PostJsonAsync($"{Networks}/{network}/members/{member}/leave", new JsonObject { ["leftOn"] = "2026-01-16", ["reason"] = "Encore" }), 409);
    }

    [Test]
    public async Task Given_a_dissolved_cooperative_Then_it_leaves_every_network_with_the_reason()
    {
        var (cooperative, _) = await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "NET-1", region: "MA-01", province: "MA-HOC"));
        var network = await NetworkAsync();
        var membership = await JoinAsync(network, "cooperative", cooperative);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var networks = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ListNetworksOfCooperative(Guid.Parse(cooperative)));
            Assert.That(networks.Select(n => n.Id.ToString()), Is.EqualTo(new[] { network }));
        }

        Assert.That((await ChangeStatusAsync(cooperative, "inLiquidation", "2026-03-01", "Décision de l'assemblée générale extraordinaire")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ChangeStatusAsync(cooperative, "dissolved", "2026-06-30", "Clôture de la liquidation")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var member = (await BodyAsync(await Client.GetAsync($"{Networks}/{network}/members"))).AsArray().Single(m => (string?)m!["id"] == membership)!;
        Assert.Multiple(async () =>
        {
            Assert.That((string?)member["leftOn"], Is.EqualTo("2026-06-30"));
            Assert.That((string?)member["leaveReason"], Is.EqualTo("Coopérative dissoute : Clôture de la liquidation"), "French when the reader asks for no language");
            Assert.That((await BodyAsync(await Client.GetAsync($"{Networks}/{network}/members?current=true"))).AsArray(), Is.Empty);
            Assert.That((int?)(await BodyAsync(await Client.GetAsync($"{Networks}/{network}")))["currentMembers"], Is.EqualTo(0));
            await ProblemAsync(await PostJsonAsync($"{Networks}/{network}/members", new JsonObject { ["memberType"] = "cooperative", ["memberId"] = cooperative, ["joinedOn"] = "2026-07-01" }), 409);
        });
    }

    [Test]
    public async Task Given_terms_ending_soon_Then_expiring_lists_them_and_not_the_others()
    {
        var network = await NetworkAsync();
        var a = await JoinAsync(network, "organisation", await OrganisationAsync("Association E"));
        var body = await CreateAsync($"{Networks}/{network}/bodies", new JsonObject { ["kind"] = "workingBody", ["nameFr"] = "Instance" });
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var soon = await AppointAsync(network, body, a, "coordinator", "2025-11-07", today.AddDays(30).ToString("yyyy-MM-dd"));
        var later = await AppointAsync(network, body, a, "member", "2025-11-07", today.AddDays(300).ToString("yyyy-MM-dd"));
        Assert.That(soon.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(later.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var expiring = (await BodyAsync(await Client.GetAsync($"{Networks}/{network}/mandates/expiring?within=90"))).AsArray();

        Assert.That(expiring.Select(m => (string?)m!["role"]), Is.EqualTo(new[] { "coordinator" }));
        await ProblemAsync(await Client.GetAsync($"{Networks}/{network}/mandates/expiring?within=0"), 400);
    }

    [Test]
    public async Task Given_new_records_of_a_network_Then_each_Location_is_the_records_own_url()
    {
        var network = await NetworkAsync();
        var networkId = Guid.Parse(network);
        var joined = await PostJsonAsync($"{Networks}/{network}/members", new JsonObject { ["memberType"] = "organisation", ["memberId"] = await OrganisationAsync("Association L"), ["joinedOn"] = "2025-11-07" });
        var membership = Guid.Parse((string)(await BodyAsync(joined))["id"]!);
        var created = await PostJsonAsync($"{Networks}/{network}/bodies", new JsonObject { ["kind"] = "executiveBureau", ["nameFr"] = "Bureau" });
        var body = Guid.Parse((string)(await BodyAsync(created))["id"]!);
        var appointed = await AppointAsync(network, body.ToString(), membership.ToString(), "member", "2025-11-07", "2027-11-06");
        var started = await PostJsonAsync($"{Networks}/{network}/projects", new JsonObject { ["title"] = "Projet L" });
        var project = Guid.Parse((string)(await BodyAsync(started))["id"]!);
        var assessed = await PostJsonAsync($"{Networks}/{network}/projects/{project}/assessments", new JsonObject { ["assessedOn"] = "2025-12-31", ["jobs"] = 1 });

        Assert.Multiple(async () =>
        {
            Assert.That(joined.Headers.Location?.OriginalString, Is.EqualTo(NetworksRoutes.Member(networkId, membership)));
            Assert.That(created.Headers.Location?.OriginalString, Is.EqualTo(NetworksRoutes.Body(networkId, body)));
            Assert.That(appointed.Headers.Location?.OriginalString, Is.EqualTo(NetworksRoutes.Mandate(networkId, Guid.Parse((string)(await BodyAsync(appointed))["id"]!))));
            Assert.That(started.Headers.Location?.OriginalString, Is.EqualTo(NetworksRoutes.Project(networkId, project)));
            Assert.That(assessed.Headers.Location?.OriginalString, Is.EqualTo(NetworksRoutes.Assessment(networkId, project, Guid.Parse((string)(await BodyAsync(assessed))["id"]!))));
        });
    }

    [Test]
    public async Task Given_a_member_twice_or_an_unknown_member_Then_409_or_400()
    {
        var network = await NetworkAsync();
        var organisation = await OrganisationAsync("Association F");
        await JoinAsync(network, "organisation", organisation);

        await ProblemAsync(await PostJsonAsync($"{Networks}/{network}/members", new JsonObject { ["memberType"] = "organisation", ["memberId"] = organisation, ["joinedOn"] = "2025-12-01" }), 409);
        var unknown = await ProblemAsync(await PostJsonAsync($"{Networks}/{network}/members", new JsonObject { ["memberType"] = "cooperative", ["memberId"] = Guid.NewGuid(), ["joinedOn"] = "2025-12-01" }), 400);
        Assert.That(FieldsIn(unknown), Is.EqualTo(new[] { "memberId" }));
        await ProblemAsync(await PostJsonAsync($"{Networks}/{Guid.NewGuid()}/members", new JsonObject { ["memberType"] = "organisation", ["memberId"] = organisation, ["joinedOn"] = "2025-12-01" }), 404);
    }

    [TestCase("provincial", "MA-01", null, "provinceCode")]
    [TestCase("regional", null, null, "regionCode")]
    [TestCase("provincial", "MA-02", "MA-HOC", "provinceCode")]
    public async Task Given_a_scope_without_its_territory_Then_400(string scope, string? region, string? province, string field)
    {
        var problem = await ProblemAsync(await PostJsonAsync(Networks, new JsonObject
        {
            ["kind"] = "federation", ["nameFr"] = "Fédération", ["scope"] = scope, ["regionCode"] = region, ["provinceCode"] = province,
        }), 400);

        Assert.That(FieldsIn(problem), Does.Contain(field));
    }

    [Test]
    public async Task Given_arabic_without_hamza_Then_network_and_organisation_search_find_them()
    {
        var network = await NetworkAsync();
        await CreateAsync(Organisations, new JsonObject { ["kind"] = "donor", ["nameAr"] = "مؤسسة محمد الخامس للتضامن", ["nameFr"] = "Fondation Mohammed V pour la Solidarité" });

        var networks = (await BodyAsync(await Client.GetAsync($"{Networks}?q={Uri.EscapeDataString("الحسيمه")}")))["items"]!.AsArray();
        var organisations = (await BodyAsync(await Client.GetAsync($"{Organisations}?q={Uri.EscapeDataString("الخامس solidarite")}")))["items"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(networks.Select(n => (string?)n!["id"]), Is.EqualTo(new[] { network }));
            Assert.That(organisations, Has.Count.EqualTo(1));
        });
    }
}

public sealed class NetworkImpactTests(Engine engine) : ApiTest(engine)
{
    private const string Networks = NetworksRoutes.Networks;

    private async Task<string> CreateAsync(string url, JsonObject body)
    {
        var response = await PostJsonAsync(url, body);
        var created = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
        return (string)created["id"]!;
    }

    [Test]
    public async Task Given_dated_assessments_Then_impact_returns_each_projects_series_in_date_order_within_the_range()
    {
        var network = await CreateAsync(Networks, new JsonObject { ["kind"] = "network", ["nameFr"] = "Réseau", ["scope"] = "national" });
        var organisation = await CreateAsync(NetworksRoutes.Organisations, new JsonObject { ["kind"] = "association", ["nameFr"] = "Association G" });
        var membership = await CreateAsync($"{Networks}/{network}/members", new JsonObject { ["memberType"] = "organisation", ["memberId"] = organisation, ["joinedOn"] = "2025-01-01" });
        var project = await CreateAsync($"{Networks}/{network}/projects", new JsonObject { ["title"] = "Écotourisme", ["memberships"] = new JsonArray(membership), ["status"] = "ongoing" });
        async Task Assess(string on, int jobs, decimal revenue) => await CreateAsync($"{Networks}/{network}/projects/{project}/assessments", new JsonObject
        {
            ["assessedOn"] = on, ["jobs"] = jobs, ["womenInvolved"] = 2, ["revenue"] = revenue,
            ["environmental"] = new JsonArray(new JsonObject { ["name"] = "CO2 évité", ["value"] = 1.5, ["unit"] = "t" }),
        });
        await Assess("2025-09-30", 6, 40500.50m);
        await Assess("2025-03-31", 2, 10000m);
        await Assess("2024-12-31", 1, 0m);

        var impactResponse = await Client.GetAsync($"{Networks}/{network}/impact?from=2025-01-01&to=2025-12-31");
        var impact = await BodyAsync(impactResponse);
        Assert.That((int)impactResponse.StatusCode, Is.EqualTo(200), impact.ToJsonString());

        var series = impact["projects"]![0]!["assessments"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(series.Select(a => (string?)a!["assessedOn"]), Is.EqualTo(new[] { "2025-03-31", "2025-09-30" }));
            Assert.That(series.Select(a => (int?)a!["jobs"]), Is.EqualTo(new[] { 2, 6 }));
            Assert.That((decimal?)series[1]!["revenue"], Is.EqualTo(40500.50m));
            Assert.That((string?)series[0]!["environmental"]![0]!["unit"], Is.EqualTo("t"));
        });
        await ProblemAsync(await PostJsonAsync($"{Networks}/{network}/projects/{project}/assessments", new JsonObject { ["assessedOn"] = "2025-09-30", ["jobs"] = 9 }), 409);
        await ProblemAsync(await Client.GetAsync($"{Networks}/{network}/impact?from=2025-12-31&to=2025-01-01"), 400);
        var stranger = await ProblemAsync(await PostJsonAsync($"{Networks}/{network}/projects", new JsonObject { ["title"] = "X", ["memberships"] = new JsonArray(Guid.NewGuid()) }), 400);
        Assert.That(FieldsIn(stranger), Is.EqualTo(new[] { "memberships" }));
    }
}

using System.Data.Common;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Networks;
using Dapper;

namespace CoopHub.Api.Tests.Networks;

/// <summary>
/// The Networks module answers in the reader's language (ADR 0020): its forms, conflicts and refusals in Arabic and
/// French with their codes, and the leaving reason the system writes is rendered when read.
/// </summary>
public sealed class NetworkMessagesTests(Engine engine) : CooperativeTest(engine)
{
    private const string Networks = NetworksRoutes.Networks;

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string language, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return await client.SendAsync(request);
    }

    private async Task<string> CreateAsync(string url, JsonObject body)
    {
        var response = await PostJsonAsync(url, body);
        var created = await BodyAsync(response);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
        return (string)created["id"]!;
    }

    private Task<string> NetworkAsync() => CreateAsync(Networks, new JsonObject
    {
        ["kind"] = "network", ["nameFr"] = "Réseau ESS d'Al Hoceïma", ["scope"] = "provincial", ["regionCode"] = "MA-01", ["provinceCode"] = "MA-HOC",
    });

    private async Task<string> MemberAsync(string network, string name)
    {
        var organisation = await CreateAsync(NetworksRoutes.Organisations, new JsonObject { ["kind"] = "association", ["nameFr"] = name, ["regionCode"] = "MA-01" });
        return await CreateAsync($"{Networks}/{network}/members", new JsonObject { ["memberType"] = "organisation", ["memberId"] = organisation, ["joinedOn"] = "2025-11-07" });
    }

    [TestCase("ar", "هذا يتعارض مع الحالة الحالية.",
        "للشبكة رئيس من 07/11/2025 إلى 06/11/2028، ولا يكون للشبكة إلا رئيس واحد في الوقت نفسه. أنهِ تلك المهمة أولًا، أو اجعل البداية بعد نهايتها.")]
    [TestCase("fr", "Cela contredit l’état actuel.",
        "Le réseau a déjà un président du 07/11/2025 au 06/11/2028 ; un réseau n’a qu’un président à la fois. Mettez d’abord fin à ce mandat, ou commencez après lui.")]
    public async Task Given_a_second_president_Then_the_409_names_the_term_in_the_readers_language_and_dates(string language, string title, string detail)
    {
        var network = await NetworkAsync();
        var a = await MemberAsync(network, "Association A");
        var b = await MemberAsync(network, "Association B");
        var bureau = await CreateAsync($"{Networks}/{network}/bodies", new JsonObject { ["kind"] = "executiveBureau", ["nameFr"] = "Bureau" });
        var first = await PostJsonAsync($"{Networks}/{network}/bodies/{bureau}/mandates", President(a, "2025-11-07", "2028-11-06"));
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());

        var problem = await ProblemAsync(await SendAsync(Client, HttpMethod.Post, $"{Networks}/{network}/bodies/{bureau}/mandates", language,
            President(b, "2028-01-01", "2029-12-31")), 409);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("network.president_overlap"));
            Assert.That((string?)problem["title"], Is.EqualTo(title));
            Assert.That((string?)problem["detail"], Is.EqualTo(detail));
            Assert.That(problem["conflictingMandate"], Is.Not.Null);
        });
    }

    private static JsonObject President(string membership, string start, string end)
        => new() { ["membershipId"] = membership, ["role"] = "president", ["termStart"] = start, ["termEnd"] = end };

    [TestCase("ar", "يجب تحديد إقليم الشبكة المحلية أو الإقليمية.", "اختر النوع: شبكة أو فدرالية أو اتحاد قطاعي.")]
    [TestCase("fr", "Un réseau local ou provincial doit avoir sa province.", "Choisissez le type : réseau, fédération ou union sectorielle.")]
    public async Task Given_a_network_form_without_kind_or_province_Then_each_field_says_what_to_give_in_the_readers_language(
        string language, string province, string kind)
    {
        var problem = await ProblemAsync(await SendAsync(Client, HttpMethod.Post, Networks, language, new JsonObject
        {
            ["nameFr"] = "Union", ["scope"] = "provincial", ["regionCode"] = "MA-01",
        }), 400);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["errors"]!["provinceCode"]![0], Is.EqualTo(province));
            Assert.That((string?)problem["fieldCodes"]!["provinceCode"]![0], Is.EqualTo("networks.province_required_for_scope"));
            Assert.That((string?)problem["errors"]!["kind"]![0], Is.EqualTo(kind));
            Assert.That((string?)problem["fieldCodes"]!["kind"]![0], Is.EqualTo("networks.network_kind_required"));
        });
    }

    [TestCase("ar", "لا يمكن إضافة هيئة في جهة طنجة تطوان الحسيمة إلا لموظفي هذه الجهة (أو لمدير النظام).")]
    [TestCase("fr", "Seul le personnel de la région Tanger-Tétouan-Al Hoceïma (ou un administrateur) peut y ajouter une organisation.")]
    public async Task Given_staff_of_another_region_Then_the_403_names_the_region_as_people_know_it(string language, string detail)
    {
        var created = await BodyAsync(await PostJsonAsync("/api/v1/api-keys", new JsonObject
        {
            ["name"] = "Staff Souss-Massa", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-09"),
            ["cooperatives"] = new JsonArray(), ["networks"] = new JsonArray(),
        }));
        using var staff = App.CreateClient();
        staff.DefaultRequestHeaders.Add("X-Api-Key", (string)created["secret"]!);

        var problem = await ProblemAsync(await SendAsync(staff, HttpMethod.Post, NetworksRoutes.Organisations, language,
            new JsonObject { ["kind"] = "association", ["nameFr"] = "Association Tifawin", ["regionCode"] = "MA-01" }), 403);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["detail"], Is.EqualTo(detail));
            Assert.That((string?)problem["code"], Is.EqualTo("auth.forbidden"));
        });
    }

    [Test]
    public async Task Given_a_cooperative_dissolved_by_a_french_request_Then_its_leaving_reason_reads_in_arabic_and_french()
    {
        var (cooperative, _) = await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "NET-AR-1", region: "MA-01", province: "MA-HOC"));
        var network = await NetworkAsync();
        var membership = await CreateAsync($"{Networks}/{network}/members", new JsonObject { ["memberType"] = "cooperative", ["memberId"] = cooperative, ["joinedOn"] = "2025-11-07" });
        Client.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Language", "fr");
        Assert.That((await ChangeStatusAsync(cooperative, "inLiquidation", "2026-03-01", "Décision de l'assemblée générale")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ChangeStatusAsync(cooperative, "dissolved", "2026-06-30", "Clôture de la liquidation")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Client.DefaultRequestHeaders.Remove("Accept-Language");

        async Task<string?> ReasonIn(string language)
            => (string?)(await BodyAsync(await SendAsync(Client, HttpMethod.Get, $"{Networks}/{network}/members", language)))
                .AsArray().Single(m => (string?)m!["id"] == membership)!["leaveReason"];

        Assert.Multiple(async () =>
        {
            Assert.That(await ReasonIn("ar"), Is.EqualTo("حُلّت التعاونية: Clôture de la liquidation"));
            Assert.That(await ReasonIn("fr"), Is.EqualTo("Coopérative dissoute : Clôture de la liquidation"));
            Assert.That(await ReasonIn("en"), Is.EqualTo("Cooperative dissolved: Clôture de la liquidation"));
        });
    }

    [Test]
    public async Task Given_reasons_written_in_english_before_the_catalogues_Then_migration_0016_turns_them_into_codes_and_keeps_what_people_wrote()
    {
        var network = await NetworkAsync();
        var dissolved = await MemberAsync(network, "Association Dissoute");
        var bare = await MemberAsync(network, "Association Sans Motif");
        var typed = await MemberAsync(network, "Association Partie");
        await ExecuteAsync("UPDATE net_members SET left_on = @On, leave_reason = @Reason WHERE id = @Id", new[]
        {
            new { On = "2026-01-31", Reason = "Cooperative dissolved: Fusion avec une autre coopérative", Id = Guid.Parse(dissolved) },
            new { On = "2026-01-31", Reason = "Cooperative dissolved", Id = Guid.Parse(bare) },
            new { On = "2026-01-31", Reason = "Démission", Id = Guid.Parse(typed) },
        });

        await ExecuteAsync(MigrationUpdates(), null);

        var members = (await BodyAsync(await SendAsync(Client, HttpMethod.Get, $"{Networks}/{network}/members", "ar"))).AsArray();
        string? Reason(string id) => (string?)members.Single(m => (string?)m!["id"] == id)!["leaveReason"];
        Assert.Multiple(() =>
        {
            Assert.That(Reason(dissolved), Is.EqualTo("حُلّت التعاونية: Fusion avec une autre coopérative"));
            Assert.That(Reason(bare), Is.EqualTo("حُلّت التعاونية."));
            Assert.That(Reason(typed), Is.EqualTo("Démission"));
        });
    }

    /// <summary>The data steps of 0016 for this engine (its column already exists: the app migrated the database at start).</summary>
    private string MigrationUpdates()
    {
        var engine = Engine == Engine.SqlServer ? "sqlserver" : "sqlite";
        var script = File.ReadAllText(RepoPaths.Combine("db", "migrations", engine, "0016_networks_leave_reason_code.sql"));
        var updates = script[script.IndexOf("UPDATE", StringComparison.Ordinal)..];
        Assert.That(updates, Does.Not.Contain("ALTER"));
        return updates;
    }

    private async Task ExecuteAsync(string sql, object? parameters)
    {
        await using DbConnection connection = Engine == Engine.SqlServer
            ? new Microsoft.Data.SqlClient.SqlConnection(ConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync(sql, parameters);
    }
}

/// <summary>
/// The texts the module names through a value rather than at an entry point (so <c>CatalogueTests</c> cannot see them
/// in the source): each region rule's two refusals and the dissolution's leaving reasons are in the English catalogue,
/// hence, by <c>CatalogueTests</c>, in Arabic and French too.
/// </summary>
public sealed class NetworkCatalogueCodesTests
{
    [Test]
    public void Given_the_region_rules_and_the_systems_leaving_reasons_Then_each_has_its_text()
    {
        var english = System.Xml.Linq.XDocument.Load(RepoPaths.Combine("api", "Modules", "Networks", "Localization", "Messages.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var rules = typeof(CoopHub.Networks.Model.RegionRule).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => (CoopHub.Networks.Model.RegionRule)f.GetValue(null)!).SelectMany(r => new[] { r.InRegion, r.WithoutRegion }).ToList();
        string[] reasons = ["networks.left_dissolved", "networks.left_dissolved_because"];

        Assert.Multiple(() =>
        {
            Assert.That(rules, Has.Count.EqualTo(10));
            Assert.That(rules.Concat(reasons).Where(code => !english.Contains(code)), Is.Empty);
        });
    }
}

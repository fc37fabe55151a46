using System.Net;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Programs;

namespace CoopHub.Api.Tests.Programs;

public sealed class DonorExportTests(Engine engine) : ProgramTest(engine)
{
    private static XmlSchemaSet IatiSchemas()
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(null, RepoPaths.Combine("db", "reference", "iati-2.03", "iati-activities-schema.xsd"));
        set.Compile();
        return set;
    }

    [Test]
    public async Task Given_a_program_with_support_and_outcomes_Then_the_IATI_file_validates_against_the_2_03_schema_and_360Giving_lists_the_grants()
    {
        var funder = await CreatedIdAsync("/api/v1/organisations", new JsonObject { ["kind"] = "donor", ["nameFr"] = "Agence espagnole de coopération", ["acronym"] = "AECID" });
        var implementer = await CreatedIdAsync("/api/v1/organisations", new JsonObject { ["kind"] = "publicBody", ["nameFr"] = "Agence de l'Oriental", ["regionCode"] = "MA-02" });
        var body = ProgramBody("TAGHYIR");
        body["budget"] = 2500000;
        body["startsOn"] = "2025-01-01";
        body["endsOn"] = "2027-12-31";
        body["goals"] = new JsonArray("Égalité entre les femmes et les hommes");
        body["partners"] = new JsonArray(new JsonObject { ["organisationId"] = funder, ["role"] = "funder" }, new JsonObject { ["organisationId"] = implementer, ["role"] = "implementer" });
        var program = await CreatedIdAsync(ProgramsRoutes.Programs, body);
        var call = await CreatedIdAsync(ProgramsRoutes.Calls, CallBody(program, places: 2));
        var apps = new List<string>();
        foreach (var coop in new[] { await CooperativeAsync(), await CooperativeAsync() })
        {
            var (id, _) = await SubmittedAsync(call, coop);
            await MovedAsync(id, "underReview", null);
            await MovedAsync(id, "selected");
            apps.Add(id);
        }
        foreach (var (app, amount) in new[] { (apps[0], 180000m), (apps[1], 95000.5m) })
        {
            var support = await PostJsonAsync($"{ProgramsRoutes.Applications}/{app}/support", new JsonObject { ["axis"] = "equipment", ["kind"] = "equipment", ["amount"] = amount, ["deliveredOn"] = "2025-11-10" });
            Assert.That(support.StatusCode, Is.EqualTo(HttpStatusCode.Created), await support.Content.ReadAsStringAsync());
        }
        await PostJsonAsync($"{ProgramsRoutes.Applications}/{apps[0]}/support", new JsonObject { ["axis"] = "capacity", ["kind"] = "training", ["deliveredOn"] = "2025-11-12" });
        await PostJsonAsync($"{ProgramsRoutes.Applications}/{apps[0]}/outcomes", new JsonObject { ["indicator"] = "jobs_created", ["value"] = 6, ["measuredOn"] = "2025-12-31" });

        var response = await Anonymous.GetAsync($"{ProgramsRoutes.Programs}/{program}/iati.xml");
        var xml = await response.Content.ReadAsStringAsync();
        var document = XDocument.Parse(xml);
        var errors = new List<string>();
        document.Validate(IatiSchemas(), (_, e) => errors.Add($"{e.Severity}: {e.Message}"));
        var broken = new XDocument(document);
        broken.Root!.Element("iati-activity")!.Element("reporting-org")!.Remove();
        var brokenErrors = new List<string>();
        broken.Validate(IatiSchemas(), (_, e) => brokenErrors.Add(e.Message));
        var grants = JsonNode.Parse(await Anonymous.GetStringAsync($"{ProgramsRoutes.Programs}/{program}/360giving.json"))!["grants"]!.AsArray();
        var unknown = await Anonymous.GetAsync($"{ProgramsRoutes.Programs}/{Guid.NewGuid()}/iati.xml");

        var activity = document.Root!.Element("iati-activity")!;
        Assert.Multiple(async () =>
        {
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/xml"));
            Assert.That(errors, Is.Empty, "valid against the IATI 2.03 activity schema shipped in db/reference/iati-2.03");
            Assert.That(brokenErrors, Is.Not.Empty, "the validator does reject an activity without its reporting organisation");
            Assert.That((string?)activity.Element("iati-identifier"), Is.EqualTo("MA-COOPHUB-TAGHYIR"));
            Assert.That(activity.Elements("participating-org").Select(o => ((string?)o.Attribute("role"), (string?)o.Element("narrative"))),
                Is.EqualTo(new[] { ("1", (string?)"Agence espagnole de coopération"), ("4", (string?)"Agence de l'Oriental") }));
            Assert.That(activity.Elements("transaction").Select(t => (decimal)t.Element("value")!), Is.EquivalentTo(new[] { 180000m, 95000.5m }), "training without an amount is not a disbursement");
            Assert.That((decimal)activity.Element("budget")!.Element("value")!, Is.EqualTo(2500000m));
            var jobs = activity.Elements("result").Single(r => (string?)r.Element("title")!.Element("narrative") == "Emplois créés").Element("indicator")!.Element("period")!;
            Assert.That(((string?)jobs.Element("target")!.Attribute("value"), (string?)jobs.Element("actual")!.Attribute("value")), Is.EqualTo(("20", "6")));
            Assert.That(grants.Select(g => (decimal?)g!["amountAwarded"]), Is.EquivalentTo(new decimal?[] { 180000m, 95000.5m }));
            Assert.That(grants.All(g => (string?)g!["currency"] == "MAD" && (string?)g["fundingOrganization"]![0]!["name"] == "Agence espagnole de coopération"), Is.True);
            Assert.That(grants.Select(g => (string?)g!["id"]).Distinct().Count(), Is.EqualTo(2));
            await ProblemAsync(unknown, 404);
        });
    }
}

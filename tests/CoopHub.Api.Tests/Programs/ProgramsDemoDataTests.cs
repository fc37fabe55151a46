using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;

namespace CoopHub.Api.Tests.Programs;

/// <summary>
/// Issue 19: the demo calls' required documents name the vault's kind (statutes, registration certificate, ONSSA
/// authorisation…), so the application form's picker lists only documents of that kind.
/// </summary>
public sealed class ProgramsDemoDataTests
{
    private static readonly string[] VaultKinds =
        ["statutes", "registrationCertificate", "onssaAuthorisation", "certification", "bankIdentity", "attendanceSheet", "photo", "other"];

    [Test]
    public async Task Given_demo_data_Then_every_required_document_of_every_demo_call_names_a_vault_kind()
    {
        var connectionString = await TestDatabases.NewSqliteAsync();
        await using (var app = new CoopHubApp(Engine.Sqlite, connectionString, demoData: true))
        {
            using var admin = app.CreateAdminClient();
            var calls = JsonNode.Parse(await admin.GetStringAsync("/api/v1/calls?pageSize=100"))!["items"]!.AsArray();
            var documents = calls.SelectMany(c => c!["documents"]!.AsArray()).ToList();

            Assert.That(calls, Has.Count.GreaterThanOrEqualTo(3));
            Assert.Multiple(() =>
            {
                Assert.That(documents.Select(d => (string?)d!["kind"]), Has.All.AnyOf(VaultKinds), string.Join(", ", documents.Select(d => $"{d!["key"]}={d["kind"]}")));
                Assert.That(documents.Where(d => (string?)d!["key"] == "statutes").Select(d => (string?)d!["kind"]), Has.All.EqualTo("statutes"));
                Assert.That(documents.Where(d => (string?)d!["key"] == "registration").Select(d => (string?)d!["kind"]), Has.All.EqualTo("registrationCertificate"));
                Assert.That(documents.Any(d => (string?)d!["kind"] == "onssaAuthorisation"), Is.True, "the agri-food call asks for the ONSSA authorisation");
            });
        }
        TestDatabases.DeleteSqlite(connectionString);
    }
}

using System.Net;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;
using CoopHub.Networks;
using Microsoft.Data.Sqlite;

namespace CoopHub.Api.Tests.Database;

/// <summary>
/// Migration 0013 on a database written before it (ADR 0021): the modules' C# step re-computes every stored search key,
/// and the cooperatives' token index is built from them, so rows written with the old folded keys are found by stem.
/// </summary>
public sealed class SearchReindexMigrationTests(Engine engine) : CooperativeTest(engine)
{
    /// <summary>What 0002 and 0012 left: the trigram index over keys that were the folded text, no name-key indexes.</summary>
    private const string Before0013 = """
        DELETE FROM app_schema_versions WHERE id = '0013_app_search_analyzer';
        DROP TRIGGER coop_cooperatives_fts_update;
        DROP TRIGGER coop_cooperatives_fts_delete;
        DROP TABLE coop_cooperatives_fts;
        DROP INDEX ix_coop_cooperatives_name_ar_key;
        DROP INDEX ix_coop_cooperatives_name_fr_key;
        UPDATE coop_cooperatives SET search_text = registration_key || ' ' || name_ar_key;
        UPDATE net_organisations SET search_text = name_key;
        CREATE VIRTUAL TABLE coop_cooperatives_fts USING fts5(search_text, content='coop_cooperatives', content_rowid='seq', tokenize='trigram');
        CREATE TRIGGER coop_cooperatives_fts_delete AFTER DELETE ON coop_cooperatives BEGIN
            INSERT INTO coop_cooperatives_fts (coop_cooperatives_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
        END;
        CREATE TRIGGER coop_cooperatives_fts_update AFTER UPDATE OF search_text ON coop_cooperatives BEGIN
            INSERT INTO coop_cooperatives_fts (coop_cooperatives_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
            INSERT INTO coop_cooperatives_fts (rowid, search_text) VALUES (new.seq, new.search_text);
        END;
        INSERT INTO coop_cooperatives_fts (coop_cooperatives_fts) VALUES ('rebuild');
        """;

    [Test]
    public async Task Given_rows_keyed_before_0013_Then_migrating_re_indexes_them_and_search_finds_them_by_stem()
    {
        if (Engine != Engine.Sqlite) Assert.Ignore("The pre-0013 state is rebuilt with SQLite statements; SQL Server runs the same C# step.");
        var (cooperative, _) = await RegisterAsync(CooperativeBodies.Valid(registrationNumber: "RX-1", nameAr: "جمعية للسياحة البيئية", nameFr: null));
        var organisation = await PostJsonAsync(NetworksRoutes.Organisations, new JsonObject { ["kind"] = "association", ["nameAr"] = "مجموعة للصيد التقليدي" });
        Assert.That(organisation.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await App.DisposeAsync();
        await ExecuteAsync(Before0013);

        await using var restarted = new CoopHubApp(Engine, ConnectionString); // starts, so migrates: 0013 and its step run
        using var client = restarted.CreateAdminClient();

        var coops = await BodyAsync(await client.GetAsync($"{CooperativesRoutes.Base}?q={Uri.EscapeDataString("السياحة البيئية")}"));
        var organisations = await BodyAsync(await client.GetAsync($"{NetworksRoutes.Organisations}?q={Uri.EscapeDataString("الصيد")}"));
        Assert.Multiple(async () =>
        {
            Assert.That(coops["items"]!.AsArray().Select(i => (string?)i!["id"]), Is.EqualTo(new[] { cooperative }));
            Assert.That(organisations["items"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM app_schema_versions WHERE id = '0013_app_search_analyzer'"), Is.EqualTo(1));
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM coop_cooperatives WHERE search_text NOT LIKE '% سياح %'"), Is.Zero, "the key holds the stems");
        });
        // The rebuilt token index agrees with the keys (FTS5 raises an error otherwise).
        await ExecuteAsync("INSERT INTO coop_cooperatives_fts (coop_cooperatives_fts) VALUES ('integrity-check');");
    }

    private async Task ExecuteAsync(string sql)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}

using CoopHub.Shared.Data;
using CoopHub.Shared.Text;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CoopHub.Api.Tests.Database;

public sealed class DialectTests
{
    private static readonly SqlServerDialect SqlServer = new();
    private static readonly SqliteDialect Sqlite = new();

    private static IEnumerable<(string Name, string Sql)> Statements(ISqlDialect d) =>
    [
        ("paging", $"SELECT id FROM coop_cooperatives ORDER BY name_sort {d.Paging()}"),
        ("now", $"SELECT {d.UtcNow} AS now_utc"),
        ("string aggregate", $"SELECT cooperative_id, {d.StringAggregate("sector_code", ",")} AS sectors FROM coop_cooperative_sectors GROUP BY cooperative_id"),
        ("match", $"SELECT id FROM coop_cooperatives WHERE {d.MatchesNormalized("search_text", "@Term")}"),
        ("starts with", $"SELECT id FROM coop_cooperatives WHERE {d.StartsWith("search_text", "@Prefix")}"),
        ("upsert", d.Upsert("coop_cooperative_sectors", ["cooperative_id", "sector_code"], ["note"])),
    ];

    [Test]
    public void Given_sql_server_output_Then_scriptdom_parses_every_statement()
    {
        foreach (var (name, sql) in Statements(SqlServer))
        {
            Assert.That(TSql.Parse(sql), Is.Empty, $"{name}: {sql}");
        }
    }

    [Test]
    public async Task Given_sqlite_output_Then_sqlite_runs_every_statement()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await connection.ExecuteAsync("""
            CREATE TABLE coop_cooperatives (id TEXT PRIMARY KEY, name_sort TEXT, search_text TEXT);
            CREATE TABLE coop_cooperative_sectors (cooperative_id TEXT, sector_code TEXT, note TEXT, PRIMARY KEY (cooperative_id, sector_code));
            INSERT INTO coop_cooperatives VALUES ('a', 'b', '100% bio'), ('c', 'd', 'bio_local');
            INSERT INTO coop_cooperative_sectors VALUES ('a', 'argan', NULL), ('a', 'heritage', NULL);
            """);

        var page = await connection.QueryAsync<string>($"SELECT id FROM coop_cooperatives ORDER BY name_sort {Sqlite.Paging()}", new { Skip = 1, Take = 1 });
        var now = await connection.ExecuteScalarAsync<string>($"SELECT {Sqlite.UtcNow}");
        var sectors = await connection.ExecuteScalarAsync<string>($"SELECT {Sqlite.StringAggregate("sector_code", ",")} FROM coop_cooperative_sectors");
        var matches = await connection.QueryAsync<string>($"SELECT id FROM coop_cooperatives WHERE {Sqlite.MatchesNormalized("search_text", "@Term")}",
            new { Term = SearchText.ContainsPattern("%") });
        var prefixed = await connection.QueryAsync<string>($"SELECT id FROM coop_cooperatives WHERE {Sqlite.StartsWith("search_text", "@Prefix")}", new { Prefix = "bio" });
        await connection.ExecuteAsync(Sqlite.Upsert("coop_cooperative_sectors", ["cooperative_id", "sector_code"], ["note"]), new { cooperative_id = "a", sector_code = "argan", note = "updated" });
        var note = await connection.ExecuteScalarAsync<string>("SELECT note FROM coop_cooperative_sectors WHERE sector_code = 'argan'");
        var count = await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM coop_cooperative_sectors");

        Assert.Multiple(() =>
        {
            Assert.That(page, Is.EqualTo(new[] { "c" }));
            Assert.That(DateTimeOffset.Parse(now!, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(sectors!.Split(',').Order(), Is.EqualTo(new[] { "argan", "heritage" }));
            Assert.That(matches, Is.EqualTo(new[] { "a" }));
            Assert.That(prefixed, Is.EqualTo(new[] { "c" }));
            Assert.That(note, Is.EqualTo("updated"));
            Assert.That(count, Is.EqualTo(2));
        });
    }

    [Test]
    public void Given_the_sql_server_upsert_Then_it_is_one_merge_keyed_on_the_key_columns()
    {
        var sql = SqlServer.Upsert("coop_cooperative_sectors", ["cooperative_id", "sector_code"], ["note"]);

        Assert.That(sql, Does.StartWith("MERGE coop_cooperative_sectors WITH (HOLDLOCK)")
            .And.Contain("ON target.cooperative_id = source.cooperative_id AND target.sector_code = source.sector_code")
            .And.Contain("WHEN NOT MATCHED THEN INSERT"));
    }
}

using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Shared.Data;
using CoopHub.Shared.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CoopHub.Api.Tests.Database;

public sealed class MigrationTests
{
    private static string[] Ids(string engine) => Directory.GetFiles(RepoPaths.Combine("db", "migrations", engine), "*.sql")
        .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray()!;

    [Test]
    public void Given_both_engines_Then_their_migration_folders_hold_the_same_ids()
    {
        Assert.That(Ids("sqlserver"), Is.EqualTo(Ids("sqlite")));
        Assert.That(Ids("sqlite"), Is.Not.Empty);
    }

    [Test]
    public void Given_the_shipped_scripts_Then_they_are_the_files_in_db_migrations()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MigrationScripts.For(DatabaseProvider.Sqlite).Select(s => s.Id), Is.EqualTo(Ids("sqlite")));
            Assert.That(MigrationScripts.For(DatabaseProvider.SqlServer).Select(s => s.Id), Is.EqualTo(Ids("sqlserver")));
        });
    }

    [Test]
    public void Given_migration_names_Then_they_are_numbered_and_name_a_module_or_app()
    {
        foreach (var id in Ids("sqlite"))
        {
            Assert.That(id, Does.Match(@"^\d{4}_(app|identity|cooperatives|programs|events|networks|projectbank|webhooks|notifications|documents)_[a-z0-9_]+$"), id);
        }
    }

    [Test]
    public void Given_every_tsql_script_Then_scriptdom_parses_it_without_errors()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Combine("db", "migrations", "sqlserver"), "*.sql"))
        {
            var errors = TSql.Parse(File.ReadAllText(file));
            Assert.That(errors, Is.Empty, $"{Path.GetFileName(file)}: {string.Join("; ", errors)}");
        }
    }

    [Test]
    public async Task Given_an_applied_script_that_changed_Then_start_fails_with_a_clear_message()
    {
        var connectionString = await TestDatabases.NewSqliteAsync();
        var factory = new SqliteConnectionFactory(new DatabaseOptions { ConnectionString = connectionString });
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE app_schema_versions SET checksum = 'BEEF' WHERE id = '0002_cooperatives_create_tables'";
            Assert.That(await command.ExecuteNonQueryAsync(), Is.EqualTo(1));
        }

        var error = Assert.ThrowsAsync<MigrationChecksumException>(() => new Migrator(factory, NullLogger<Migrator>.Instance).MigrateAsync());

        Assert.That(error!.Message, Does.Contain("0002_cooperatives_create_tables").And.Contain("add a new numbered one"));
        TestDatabases.DeleteSqlite(connectionString);
    }

    [Test]
    public async Task Given_a_migrated_database_Then_migrating_again_applies_nothing()
    {
        var connectionString = await TestDatabases.NewSqliteAsync();
        var migrator = new Migrator(new SqliteConnectionFactory(new DatabaseOptions { ConnectionString = connectionString }), NullLogger<Migrator>.Instance);

        Assert.Multiple(async () =>
        {
            Assert.That(await migrator.MigrateAsync(), Is.EqualTo(0));
            Assert.That(await migrator.IsUpToDateAsync(CancellationToken.None), Is.True);
        });
        TestDatabases.DeleteSqlite(connectionString);
    }
}

internal static class TSql
{
    public static IList<string> Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors.Select(e => $"line {e.Line}: {e.Message}").ToList();
    }
}

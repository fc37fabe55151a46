using CoopHub.Shared.Data;
using CoopHub.Shared.Migrations;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Testcontainers.MsSql;

namespace CoopHub.Api.Tests.Infrastructure;

/// <summary>
/// SQLite: one migrated template file, copied per test (fast, isolated).
/// SQL Server: one Testcontainers instance per run and a fresh database per test; where no
/// Docker engine exists the SQL Server fixtures are reported as skipped with the reason.
/// </summary>
internal static class TestDatabases
{
    private static readonly string Directory = Path.Combine(Path.GetTempPath(), "coophub-tests-" + Environment.ProcessId);
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private static readonly Lazy<Task<MsSqlContainer?>> SqlServer = new(StartSqlServerAsync);
    private static string? _sqlServerUnavailable;
    private static int _counter;

    public static async Task<string> NewSqliteAsync()
    {
        var template = await Template.Value;
        var path = Path.Combine(Directory, $"test-{Interlocked.Increment(ref _counter)}.db");
        File.Copy(template, path, overwrite: true);
        return $"Data Source={path}";
    }

    public static void DeleteSqlite(string connectionString)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            try { File.Delete(file); } catch (IOException) { }
        }
    }

    /// <summary>Null with a reason when SQL Server cannot run here.</summary>
    public static async Task<(string? ConnectionString, string? Reason)> NewSqlServerAsync()
    {
        var container = await SqlServer.Value;
        if (container is null) return (null, _sqlServerUnavailable);
        var name = $"coophub_t{Interlocked.Increment(ref _counter)}";
        var master = container.GetConnectionString();
        await using (var connection = new SqlConnection(master))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE [{name}]";
            await command.ExecuteNonQueryAsync();
        }
        return (new SqlConnectionStringBuilder(master) { InitialCatalog = name }.ConnectionString, null);
    }

    private static async Task<string> CreateTemplateAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, "template.db");
        var options = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={path}" };
        await new Migrator(new SqliteConnectionFactory(options), NullLogger<Migrator>.Instance).MigrateAsync();
        await using (var connection = new SqliteConnection(options.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            // Fold the WAL into the file so a plain copy carries the whole schema.
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        return path;
    }

    private static async Task<MsSqlContainer?> StartSqlServerAsync()
    {
        var dockerHost = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (string.IsNullOrEmpty(dockerHost) && !File.Exists("/var/run/docker.sock"))
        {
            _sqlServerUnavailable = "No Docker engine here (DOCKER_HOST unset, no /var/run/docker.sock): the SQL Server suite needs Testcontainers.MsSql and is skipped.";
            return null;
        }
        try
        {
            var container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
            await container.StartAsync();
            return container;
        }
        catch (Exception ex)
        {
            _sqlServerUnavailable = $"SQL Server container could not start ({ex.GetType().Name}: {ex.Message}); the SQL Server suite is skipped.";
            return null;
        }
    }
}

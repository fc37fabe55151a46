using System.Data.Common;
using System.Text.RegularExpressions;
using CoopHub.Shared.Data;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace CoopHub.Shared.Migrations;

public sealed class MigrationChecksumException(string message) : Exception(message);

/// <summary>
/// Applies the numbered scripts in order, each in its own transaction, and records them in
/// app_schema_versions with a checksum. A script that changed after it was applied stops the start.
/// A module's C# steps (<see cref="IMigrationStep"/>) run right after their script, in its transaction.
/// </summary>
public sealed partial class Migrator(IDbConnectionFactory factory, ILogger<Migrator> logger, IEnumerable<IMigrationStep>? steps = null)
{
    private readonly IReadOnlyList<IMigrationStep> _steps = (steps ?? []).ToList();

    private const string CreateVersionsSqlite = """
        CREATE TABLE IF NOT EXISTS app_schema_versions (
            id TEXT NOT NULL PRIMARY KEY,
            checksum TEXT NOT NULL,
            applied_at TEXT NOT NULL
        )
        """;

    private const string CreateVersionsSqlServer = """
        IF OBJECT_ID(N'app_schema_versions', N'U') IS NULL
        CREATE TABLE app_schema_versions (
            id NVARCHAR(200) NOT NULL PRIMARY KEY,
            checksum NVARCHAR(64) NOT NULL,
            applied_at DATETIMEOFFSET NOT NULL
        )
        """;

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        if (connection is SqliteConnection)
        {
            await connection.ExecuteAsync("PRAGMA journal_mode=WAL;");
        }
        if (factory.Provider == DatabaseProvider.SqlServer)
        {
            // Several instances may start together: one migrates, the others wait and then find nothing to do.
            await connection.ExecuteAsync(
                "EXEC sp_getapplock @Resource = N'coophub-migrations', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 120000");
        }
        await connection.ExecuteAsync(factory.Provider == DatabaseProvider.Sqlite ? CreateVersionsSqlite : CreateVersionsSqlServer);

        try
        {
            return await ApplyPendingAsync(connection, cancellationToken);
        }
        finally
        {
            if (factory.Provider == DatabaseProvider.SqlServer)
            {
                await connection.ExecuteAsync("EXEC sp_releaseapplock @Resource = N'coophub-migrations', @LockOwner = 'Session'");
            }
        }
    }

    private async Task<int> ApplyPendingAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var applied = (await connection.QueryAsync<(string Id, string Checksum)>(
            "SELECT id AS Id, checksum AS Checksum FROM app_schema_versions")).ToDictionary(x => x.Id, x => x.Checksum);

        var count = 0;
        foreach (var script in MigrationScripts.For(factory.Provider))
        {
            if (applied.TryGetValue(script.Id, out var checksum))
            {
                if (!string.Equals(checksum, script.Checksum, StringComparison.OrdinalIgnoreCase))
                {
                    throw new MigrationChecksumException(
                        $"Migration {script.Id} was changed after it was applied to this database (recorded checksum {checksum}, script now {script.Checksum}). " +
                        "Never edit an applied migration: restore the original script and add a new numbered one.");
                }
                continue;
            }
            if (!await ApplyAsync(connection, script, cancellationToken)) continue;
            logger.LogInformation("Applied migration {Id}", script.Id);
            count++;
        }
        return count;
    }

    /// <summary>True when every shipped script is recorded with its checksum.</summary>
    public async Task<bool> IsUpToDateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await factory.OpenAsync(cancellationToken);
        var applied = (await connection.QueryAsync<(string Id, string Checksum)>(
            "SELECT id AS Id, checksum AS Checksum FROM app_schema_versions")).ToDictionary(x => x.Id, x => x.Checksum);
        return MigrationScripts.For(factory.Provider).All(s => applied.TryGetValue(s.Id, out var c) && string.Equals(c, s.Checksum, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Applies one script in its transaction; false when another instance applied it since this one looked. On SQLite
    /// the transaction takes the write lock at BEGIN (IMMEDIATE), so two instances starting together on one file apply
    /// each script once: the second waits for the first's commit, then finds the script recorded (SQL Server: the app lock).
    /// </summary>
    private async Task<bool> ApplyAsync(DbConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false)
            : await connection.BeginTransactionAsync(cancellationToken);
        var recorded = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT checksum FROM app_schema_versions WHERE id = @Id", new { script.Id }, transaction, cancellationToken: cancellationToken));
        if (recorded is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            if (!string.Equals(recorded, script.Checksum, StringComparison.OrdinalIgnoreCase))
            {
                throw new MigrationChecksumException($"Migration {script.Id} was applied by another instance with a different checksum ({recorded}, script now {script.Checksum}).");
            }
            return false;
        }
        // T-SQL scripts may hold several batches separated by GO lines.
        var batches = factory.Provider == DatabaseProvider.SqlServer ? GoSeparator().Split(script.Sql) : [script.Sql];
        foreach (var batch in batches.Where(b => !string.IsNullOrWhiteSpace(b)))
        {
            await connection.ExecuteAsync(new CommandDefinition(batch, transaction: transaction, cancellationToken: cancellationToken));
        }
        foreach (var step in _steps.Where(s => s.MigrationId == script.Id))
        {
            await step.RunAsync(new MigrationContext(connection, transaction, factory.Provider), cancellationToken);
            logger.LogInformation("Ran step {Step} of migration {Id}", step.GetType().Name, script.Id);
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO app_schema_versions (id, checksum, applied_at) VALUES (@Id, @Checksum, @AppliedAt)",
            new { script.Id, script.Checksum, AppliedAt = DateTimeOffset.UtcNow },
            transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoSeparator();
}

using Dapper;

namespace CoopHub.Shared.Migrations;

/// <summary>
/// Migration 0013's step for one table: every row's search key re-computed with the analyzer (ADR 0021),
/// from the same source columns the writers use. Running it again writes the same keys.
/// </summary>
public abstract class SearchKeyReindex<TRow> : IMigrationStep
{
    /// <summary>The script that empties the keys (and, on SQLite, rebuilds the cooperatives' token index) before this step fills them.</summary>
    public const string Migration = "0013_app_search_analyzer";

    public string MigrationId => Migration;

    /// <summary>The rows, with whatever columns <see cref="KeyOf"/> needs.</summary>
    protected abstract string SelectSql { get; }

    /// <summary>Binds <c>@Id</c> and <c>@Key</c>.</summary>
    protected abstract string UpdateSql { get; }

    protected abstract (Guid Id, string Key) KeyOf(TRow row);

    public async Task RunAsync(MigrationContext context, CancellationToken cancellationToken)
    {
        var rows = await context.Connection.QueryAsync<TRow>(new CommandDefinition(SelectSql, transaction: context.Transaction, cancellationToken: cancellationToken));
        var keys = rows.Select(KeyOf).Select(k => new { k.Id, k.Key }).ToList();
        if (keys.Count == 0) return;
        await context.Connection.ExecuteAsync(new CommandDefinition(UpdateSql, keys, context.Transaction, cancellationToken: cancellationToken));
    }
}

using System.Data;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace CoopHub.Shared.Data;

/// <summary>
/// One connection per request scope. Commands run inside the transaction the unit-of-work
/// behaviour opens; queries run without one. Handlers never open connections themselves.
/// </summary>
public sealed class DbSession(IDbConnectionFactory factory, ISqlDialect dialect) : IAsyncDisposable
{
    private DbConnection? _connection;
    private List<Func<Task>>? _undoOnRollback;

    public ISqlDialect Dialect => dialect;

    public DbTransaction? Transaction { get; private set; }

    public async Task<DbConnection> ConnectionAsync(CancellationToken cancellationToken)
        => _connection ??= await factory.OpenAsync(cancellationToken);

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        var connection = await ConnectionAsync(cancellationToken);
        // BEGIN IMMEDIATE on SQLite: take the write lock up front so two writers never deadlock on upgrade.
        Transaction = connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: false)
            : await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
    }

    /// <summary>
    /// Work outside the database to undo if the current transaction does not commit: a file written for a row that
    /// then never lands (Documents' blob store). Run after the rollback, once; an undo that throws is skipped (it must
    /// not hide the failure that rolled back), so an undo reports its own failures. Dropped on commit.
    /// </summary>
    public void OnRollback(Func<Task> undo)
    {
        if (Transaction is null) throw new InvalidOperationException("No transaction to undo with.");
        (_undoOnRollback ??= []).Add(undo);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (Transaction is null) return;
        await Transaction.CommitAsync(cancellationToken);
        await Transaction.DisposeAsync();
        Transaction = null;
        _undoOnRollback = null;
    }

    public async Task RollbackAsync()
    {
        if (Transaction is null) return;
        try
        {
            await Transaction.RollbackAsync();
        }
        finally
        {
            await Transaction.DisposeAsync();
            Transaction = null;
            await UndoAsync();
        }
    }

    private async Task UndoAsync()
    {
        var undos = _undoOnRollback;
        _undoOnRollback = null;
        foreach (var undo in undos ?? [])
        {
            try
            {
                await undo();
            }
            catch (Exception)
            {
                // Best effort, see OnRollback.
            }
        }
    }

    /// <summary>Drops the connection after a transient failure so a retry starts clean.</summary>
    public async Task ResetAsync()
    {
        await RollbackAsync().ConfigureAwait(false);
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    public async Task<IEnumerable<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
        => await (await ConnectionAsync(cancellationToken)).QueryAsync<T>(Command(sql, parameters, cancellationToken));

    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
        => await (await ConnectionAsync(cancellationToken)).QuerySingleOrDefaultAsync<T>(Command(sql, parameters, cancellationToken));

    public async Task<T> ExecuteScalarAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
        => (await (await ConnectionAsync(cancellationToken)).ExecuteScalarAsync<T>(Command(sql, parameters, cancellationToken)))!;

    public async Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken)
        => await (await ConnectionAsync(cancellationToken)).ExecuteAsync(Command(sql, parameters, cancellationToken));

    /// <summary>
    /// Counts the rows of <paramref name="from"/> (a FROM clause) matching every clause, then reads one
    /// page of them in <paramref name="orderBy"/> order: the two queries every paged list runs.
    /// </summary>
    public async Task<(IReadOnlyList<T> Rows, int Total)> PageAsync<T>(
        string select, string from, IReadOnlyList<string> clauses, string orderBy, DynamicParameters parameters, int page, int pageSize, CancellationToken cancellationToken)
    {
        var where = clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);
        parameters.Add("Skip", (long)(page - 1) * pageSize);
        parameters.Add("Take", pageSize);
        var total = await ExecuteScalarAsync<int>($"SELECT COUNT(*) {from} {where}", parameters, cancellationToken);
        var rows = await QueryAsync<T>($"SELECT {select} {from} {where} ORDER BY {orderBy} {dialect.Paging()}", parameters, cancellationToken);
        return (rows.ToList(), total);
    }

    private CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken)
        => new(sql, parameters, Transaction, commandTimeout: 60, cancellationToken: cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Transaction is not null)
        {
            await Transaction.DisposeAsync();
            Transaction = null;
            await UndoAsync();
        }
        if (_connection is not null) await _connection.DisposeAsync();
    }
}

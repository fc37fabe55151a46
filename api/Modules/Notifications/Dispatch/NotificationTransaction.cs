using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CoopHub.Notifications.Dispatch;

/// <summary>
/// The transaction the cursor and claims run in: SQLite takes its write lock at BEGIN (IMMEDIATE), so two instances never
/// both act on the same rows; SQL Server takes the default and the statements' own lock hints.
/// </summary>
internal static class NotificationTransaction
{
    public static async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken ct)
        => connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: false)
            : await connection.BeginTransactionAsync(ct);
}

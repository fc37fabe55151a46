using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CoopHub.Webhooks.Delivery;

/// <summary>
/// The transaction claims run in. SQLite takes its write lock at BEGIN (IMMEDIATE), so two instances never both read
/// the same unclaimed rows; SQL Server takes the default and the claim statements' own lock hints (UPDLOCK, READPAST).
/// </summary>
internal static class ClaimTransaction
{
    public static async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken ct)
        => connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: false)
            : await connection.BeginTransactionAsync(ct);
}

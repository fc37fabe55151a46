using System.Data.Common;
using CoopHub.Shared.Data;

namespace CoopHub.Shared.Migrations;

/// <summary>The open connection and transaction of the script a <see cref="IMigrationStep"/> belongs to.</summary>
public sealed record MigrationContext(DbConnection Connection, DbTransaction Transaction, DatabaseProvider Provider);

/// <summary>
/// Work a numbered migration needs that SQL cannot do (re-computing a stored search key with the C# analyzer).
/// It runs right after the script <see cref="MigrationId"/>, in the same transaction, so it runs exactly once with
/// it, or not at all; a step must still be safe to run again (re-computing from the source columns is).
/// Modules register their steps as <c>IMigrationStep</c> singletons.
/// </summary>
public interface IMigrationStep
{
    /// <summary>The script id, e.g. <c>0013_app_search_analyzer</c>.</summary>
    string MigrationId { get; }

    Task RunAsync(MigrationContext context, CancellationToken cancellationToken);
}

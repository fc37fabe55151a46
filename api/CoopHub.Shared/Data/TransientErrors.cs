using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Polly;
using Polly.Retry;

namespace CoopHub.Shared.Data;

public static class TransientErrors
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6).
    private static readonly HashSet<int> SqliteCodes = [5, 6];

    // The SQL Server / Azure SQL error numbers Microsoft documents as transient.
    private static readonly HashSet<int> SqlServerNumbers =
        [-2, 20, 64, 233, 1205, 4060, 4221, 10053, 10054, 10060, 10928, 10929, 40143, 40197, 40501, 40540, 40613, 42108, 42109, 49918, 49919, 49920];

    public static bool IsTransient(Exception exception) => exception switch
    {
        SqliteException e => SqliteCodes.Contains(e.SqliteErrorCode),
        SqlException e => e.Errors.Cast<SqlError>().Any(x => SqlServerNumbers.Contains(x.Number)),
        _ => false,
    };

    public static ResiliencePipeline CreatePipeline() => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            MaxRetryAttempts = 4,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(50),
        })
        .Build();
}

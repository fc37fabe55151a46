using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CoopHub.Shared.Data;

public static class DbErrors
{
    /// <summary>A unique index refused the row: the last guard when two writers race past a pre-check.</summary>
    public static bool IsUniqueViolation(Exception exception) => exception switch
    {
        SqliteException e => e.SqliteErrorCode == 19 && e.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase),
        SqlException e => e.Number is 2601 or 2627,
        _ => false,
    };
}

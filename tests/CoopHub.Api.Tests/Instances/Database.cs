using System.Data.Common;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace CoopHub.Api.Tests.Instances;

/// <summary>A connection to a test's database, for the checks a user cannot make through the API (the rows written).</summary>
internal static class Database
{
    public static async Task<DbConnection> OpenAsync(Engine engine, string connectionString)
    {
        DbConnection connection = engine == Engine.SqlServer ? new SqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return connection;
    }
}

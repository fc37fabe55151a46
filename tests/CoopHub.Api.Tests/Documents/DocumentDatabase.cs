using System.Data.Common;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace CoopHub.Api.Tests.Documents;

/// <summary>The test's own database read or changed as an operator would (the API does not show storage keys), on either engine.</summary>
internal static class DocumentDatabase
{
    public static async Task<object?> ScalarAsync(Engine engine, string connectionString, string sql)
    {
        await using var connection = Open(engine, connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    public static async Task ExecuteAsync(Engine engine, string connectionString, string sql)
    {
        await using var connection = Open(engine, connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>From now on the database refuses every new document row, as a disk full or a lost connection would fail the upload's transaction.</summary>
    public static Task RefuseDocumentRowsAsync(Engine engine, string connectionString) => ExecuteAsync(engine, connectionString, engine == Engine.Sqlite
        ? "CREATE TRIGGER test_refuse_documents BEFORE INSERT ON doc_documents BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;"
        : "CREATE TRIGGER test_refuse_documents ON doc_documents INSTEAD OF INSERT AS BEGIN THROW 50000, 'refused by the test', 1; END");

    public static Task AcceptDocumentRowsAsync(Engine engine, string connectionString)
        => ExecuteAsync(engine, connectionString, "DROP TRIGGER test_refuse_documents");

    /// <summary>Every file of the blob store, as keys (temporary files included, under their own names).</summary>
    public static string[] FilesIn(CoopHubApp app)
        => Directory.Exists(app.FilesRoot) ? Directory.GetFiles(app.FilesRoot, "*", SearchOption.AllDirectories).Select(Path.GetFileName).OfType<string>().Order().ToArray() : [];

    private static DbConnection Open(Engine engine, string connectionString)
        => engine == Engine.Sqlite ? new SqliteConnection(connectionString) : new Microsoft.Data.SqlClient.SqlConnection(connectionString);
}

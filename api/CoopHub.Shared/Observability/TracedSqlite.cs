using System.Data;
using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace CoopHub.Shared.Observability;

/// <summary>
/// The SQLite connection the factory hands out: a <see cref="SqliteConnection"/> (the dialect checks still see one) whose
/// commands each run in a span. Microsoft.Data.Sqlite has no diagnostic events of its own, and every command it runs —
/// Dapper's queries, executes and scalars, sync or async — goes through <see cref="SqliteCommand.ExecuteReader(CommandBehavior)"/>.
/// SQL Server's commands are traced by the SqlClient instrumentation instead.
/// </summary>
internal sealed class TracedSqliteConnection(string connectionString) : SqliteConnection(connectionString)
{
    public override SqliteCommand CreateCommand()
    {
        // The base command carries the open transaction and the default timeout; the traced one takes them over.
        using var template = base.CreateCommand();
        return new TracedSqliteCommand { Connection = this, Transaction = template.Transaction, CommandTimeout = template.CommandTimeout };
    }
}

internal sealed class TracedSqliteCommand : SqliteCommand
{
    public override SqliteDataReader ExecuteReader(CommandBehavior behavior)
    {
        using var activity = SqlSpans.Start("sqlite", CommandText, Connection?.DataSource);
        try
        {
            return base.ExecuteReader(behavior);
        }
        catch (Exception ex) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            activity.SetTag("error.type", ex is SqliteException sqlite ? sqlite.SqliteErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : ex.GetType().FullName);
            throw;
        }
    }
}

/// <summary>A client span per SQL command, named after its operation, with the statement's text and never its parameter values.</summary>
internal static class SqlSpans
{
    public static Activity? Start(string system, string? text, string? database)
    {
        if (!Telemetry.Source.HasListeners()) return null;
        var operation = Operation(text);
        var activity = Telemetry.Source.StartActivity(operation, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("db.system.name", system);
            activity.SetTag("db.operation.name", operation);
            activity.SetTag("db.query.text", text);
            if (!string.IsNullOrEmpty(database)) activity.SetTag("db.namespace", Path.GetFileName(database));
        }
        return activity;
    }

    /// <summary>The statement's first keyword (<c>SELECT</c>, <c>INSERT</c>, <c>UPDATE</c>, <c>WITH</c>...), upper case.</summary>
    public static string Operation(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "SQL";
        var span = text.AsSpan().TrimStart();
        var end = 0;
        while (end < span.Length && char.IsAsciiLetter(span[end])) end++;
        return end == 0 ? "SQL" : span[..end].ToString().ToUpperInvariant();
    }
}

namespace CoopHub.Shared.Data;

/// <summary>
/// The few places where SQLite and SQL Server differ. Everything else is written once,
/// in the subset both engines share.
/// </summary>
public interface ISqlDialect
{
    DatabaseProvider Provider { get; }

    /// <summary>Paging clause that follows an ORDER BY; binds <c>@Skip</c> and <c>@Take</c>.</summary>
    string Paging(string skipParameter = "@Skip", string takeParameter = "@Take");

    /// <summary>Current UTC time as an expression.</summary>
    string UtcNow { get; }

    /// <summary>Concatenates <paramref name="expression"/> over a group, separated by <paramref name="separator"/>.</summary>
    string StringAggregate(string expression, string separator);

    /// <summary>
    /// Case- and accent-insensitive match of a column that holds text normalised by
    /// <see cref="Text.SearchText.Normalize"/> against a parameter holding an escaped LIKE pattern.
    /// </summary>
    string MatchesNormalized(string column, string patternParameter);

    /// <summary>True when folded <paramref name="column"/> begins with the folded text in <paramref name="parameter"/> (no LIKE pattern).</summary>
    string StartsWith(string column, string parameter);

    /// <summary>Insert-or-update of one row keyed by <paramref name="keyColumns"/>; parameters are named like the columns.</summary>
    string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> valueColumns);
}

public sealed class SqliteDialect : ISqlDialect
{
    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public string Paging(string skipParameter = "@Skip", string takeParameter = "@Take")
        => $"LIMIT {takeParameter} OFFSET {skipParameter}";

    public string UtcNow => "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    public string StringAggregate(string expression, string separator)
        => $"group_concat({expression}, '{Escape(separator)}')";

    public string MatchesNormalized(string column, string patternParameter)
        => $"{column} LIKE {patternParameter} ESCAPE '\\'";

    public string StartsWith(string column, string parameter) => $"substr({column}, 1, length({parameter})) = {parameter}";

    public string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> valueColumns)
    {
        var all = keyColumns.Concat(valueColumns).ToList();
        var updates = string.Join(", ", valueColumns.Select(c => $"{c} = excluded.{c}"));
        return $"INSERT INTO {table} ({string.Join(", ", all)}) VALUES ({string.Join(", ", all.Select(c => "@" + c))}) "
             + $"ON CONFLICT ({string.Join(", ", keyColumns)}) DO UPDATE SET {updates}";
    }

    private static string Escape(string value) => value.Replace("'", "''", StringComparison.Ordinal);
}

public sealed class SqlServerDialect : ISqlDialect
{
    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public string Paging(string skipParameter = "@Skip", string takeParameter = "@Take")
        => $"OFFSET {skipParameter} ROWS FETCH NEXT {takeParameter} ROWS ONLY";

    public string UtcNow => "SYSUTCDATETIME()";

    public string StringAggregate(string expression, string separator)
        => $"STRING_AGG({expression}, N'{Escape(separator)}')";

    // The normalised column is already folded; a binary collation keeps LIKE exact and fast.
    public string MatchesNormalized(string column, string patternParameter)
        => $"{column} COLLATE Latin1_General_100_BIN2 LIKE {patternParameter} ESCAPE '\\'";

    // Folded text never ends with a space, so LEN's trailing-space rule cannot bite.
    public string StartsWith(string column, string parameter) => $"LEFT({column}, LEN({parameter})) = {parameter}";

    public string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> valueColumns)
    {
        var all = keyColumns.Concat(valueColumns).ToList();
        var on = string.Join(" AND ", keyColumns.Select(c => $"target.{c} = source.{c}"));
        var updates = string.Join(", ", valueColumns.Select(c => $"{c} = source.{c}"));
        return $"MERGE {table} WITH (HOLDLOCK) AS target "
             + $"USING (SELECT {string.Join(", ", all.Select(c => $"@{c} AS {c}"))}) AS source "
             + $"ON {on} "
             + $"WHEN MATCHED THEN UPDATE SET {updates} "
             + $"WHEN NOT MATCHED THEN INSERT ({string.Join(", ", all)}) VALUES ({string.Join(", ", all.Select(c => "source." + c))});";
    }

    private static string Escape(string value) => value.Replace("'", "''", StringComparison.Ordinal);
}

using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using CoopHub.Shared.Data;

namespace CoopHub.Shared.Migrations;

public sealed record MigrationScript(string Id, string Sql, string Checksum);

/// <summary>The numbered scripts of db/migrations/{engine}, shipped inside this assembly.</summary>
public static class MigrationScripts
{
    public static IReadOnlyList<MigrationScript> For(DatabaseProvider provider)
    {
        var prefix = provider == DatabaseProvider.Sqlite ? "migrations/sqlite/" : "migrations/sqlserver/";
        var assembly = typeof(MigrationScripts).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Load(assembly, n, prefix))
            .ToList();
    }

    private static MigrationScript Load(Assembly assembly, string name, string prefix)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sql = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var checksum = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
        return new MigrationScript(Path.GetFileNameWithoutExtension(name[prefix.Length..]), sql, checksum);
    }
}

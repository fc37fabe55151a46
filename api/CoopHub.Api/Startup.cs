using CoopHub.Cooperatives;
using CoopHub.Shared;
using CoopHub.Shared.Migrations;

namespace CoopHub.Api;

internal static class Startup
{
    /// <summary>Migrates, then loads demo data into an empty database when DemoData:Enabled is true.</summary>
    public static async Task PrepareDatabaseAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CoopHub.Startup");
        var options = app.Services.GetRequiredService<CoopHub.Shared.Data.DatabaseOptions>();
        if (options.Provider == CoopHub.Shared.Data.DatabaseProvider.Sqlite)
        {
            EnsureSqliteDirectory(options.ConnectionString);
        }
        var applied = await app.Services.GetRequiredService<Migrator>().MigrateAsync();
        logger.LogInformation("Database ({Provider}) migrated: {Applied} new script(s).", options.Provider, applied);
        await CoopHub.Identity.IdentityModule.BootstrapAsync(app.Services, app.Configuration, logger, CancellationToken.None);

        if (!app.Configuration.GetValue("DemoData:Enabled", false)) return;
        await using var scope = app.Services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>())
        {
            if (await seeder.HasDataAsync(CancellationToken.None)) continue;
            await seeder.SeedAsync(CancellationToken.None);
            logger.LogInformation("Loaded demo data with {Seeder}.", seeder.GetType().Name);
        }
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var dataSource = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
    }
}

internal static class Tools
{
    /// <summary><c>demo-csv COUNT FILE [SEED]</c>: the demo generator's rows as import CSV, for the benchmark.</summary>
    public static async Task<int> WriteDemoCsvAsync(string[] args)
    {
        if (args.Length < 2 || !int.TryParse(args[0], out var count) || count < 1)
        {
            await Console.Error.WriteLineAsync("usage: CoopHub.Api demo-csv COUNT FILE [SEED]");
            return 2;
        }
        var seed = args.Length > 2 && int.TryParse(args[2], out var s) ? s : 1;
        await using var writer = new StreamWriter(args[1], false, new System.Text.UTF8Encoding(true));
        await CooperativesModule.WriteDemoCsvAsync(writer, count, seed, CancellationToken.None);
        return 0;
    }
}

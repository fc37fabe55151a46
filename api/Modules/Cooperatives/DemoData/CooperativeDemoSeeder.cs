using CoopHub.Cooperatives.ImportCooperatives;
using CoopHub.Shared;
using CoopHub.Shared.Data;
using CoopHub.Shared.Reference;
using Mediator;

namespace CoopHub.Cooperatives.DemoData;

/// <summary>Loads the demo registry through the import path, so demo rows pass the same validation as real ones.</summary>
internal sealed class CooperativeDemoSeeder(DbSession db, ISender sender, ReferenceData reference) : IDemoDataSeeder
{
    public const int Count = 360;
    public const int Seed = 2026;

    public async Task<bool> HasDataAsync(CancellationToken cancellationToken)
        => await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM coop_cooperatives", null, cancellationToken) > 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var csv = await CooperativeDemoData.CsvAsync(reference, Count, Seed, cancellationToken);
        var result = await sender.Send(new ImportCooperativesCommand(csv, DryRun: false), cancellationToken);
        if (result.IsFailure) throw new InvalidOperationException("Demo data could not be loaded: " + result.Error!.Message);
        var report = result.Value;
        if (report.Errors.Count > 0)
        {
            throw new InvalidOperationException("Demo data did not pass validation: " + string.Join("; ", report.Errors.Take(5).Select(e => $"row {e.Row} {e.Field}: {e.Message}")));
        }
    }
}

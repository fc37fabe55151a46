using CoopHub.Cooperatives.Model;
using CoopHub.Cooperatives.RegisterCooperative;
using CoopHub.Shared;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Cooperatives.ImportCooperatives;

internal sealed class ImportCooperativesHandler(DbSession db, RegisterCooperativeValidator validator, TimeProvider clock)
    : ICommandHandler<ImportCooperativesCommand, CooperativeImportReport>
{
    public const int MaxReportedErrors = 1000;

    public async ValueTask<CooperativeImportReport> Handle(ImportCooperativesCommand command, CancellationToken cancellationToken)
    {
        var (rows, readErrors) = CooperativeCsv.Read(command.Csv);
        var errors = readErrors.Select(e => new CooperativeImportError(e.Row, e.Field, e.Message)).ToList();

        foreach (var row in rows)
        {
            var result = await validator.ValidateAsync(row.Command, cancellationToken);
            errors.AddRange(result.Errors.Select(f => new CooperativeImportError(row.Row, CsvField(f.PropertyName), f.ErrorMessage)));
        }

        var existing = (await db.QueryAsync<string>("SELECT registration_number FROM coop_cooperatives", null, cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => !string.IsNullOrWhiteSpace(r.Command.RegistrationNumber)))
        {
            var number = row.Command.RegistrationNumber!.Trim();
            if (existing.Contains(number))
            {
                errors.Add(new CooperativeImportError(row.Row, "registrationNumber", $"'{number}' is already registered."));
            }
            else if (!seen.TryAdd(number, row.Row))
            {
                errors.Add(new CooperativeImportError(row.Row, "registrationNumber", $"'{number}' is already on row {seen[number]} of this file."));
            }
        }

        if (errors.Count > 0)
        {
            var rejected = errors.Select(e => e.Row).Distinct().Count();
            var ordered = errors.OrderBy(e => e.Row).ThenBy(e => e.Field, StringComparer.Ordinal).Take(MaxReportedErrors).ToList();
            return new CooperativeImportReport(0, rejected, command.DryRun, ordered);
        }
        if (command.DryRun)
        {
            return new CooperativeImportReport(rows.Count, 0, true, []);
        }

        var now = clock.GetUtcNow();
        var records = rows.Select(r => r.Command.ToRow(Guid.NewGuid(), r.Command.Status ?? CooperativeStatus.Active, 1, now, now)).ToList();
        await db.ExecuteAsync(CooperativeStore.Insert, records, cancellationToken);
        await db.ExecuteAsync(CooperativeStore.InsertSector, records.SelectMany(CooperativeStore.SectorRows), cancellationToken);
        await db.ExecuteAsync(CooperativeStore.InsertStatusChange, records.Select(r => new StatusChangeRow(
            Guid.NewGuid(), r.Id, 1, null, r.Status, r.FoundedOn ?? DateOnly.FromDateTime(now.UtcDateTime), "Imported", now)), cancellationToken);
        return new CooperativeImportReport(records.Count, 0, false, []);
    }

    /// <summary>A validator path (members.women) named as its CSV column (membersWomen).</summary>
    private static string CsvField(string propertyName)
    {
        var head = propertyName.Split('[', 2)[0];
        return head switch
        {
            "members.total" => "membersTotal",
            "members.women" => "membersWomen",
            "members.youth" => "membersYouth",
            "board.size" => "boardSize",
            "board.managerRole" => "managerRole",
            "contact.phone" => "contactPhone",
            "contact.email" => "contactEmail",
            "contact.website" => "contactWebsite",
            _ => JsonNames.CamelCasePath(head.Split('.')[0]),
        };
    }
}

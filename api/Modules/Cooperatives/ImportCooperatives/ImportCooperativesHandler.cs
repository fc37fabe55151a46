using CoopHub.Cooperatives.Model;
using CoopHub.Cooperatives.RegisterCooperative;
using CoopHub.Shared;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Http;

namespace CoopHub.Cooperatives.ImportCooperatives;

/// <summary>
/// All or nothing: rows that cannot be read, fail validation or repeat a registration number are
/// reported (200-shaped, nothing written); a file touching a region outside the caller's scope
/// is refused whole (403); a concurrent registration of the same number rolls everything back (409).
/// </summary>
internal sealed class ImportCooperativesHandler(DbSession db, RegisterCooperativeValidator validator, AuditTrail audit, IHttpContextAccessor http, TimeProvider clock, ISender sender)
    : ICommandHandler<ImportCooperativesCommand, Result<CooperativeImportReport>>
{
    public const int MaxReportedErrors = 1000;

    public async ValueTask<Result<CooperativeImportReport>> Handle(ImportCooperativesCommand command, CancellationToken cancellationToken)
    {
        var (rows, readErrors) = CooperativeCsv.Read(command.Csv);
        if (CurrentUserServices.FromContext(http).StaffRegions is { } scope)
        {
            var outside = rows.Where(r => r.Command.RegionCode is { } region && !scope.Contains(region)).ToList();
            if (outside.Count > 0)
            {
                (string, object?)[] args =
                [
                    ("row", outside[0].Row), ("region", ReferenceNames.Region(outside[0].Command.RegionCode)),
                    ("regions", ReferenceNames.Regions(scope.Order(StringComparer.Ordinal))), ("more", outside.Count - 1),
                ];
                return outside.Count == 1
                    ? Error.Forbidden("cooperatives.import.outside_your_regions", args)
                    : Error.Forbidden("cooperatives.import.outside_your_regions_many", args);
            }
        }
        var errors = readErrors.Select(e => new CooperativeImportError(e.Row, e.Field, e.Code, e.Message)).ToList();

        foreach (var row in rows)
        {
            var result = await validator.ValidateAsync(row.Command, cancellationToken);
            errors.AddRange(result.Errors.Select(f => new CooperativeImportError(row.Row, CsvField(f.PropertyName), CodeOf(f), f.ErrorMessage)));
        }
        var existing = (await db.QueryAsync<string>("SELECT registration_key FROM coop_cooperatives", null, cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => !string.IsNullOrWhiteSpace(r.Command.RegistrationNumber)))
        {
            var number = row.Command.RegistrationNumber!.Trim();
            var key = CooperativeStore.RegistrationKey(number);
            if (existing.Contains(key))
            {
                errors.Add(RowError(row.Row, "registrationNumber", "cooperatives.import.already_registered", ("number", number)));
            }
            else if (!seen.TryAdd(key, row.Row))
            {
                errors.Add(RowError(row.Row, "registrationNumber", "cooperatives.import.repeated_in_file", ("number", number), ("row", seen[key])));
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
        var before = await CooperativeStore.LastSeqAsync(db, cancellationToken);
        try
        {
            await db.ExecuteAsync(CooperativeStore.Insert, records, cancellationToken);
        }
        catch (Exception ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return Error.Conflict("import.concurrent_registration");
        }
        await CooperativeStore.IndexNewRowsAsync(db, before, cancellationToken);
        await db.ExecuteAsync(CooperativeStore.InsertSector, records.SelectMany(CooperativeStore.SectorRows), cancellationToken);
        await db.ExecuteAsync(CooperativeStore.InsertStatusChange, records.Select(r => new StatusChangeRow(
            Guid.NewGuid(), r.Id, 1, null, r.Status, r.FoundedOn ?? DateOnly.FromDateTime(now.UtcDateTime), null, now, StatusReason.Imported)), cancellationToken);
        // The rows whose contactConsent says yes: their contacts' consent to announcements, source registry-import, by the
        // importer, now — in this transaction. Only new cooperatives: an import never touches an existing one's choices.
        var consented = rows.Select((r, i) => (r.Command.ContactConsent, records[i].Id)).Where(x => x.ContactConsent == true).Select(x => x.Id).ToList();
        if (consented.Count > 0)
        {
            await sender.Send(new CoopHub.Contracts.Notifications.RecordRegistryContactConsent(consented, CoopHub.Contracts.Notifications.RegistryContactConsentSources.Import,
                CurrentUserServices.FromContext(http).Id), cancellationToken);
        }
        audit.Record("cooperativeImport", null, null, new { imported = records.Count, consents = consented.Count, firstRegistrationNumber = records[0].RegistrationNumber, lastRegistrationNumber = records[^1].RegistrationNumber });
        return new CooperativeImportReport(records.Count, 0, false, []);
    }

    private static CooperativeImportError RowError(int row, string field, string code, params (string Name, object? Value)[] args)
        => new(row, field, code, ServerText.Get(code, args));

    /// <summary>The failure's code, as the validation problem's fieldCodes name it (ADR 0020).</summary>
    private static string CodeOf(FluentValidation.Results.ValidationFailure failure)
        => failure.ErrorCode?.Contains('.', StringComparison.Ordinal) == true ? failure.ErrorCode : ValidationText.FieldCode(failure.ErrorCode ?? "Predicate");

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
            "contact.language" => "contactLanguage",
            _ => JsonNames.CamelCasePath(head.Split('.')[0]),
        };
    }
}

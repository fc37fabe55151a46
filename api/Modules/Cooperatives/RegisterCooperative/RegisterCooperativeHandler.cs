using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using Mediator;

namespace CoopHub.Cooperatives.RegisterCooperative;

internal sealed class RegisterCooperativeHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CoopHub.Shared.Security.CurrentUser user)
    : ICommandHandler<RegisterCooperativeCommand, Result<CooperativeDetails>>
{
    public async ValueTask<Result<CooperativeDetails>> Handle(RegisterCooperativeCommand command, CancellationToken cancellationToken)
    {
        if (await CooperativeStore.RegistrationNumberTakenAsync(db, command.RegistrationNumber!, null, cancellationToken))
        {
            return DuplicateRegistrationNumber(command.RegistrationNumber!);
        }
        var now = clock.GetUtcNow();
        var row = command.ToRow(Guid.NewGuid(), command.Status ?? CooperativeStatus.Active, 1, now, now);
        try
        {
            await CooperativeStore.InsertAsync(db, row, cancellationToken);
        }
        catch (Exception ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return DuplicateRegistrationNumber(command.RegistrationNumber!);
        }
        var details = row.ToDetails();
        audit.Record("cooperative", details.Id, null, details);
        await CoopHub.Shared.Outbox.Outbox.WriteAsync(db, new CoopHub.Contracts.Cooperatives.CooperativeRegisteredEvent(
            details.Id, details.RegistrationNumber, details.NameAr, details.NameFr, details.RegionCode, details.ProvinceCode, details.Sectors), now, cancellationToken);
        if (command.ContactConsent == true)
        {
            // In this transaction: the cooperative and its contact's consent exist together or not at all.
            await sender.Send(new CoopHub.Contracts.Notifications.RecordRegistryContactConsent([details.Id], CoopHub.Contracts.Notifications.RegistryContactConsentSources.Staff, user.Id), cancellationToken);
        }
        return details;
    }

    /// <summary>409 with the message under the registration number too (and its code in fieldCodes).</summary>
    public static Error DuplicateRegistrationNumber(string registrationNumber)
        => Error.Conflict("cooperative.registration_number_taken", ("number", registrationNumber.Trim())) with
        {
            Fields = new Dictionary<string, string[]> { ["registrationNumber"] = [ServerText.Get("cooperatives.registration_number.taken")] },
            Extensions = new Dictionary<string, object?> { ["fieldCodes"] = new Dictionary<string, string[]> { ["registrationNumber"] = ["cooperatives.registration_number.taken"] } },
        };
}

using CoopHub.Cooperatives.Authorization;
using CoopHub.Cooperatives.GetCooperative;
using CoopHub.Cooperatives.Model;
using CoopHub.Cooperatives.RegisterCooperative;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Cooperatives.UpdateCooperative;

internal sealed class UpdateCooperativeHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user, ReferenceData reference)
    : ICommandHandler<UpdateCooperativeCommand, Result<CooperativeDetails>>
{
    private const string Sql = """
        UPDATE coop_cooperatives SET
            registration_number = @RegistrationNumber, name_ar = @NameAr, name_fr = @NameFr, legal_form = @LegalForm,
            sectors = @Sectors, activities = @Activities, products = @Products, region_code = @RegionCode,
            province_code = @ProvinceCode, commune = @Commune, address = @Address, founded_on = @FoundedOn,
            members_total = @MembersTotal, members_women = @MembersWomen, members_youth = @MembersYouth,
            women_led = @WomenLed, board_size = @BoardSize, manager_role = @ManagerRole,
            certifications = @Certifications, needs = @Needs, contact_phone = @ContactPhone,
            contact_email = @ContactEmail, contact_website = @ContactWebsite, contact_language = @ContactLanguage,
            search_text = @SearchText, registration_key = @RegistrationKey, name_ar_key = @NameArKey,
            name_fr_key = @NameFrKey, name_sort = @NameSort,
            version = @Version, updated_at = @UpdatedAt
        WHERE id = @Id AND version = @Version - 1
        """;

    public async ValueTask<Result<CooperativeDetails>> Handle(UpdateCooperativeCommand command, CancellationToken cancellationToken)
    {
        var current = await CooperativeStore.FindAsync(db, command.Id, cancellationToken);
        if (current is null) return GetCooperativeHandler.NotFound();
        if (CooperativeAccess.MayEdit(user, reference, current, command) is { } denied) return denied;
        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Error.PreconditionFailed();
        }
        if (await CooperativeStore.RegistrationNumberTakenAsync(db, command.RegistrationNumber!, command.Id, cancellationToken))
        {
            return RegisterCooperativeHandler.DuplicateRegistrationNumber(command.RegistrationNumber!);
        }

        var row = command.ToRow(current.Id, current.ParsedStatus(), current.Version + 1, current.CreatedAt, clock.GetUtcNow());
        int updated;
        try
        {
            updated = await db.ExecuteAsync(Sql, row, cancellationToken);
        }
        catch (Exception ex) when (DbErrors.IsUniqueViolation(ex))
        {
            return RegisterCooperativeHandler.DuplicateRegistrationNumber(command.RegistrationNumber!);
        }
        if (updated == 0)
        {
            return Error.PreconditionFailed();
        }
        await CooperativeStore.ReplaceSectorsAsync(db, row, cancellationToken);
        var after = row.ToDetails();
        audit.Record("cooperative", after.Id, current.ToDetails(), after);
        return after;
    }
}

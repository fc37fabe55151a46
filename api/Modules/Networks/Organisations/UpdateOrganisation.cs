using System.Text.Json.Serialization;
using CoopHub.Networks.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Networks.Organisations;

internal sealed record UpdateOrganisationCommand : OrganisationFields, ICommand<Result<OrganisationDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateOrganisationValidator(ReferenceData reference) : OrganisationFieldsValidator<UpdateOrganisationCommand>(reference);

internal sealed class UpdateOrganisationAuthorizer : IAuthorizer<UpdateOrganisationCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UpdateOrganisationCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "auth.staff_only"));
}

internal sealed class UpdateOrganisationHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<UpdateOrganisationCommand, Result<OrganisationDetails>>
{
    private const string Sql = """
        UPDATE net_organisations SET kind = @Kind, name_ar = @NameAr, name_fr = @NameFr, name_en = @NameEn, acronym = @Acronym,
            region_code = @RegionCode, province_code = @ProvinceCode, phone = @Phone, email = @Email, website = @Website,
            name_key = @NameKey, search_text = @SearchText, version = @Version, updated_at = @UpdatedAt
        WHERE id = @Id AND version = @Version - 1
        """;

    public async ValueTask<Result<OrganisationDetails>> Handle(UpdateOrganisationCommand command, CancellationToken cancellationToken)
    {
        var current = await OrganisationRow.FindAsync(db, command.Id, cancellationToken);
        if (current is null) return NetworkErrors.OrganisationNotFound();
        // Staff of the organisation's region, and of the region it moves to.
        if ((NetworkAccess.ManageRegionOf(user, current.RegionCode, RegionRule.EditOrganisation)
            ?? NetworkAccess.ManageRegionOf(user, command.RegionCode, RegionRule.MoveOrganisation)) is { } denied) return denied;
        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Error.PreconditionFailed();
        }
        var row = command.ToRow(current.Id, current.Version + 1, current.CreatedAt, clock.GetUtcNow());
        if (await db.ExecuteAsync(Sql, row, cancellationToken) == 0) return Error.PreconditionFailed();
        var after = row.ToDetails();
        audit.Record("organisation", row.Id, current.ToDetails(), after);
        return after;
    }
}

internal static class UpdateOrganisationEndpoint
{
    public static RouteGroupBuilder MapUpdateOrganisation(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}", async Task<Results<Ok<OrganisationDetails>, ProblemHttpResult>> (
                Guid id, UpdateOrganisationCommand command, ISender sender, HttpRequest request, CancellationToken ct) =>
                await request.WriteIfMatched(version => sender.Send(command with { Id = id, ExpectedVersion = version }, ct), updated => updated.Version))
            .WithName("UpdateOrganisation")
            .RequireAuthorization()
            .WithSummary("Replaces an organisation's record. Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 412, 428);
        return group;
    }
}

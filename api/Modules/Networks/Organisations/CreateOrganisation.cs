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

internal sealed record CreateOrganisationCommand : OrganisationFields, ICommand<Result<OrganisationDetails>>
{
    /// <summary>From ?force=true: create even when a similar organisation exists.</summary>
    [JsonIgnore]
    public bool Force { get; init; }
}

internal sealed class CreateOrganisationValidator(ReferenceData reference) : OrganisationFieldsValidator<CreateOrganisationCommand>(reference);

internal sealed class CreateOrganisationAuthorizer : IAuthorizer<CreateOrganisationCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateOrganisationCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? NetworkAccess.ManageRegion(user, message.RegionCode, RegionRule.AddOrganisation) : AccessDenied.For(user, "auth.staff_only"));
}

internal sealed class CreateOrganisationHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<CreateOrganisationCommand, Result<OrganisationDetails>>
{
    public const string InsertSql = """
        INSERT INTO net_organisations (id, kind, name_ar, name_fr, name_en, acronym, region_code, province_code, phone, email, website,
            name_key, search_text, version, created_at, updated_at)
        VALUES (@Id, @Kind, @NameAr, @NameFr, @NameEn, @Acronym, @RegionCode, @ProvinceCode, @Phone, @Email, @Website,
            @NameKey, @SearchText, @Version, @CreatedAt, @UpdatedAt)
        """;

    public async ValueTask<Result<OrganisationDetails>> Handle(CreateOrganisationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = command.ToRow(Guid.NewGuid(), 1, now, now);
        if (!command.Force)
        {
            var candidates = await SimilarAsync(db, command, cancellationToken);
            if (candidates.Count > 0)
            {
                return Error.Of(ErrorKind.Conflict, "organisation.possible_duplicate")
                    with { Extensions = new Dictionary<string, object?> { ["candidates"] = candidates } };
            }
        }
        await db.ExecuteAsync(InsertSql, row, cancellationToken);
        var details = row.ToDetails();
        audit.Record("organisation", row.Id, null, details);
        return details;
    }

    /// <summary>Same folded name (in any language) or same acronym, in the same region (or both without one).</summary>
    private static async Task<IReadOnlyList<OrganisationDetails>> SimilarAsync(DbSession db, OrganisationFields f, CancellationToken ct)
    {
        var keys = OrganisationRow.Keys(f.NameAr, f.NameFr, f.NameEn, null).ToArray();
        var acronym = CoopHub.Shared.Text.SearchText.Normalize(f.Acronym);
        var rows = await db.QueryAsync<OrganisationRow>($"""
            SELECT {OrganisationRow.Columns} FROM net_organisations o
            WHERE ((@Region IS NULL AND o.region_code IS NULL) OR o.region_code = @Region)
            """, new { Region = f.RegionCode }, ct);
        return rows.Where(r => OrganisationRow.Keys(r.NameAr, r.NameFr, r.NameEn, null).Intersect(keys).Any()
                || (acronym.Length > 0 && CoopHub.Shared.Text.SearchText.Normalize(r.Acronym) == acronym))
            .Take(10).Select(r => r.ToDetails()).ToList();
    }
}

internal static class CreateOrganisationEndpoint
{
    public static RouteGroupBuilder MapCreateOrganisation(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Results<Created<OrganisationDetails>, ProblemHttpResult>> (
                CreateOrganisationCommand command, ISender sender, HttpResponse response, CancellationToken ct, bool force = false) =>
                (await sender.Send(command with { Force = force }, ct)).CreatedWithETag(response, created => NetworksRoutes.Organisation(created.Id), created => created.Version))
            .WithName("CreateOrganisation")
            .RequireAuthorization()
            .WithSummary("Adds a partner organisation; a similar one in the same region is a 409 listing the candidates unless force=true.")
            .ProducesProblems(400, 401, 403, 409);
        return group;
    }
}

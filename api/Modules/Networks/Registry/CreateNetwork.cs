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

namespace CoopHub.Networks.Registry;

internal sealed record CreateNetworkCommand : NetworkFields, ICommand<Result<NetworkDetails>>;

internal sealed class CreateNetworkValidator(ReferenceData reference, TimeProvider clock) : NetworkFieldsValidator<CreateNetworkCommand>(reference, clock);

internal sealed class CreateNetworkAuthorizer : IAuthorizer<CreateNetworkCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateNetworkCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff
            ? NetworkAccess.ManageRegion(user, message.Scope == NetworkScope.National ? null : message.RegionCode, RegionRule.RegisterNetwork)
            : AccessDenied.For(user, "auth.staff_only"));
}

internal sealed class CreateNetworkHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<CreateNetworkCommand, Result<NetworkDetails>>
{
    private const string InsertSql = """
        INSERT INTO net_networks (id, kind, name_ar, name_fr, name_en, acronym, scope, region_code, province_code, sectors, founded_on,
            status, assembly_on, assembly_place, name_key, search_text, version, created_at, updated_at)
        VALUES (@Id, @Kind, @NameAr, @NameFr, @NameEn, @Acronym, @Scope, @RegionCode, @ProvinceCode, @Sectors, @FoundedOn,
            @Status, @AssemblyOn, @AssemblyPlace, @NameKey, @SearchText, @Version, @CreatedAt, @UpdatedAt)
        """;

    public async ValueTask<Result<NetworkDetails>> Handle(CreateNetworkCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = command.ToRow(Guid.NewGuid(), 1, now, now);
        await db.ExecuteAsync(InsertSql, row, cancellationToken);
        var details = row.ToDetails();
        audit.Record("network", row.Id, null, details);
        return details;
    }
}

internal static class CreateNetworkEndpoint
{
    public static RouteGroupBuilder MapCreateNetwork(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Results<Created<NetworkDetails>, ProblemHttpResult>> (CreateNetworkCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command, ct)).CreatedWithETag(response, created => NetworksRoutes.Network(created.Id), created => created.Version))
            .WithName("CreateNetwork")
            .RequireAuthorization()
            .WithSummary("Registers a network, federation or sectoral union.")
            .ProducesProblems(400, 401, 403);
        return group;
    }
}

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

namespace CoopHub.Networks.Registry;

internal sealed record UpdateNetworkCommand : NetworkFields, ICommand<Result<NetworkDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateNetworkValidator(ReferenceData reference, TimeProvider clock) : NetworkFieldsValidator<UpdateNetworkCommand>(reference, clock);

internal sealed class UpdateNetworkAuthorizer : IAuthorizer<UpdateNetworkCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UpdateNetworkCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(NetworkAccess.MayManageNetworks(user));
}

internal sealed class UpdateNetworkHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<UpdateNetworkCommand, Result<NetworkDetails>>
{
    private const string Sql = """
        UPDATE net_networks SET kind = @Kind, name_ar = @NameAr, name_fr = @NameFr, name_en = @NameEn, acronym = @Acronym, scope = @Scope,
            region_code = @RegionCode, province_code = @ProvinceCode, sectors = @Sectors, founded_on = @FoundedOn, status = @Status,
            assembly_on = @AssemblyOn, assembly_place = @AssemblyPlace, name_key = @NameKey, search_text = @SearchText,
            version = @Version, updated_at = @UpdatedAt
        WHERE id = @Id AND version = @Version - 1
        """;

    public async ValueTask<Result<NetworkDetails>> Handle(UpdateNetworkCommand command, CancellationToken cancellationToken)
    {
        var loaded = await NetworkAccess.LoadToManageAsync(db, user, command.Id, NetworkErrors.NetworkNotFound(), cancellationToken);
        if (loaded.Error is { } refused) return refused;
        var current = loaded.Value;
        // Moving a network to another territory needs rights over the new one too.
        var target = command.Scope == NetworkScope.National ? null : command.RegionCode;
        if (!user.IsAdmin && current.RegionCode != target && NetworkAccess.ManageRegionOf(user, target, RegionRule.MoveNetwork) is { } denied) return denied;
        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Error.PreconditionFailed();
        }
        var row = command.ToRow(current.Id, current.Version + 1, current.CreatedAt, clock.GetUtcNow());
        if (await db.ExecuteAsync(Sql, row, cancellationToken) == 0) return Error.PreconditionFailed();
        row.CurrentMembers = current.CurrentMembers;
        var after = row.ToDetails();
        audit.Record("network", row.Id, current.ToDetails(), after);
        return after;
    }
}

internal static class UpdateNetworkEndpoint
{
    public static RouteGroupBuilder MapUpdateNetwork(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}", async Task<Results<Ok<NetworkDetails>, ProblemHttpResult>> (
                Guid id, UpdateNetworkCommand command, ISender sender, HttpRequest request, CancellationToken ct) =>
                await request.WriteIfMatched(version => sender.Send(command with { Id = id, ExpectedVersion = version }, ct), updated => updated.Version))
            .WithName("UpdateNetwork")
            .RequireAuthorization()
            .WithSummary("Replaces a network's record. Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 412, 428);
        return group;
    }
}

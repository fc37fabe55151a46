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

namespace CoopHub.Networks.Networks;

internal sealed record CreateNetworkCommand : NetworkFields, ICommand<Result<NetworkDetails>>;

internal sealed class CreateNetworkValidator(ReferenceData reference, TimeProvider clock) : NetworkFieldsValidator<CreateNetworkCommand>(reference, clock);

internal sealed class CreateNetworkAuthorizer : IAuthorizer<CreateNetworkCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateNetworkCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff
            ? NetworkAccess.ManageRegion(user, message.Scope == NetworkScope.National ? null : message.RegionCode, "register a network")
            : AccessDenied.For(user, "Only staff can register networks."));
}

internal sealed class CreateNetworkHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<CreateNetworkCommand, Result<NetworkDetails>>
{
    public const string InsertSql = """
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

internal sealed record UpdateNetworkCommand : NetworkFields, ICommand<Result<NetworkDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateNetworkValidator(ReferenceData reference, TimeProvider clock) : NetworkFieldsValidator<UpdateNetworkCommand>(reference, clock);

internal sealed class UpdateNetworkAuthorizer(DbSession db) : IAuthorizer<UpdateNetworkCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(UpdateNetworkCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (await NetworkAccess.ManageNetworkAsync(db, user, message.Id, cancellationToken) is { } denied) return denied;
        if (user.IsAdmin) return null;
        // Moving a network to another territory needs rights over the new one too.
        var current = await NetworkQueries.FindAsync(db, message.Id, cancellationToken);
        var target = message.Scope == NetworkScope.National ? null : message.RegionCode;
        return current is null || current.RegionCode == target ? null : NetworkAccess.ManageRegion(user, target, "move a network there");
    }
}

internal sealed class UpdateNetworkHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<UpdateNetworkCommand, Result<NetworkDetails>>
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
        var current = await NetworkQueries.FindAsync(db, command.Id, cancellationToken);
        if (current is null) return NetworkAccess.NetworkNotFound(command.Id);
        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Error.PreconditionFailed($"The network is at version {current.Version}, not {expected}: read it again.");
        }
        var row = command.ToRow(current.Id, current.Version + 1, current.CreatedAt, clock.GetUtcNow());
        if (await db.ExecuteAsync(Sql, row, cancellationToken) == 0) return Error.PreconditionFailed("The network changed while you were saving: read it again.");
        row.CurrentMembers = current.CurrentMembers;
        var after = row.ToDetails();
        audit.Record("network", row.Id, current.ToDetails(), after);
        return after;
    }
}

internal static class NetworkWriteEndpoints
{
    public static RouteGroupBuilder MapNetworkWrites(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Results<Created<NetworkDetails>, ProblemHttpResult>> (CreateNetworkCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command, ct)).CreatedWithETag(response, created => $"/api/v1/networks/{created.Id}", created => created.Version))
            .WithName("CreateNetwork")
            .RequireAuthorization()
            .WithSummary("Registers a network, federation or sectoral union.")
            .ProducesProblems(400, 401, 403);
        group.MapPut("/{id:guid}", async Task<Results<Ok<NetworkDetails>, ProblemHttpResult>> (
                Guid id, UpdateNetworkCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var ifMatch = ETags.Read(request);
                if (!ifMatch.Present) return ProblemResults.PreconditionRequired();
                return (await sender.Send(command with { Id = id, ExpectedVersion = ifMatch.Version }, ct)).OkWithETag(response, updated => updated.Version);
            })
            .WithName("UpdateNetwork")
            .RequireAuthorization()
            .WithSummary("Replaces a network's record. Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 412, 428);
        return group;
    }
}

using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Networks.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Networks.Bodies;

internal sealed record CreateNetworkBodyCommand : ICommand<Result<NetworkBody>>
{
    [JsonIgnore]
    public Guid NetworkId { get; init; }

    /// <summary>generalAssembly, executiveBureau or workingBody.</summary>
    public BodyKind? Kind { get; init; }

    public string? NameAr { get; init; }

    public string? NameFr { get; init; }

    /// <summary>What the body is for, e.g. tracking projects and assessing their impact.</summary>
    public string? Purpose { get; init; }
}

internal sealed class CreateNetworkBodyValidator : AbstractValidator<CreateNetworkBodyCommand>
{
    public CreateNetworkBodyValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithText("networks.body_kind_required");
        this.ApplyNames(x => x.NameAr, x => x.NameFr, null, "networks.body_name_required");
        RuleFor(x => x.Purpose).SafeMultilineText().MaximumLength(1000);
    }
}

internal sealed class CreateNetworkBodyAuthorizer : IAuthorizer<CreateNetworkBodyCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateNetworkBodyCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(NetworkAccess.MayManageNetworks(user));
}

internal sealed class CreateNetworkBodyHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<CreateNetworkBodyCommand, Result<NetworkBody>>
{
    public async ValueTask<Result<NetworkBody>> Handle(CreateNetworkBodyCommand command, CancellationToken cancellationToken)
    {
        var loaded = await NetworkAccess.LoadToManageAsync(db, user, command.NetworkId, NetworkErrors.NetworkNotFound(), cancellationToken);
        if (loaded.Error is { } refused) return refused;
        var body = new NetworkBody(Guid.NewGuid(), command.Kind!.Value, NetworkText.Clean(command.NameAr), NetworkText.Clean(command.NameFr), NetworkText.Clean(command.Purpose), []);
        await db.ExecuteAsync("""
            INSERT INTO net_bodies (id, network_id, kind, name_ar, name_fr, purpose, created_at) VALUES (@Id, @NetworkId, @Kind, @NameAr, @NameFr, @Purpose, @CreatedAt)
            """, new { body.Id, command.NetworkId, Kind = ApiJson.Api(body.Kind), body.NameAr, body.NameFr, body.Purpose, CreatedAt = clock.GetUtcNow() }, cancellationToken);
        audit.Record("networkBody", body.Id, null, body);
        return body;
    }
}

internal static class CreateNetworkBodyEndpoint
{
    public static RouteGroupBuilder MapCreateNetworkBody(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/bodies", async Task<Results<Created<NetworkBody>, ProblemHttpResult>> (Guid id, CreateNetworkBodyCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { NetworkId = id }, ct)).ToCreated(body => NetworksRoutes.Body(id, body.Id)))
            .WithName("CreateNetworkBody")
            .RequireAuthorization()
            .WithSummary("Creates a body of the network: general assembly, executive bureau or a working body.")
            .ProducesProblems(400, 401, 403, 404);
        return group;
    }
}

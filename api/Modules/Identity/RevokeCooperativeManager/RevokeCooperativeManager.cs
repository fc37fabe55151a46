using CoopHub.Contracts.Cooperatives;
using CoopHub.Identity.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.RevokeCooperativeManager;

internal sealed record RevokeCooperativeManagerCommand(Guid CooperativeId, Guid UserId) : ICommand<Result<bool>>;

internal sealed class RevokeCooperativeManagerAuthorizer : IAuthorizer<RevokeCooperativeManagerCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RevokeCooperativeManagerCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "auth.staff_only"));
}

/// <summary>
/// Staff of the cooperative's region, or administrators, take a manager off a cooperative; her sessions end at their
/// next request (the stamp changed). Another region's cooperative, or someone who is not its manager: not found.
/// </summary>
internal sealed class RevokeCooperativeManagerHandler(DbSession db, ISender sender, AuditTrail audit, CurrentUser user, TimeProvider clock)
    : ICommandHandler<RevokeCooperativeManagerCommand, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(RevokeCooperativeManagerCommand command, CancellationToken cancellationToken)
    {
        var cooperative = await sender.Send(new GetCooperativeSummary(command.CooperativeId), cancellationToken);
        if (cooperative is null || !user.CanManageRegion(cooperative.RegionCode)) return Error.NotFound("identity.managers.not_found");
        var row = await ManagerBindings.UnbindAsync(db, command.UserId, command.CooperativeId, clock.GetUtcNow(), cancellationToken);
        if (row is null) return Error.NotFound("identity.managers.not_found");
        audit.Record("user", row.Id, null, new { revokedFromCooperative = command.CooperativeId });
        return true;
    }
}

internal static class RevokeCooperativeManagerEndpoint
{
    public static RouteGroupBuilder MapRevokeCooperativeManager(this RouteGroupBuilder group)
    {
        group.MapDelete("/{userId:guid}", async Task<Results<NoContent, ProblemHttpResult>> (Guid cooperativeId, Guid userId, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new RevokeCooperativeManagerCommand(cooperativeId, userId), ct);
                return result.IsFailure ? result.Error!.ToProblem() : TypedResults.NoContent();
            })
            .WithName("RevokeCooperativeManager")
            .WithSummary("Staff of the cooperative's region (or administrators) take a manager off the cooperative; her sessions end.")
            .RequireAuthorization()
            .ProducesProblems(401, 403, 404);
        return group;
    }
}

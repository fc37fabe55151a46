using CoopHub.Identity.Authentication;
using CoopHub.Identity.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.LeaveCooperative;

internal sealed record LeaveCooperativeCommand(Guid CooperativeId) : ICommand<Result<UserRow>>;

internal sealed class LeaveCooperativeAuthorizer() : SignedInOnly<LeaveCooperativeCommand>("identity.claims.accounts_only");

/// <summary>A manager stops managing a cooperative (the other managers stay); without a cooperative left, she is no longer a manager.</summary>
internal sealed class LeaveCooperativeHandler(DbSession db, AuditTrail audit, CurrentUser user, TimeProvider clock) : ICommandHandler<LeaveCooperativeCommand, Result<UserRow>>
{
    public async ValueTask<Result<UserRow>> Handle(LeaveCooperativeCommand command, CancellationToken cancellationToken)
    {
        var row = await ManagerBindings.UnbindAsync(db, user.Id!.Value, command.CooperativeId, clock.GetUtcNow(), cancellationToken);
        if (row is null) return Error.NotFound("identity.managers.not_found");
        audit.Record("user", row.Id, null, new { leftCooperative = command.CooperativeId });
        return row;
    }
}

internal static class LeaveCooperativeEndpoint
{
    public static RouteGroupBuilder MapLeaveCooperative(this RouteGroupBuilder group)
    {
        group.MapDelete("/me", async Task<Results<NoContent, ProblemHttpResult>> (Guid cooperativeId, ISender sender, HttpContext context, CancellationToken ct) =>
            {
                var result = await sender.Send(new LeaveCooperativeCommand(cooperativeId), ct);
                if (result.IsFailure) return result.Error!.ToProblem();
                // Her roles changed, so her session's stamp did: a fresh cookie keeps this session open without the cooperative.
                await context.SignInAsync(Principals.CookieScheme, Principals.ForUser(result.Value));
                return TypedResults.NoContent();
            })
            .WithName("LeaveCooperative")
            .WithSummary("The signed-in manager stops managing the cooperative; its other managers stay.")
            .RequireAuthorization()
            .ProducesProblems(401, 403, 404);
        return group;
    }
}

using CoopHub.Events.Model;
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
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Events.Registrations;

/// <summary>Cancels a registration by id, signed in (the code holder's way is <see cref="CancelRegistrationByCodeCommand"/>).</summary>
internal sealed record CancelRegistrationCommand(Guid EventId, Guid RegistrationId) : ICommand<Result<CancellationResult>>;

/// <summary>Signed in; whether the caller manages the cooperative or organises the event is checked by the handler on what it loads.</summary>
internal sealed class CancelRegistrationAuthorizer : IAuthorizer<CancelRegistrationCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CancelRegistrationCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>The cooperative's manager or the event's organisers; the registration and its event are read once, under the event's lock.</summary>
internal sealed class CancelRegistrationHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user)
    : ICommandHandler<CancelRegistrationCommand, Result<CancellationResult>>
{
    public async ValueTask<Result<CancellationResult>> Handle(CancelRegistrationCommand command, CancellationToken cancellationToken)
    {
        if (await Seats.LockAsync(db, command.EventId, cancellationToken) is null) return EventStore.RegistrationNotFound();
        var registration = await EventStore.FindRegistrationAsync(db, command.RegistrationId, cancellationToken);
        if (registration is null || registration.EventId != command.EventId) return EventStore.RegistrationNotFound();
        var ev = (await EventStore.FindAsync(db, command.EventId, cancellationToken))!;
        if (!(registration.CooperativeId is { } coop && user.ManagesCooperative(coop))
            && EventAccess.OrganiserOf(user, ev.RegionCode, OrganiserAction.CancelOthers) is { } forbidden)
        {
            return forbidden;
        }
        return await RegistrationCancellation.CancelAsync(db, audit, clock.GetUtcNow(), registration, ev, forCodeHolder: false, cancellationToken);
    }
}

internal static class CancelRegistrationEndpoint
{
    public static RouteGroupBuilder MapCancelRegistration(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/registrations/{registrationId:guid}/cancel", async Task<Results<Ok<CancellationResult>, ProblemHttpResult>> (
                Guid id, Guid registrationId, ISender sender, CancellationToken ct) => Ok(await sender.Send(new CancelRegistrationCommand(id, registrationId), ct)))
            .WithName("CancelRegistration")
            .RequireAuthorization()
            .WithSummary("Cancels a registration (the cooperative's manager or the organisers); a freed seat goes to the first waitlisted.")
            .ProducesProblems(401, 403, 404, 409);
        return group;
    }
}

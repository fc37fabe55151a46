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

/// <summary>Cancels a registration by its self-service code, without signing in.</summary>
internal sealed record CancelRegistrationByCodeCommand(string Code) : ICommand<Result<CancellationResult>>;

/// <summary>Anyone: the code is the credential (the route is rate-limited against guessing).</summary>
internal sealed class CancelRegistrationByCodeAuthorizer : IAuthorizer<CancelRegistrationByCodeCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CancelRegistrationByCodeCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult<AccessDenied?>(null);
}

internal sealed class CancelRegistrationByCodeHandler(DbSession db, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<CancelRegistrationByCodeCommand, Result<CancellationResult>>
{
    public async ValueTask<Result<CancellationResult>> Handle(CancelRegistrationByCodeCommand command, CancellationToken cancellationToken)
    {
        // The code names the registration, and so the event to lock; its status is read again once the lock is held.
        var found = await EventStore.FindByCodeAsync(db, command.Code, cancellationToken);
        if (found is null) return EventStore.RegistrationNotFound();
        await Seats.LockAsync(db, found.EventId, cancellationToken);
        var registration = (await EventStore.FindRegistrationAsync(db, found.Id, cancellationToken))!;
        var ev = (await EventStore.FindAsync(db, registration.EventId, cancellationToken))!;
        return await RegistrationCancellation.CancelAsync(db, audit, clock.GetUtcNow(), registration, ev, forCodeHolder: true, cancellationToken);
    }
}

internal static class CancelRegistrationByCodeEndpoint
{
    public static RouteGroupBuilder MapCancelRegistrationByCode(this RouteGroupBuilder group)
    {
        group.MapPost("/{code}/cancel", async Task<Results<Ok<CancellationResult>, ProblemHttpResult>> (string code, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new CancelRegistrationByCodeCommand(code), ct)))
            .WithName("CancelRegistrationByCode")
            .WithSummary("Cancels a registration by self-service code, without signing in (rate-limited).")
            .ProducesProblems(404, 409, 429);
        return group;
    }
}

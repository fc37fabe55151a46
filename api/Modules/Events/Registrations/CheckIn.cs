using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Events.Model;
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
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Events.Registrations;

internal sealed record CheckInCommand : ICommand<Result<CheckInResult>>
{
    [JsonIgnore]
    public Guid EventId { get; init; }

    /// <summary>The code the participant shows…</summary>
    public string? Code { get; init; }

    /// <summary>…or the registration picked from the list.</summary>
    public Guid? RegistrationId { get; init; }
}

internal sealed record CheckInResult(RegistrationDetails Registration, bool AlreadyCheckedIn);

internal sealed class CheckInValidator : AbstractValidator<CheckInCommand>
{
    public CheckInValidator() => RuleFor(x => x.Code).NotEmpty().When(x => x.RegistrationId is null).WithText("events.check_in_code_required")
        .MaximumLength(64).SafeText();
}

/// <summary>Staff only; whether they organise this event is checked by the handler on the event it loads.</summary>
internal sealed class CheckInAuthorizer : IAuthorizer<CheckInCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CheckInCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "auth.staff_only"));
}

/// <summary>Idempotent: checking in twice answers 200 with alreadyCheckedIn and counts once.</summary>
internal sealed class CheckInHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<CheckInCommand, Result<CheckInResult>>
{
    public async ValueTask<Result<CheckInResult>> Handle(CheckInCommand command, CancellationToken cancellationToken)
    {
        // An unknown event holds no registration: the same 404 as a code of another event.
        var ev = await EventStore.FindAsync(db, command.EventId, cancellationToken);
        if (ev is null) return EventStore.RegistrationNotFound();
        if (EventAccess.OrganiserOf(user, ev.RegionCode, OrganiserAction.CheckIn) is { } forbidden) return forbidden;
        var registration = command.RegistrationId is { } id
            ? await EventStore.FindRegistrationAsync(db, id, cancellationToken)
            : await EventStore.FindByCodeAsync(db, command.Code!, cancellationToken);
        if (registration is null || registration.EventId != command.EventId) return EventStore.RegistrationNotFound();
        if (ev.StatusValue is not (EventStatus.Published or EventStatus.Completed))
        {
            // The problem code clients know (event.not_open), with the sentence for checking in.
            return new Error(ErrorKind.Conflict, "event.not_open", ServerText.Get("events.check_in_not_open", ("status", EventStatuses.Name(ev.StatusValue))));
        }
        switch (registration.StatusValue)
        {
            case RegistrationStatus.Attended:
                return new CheckInResult(registration.ToDetails(), true);
            case RegistrationStatus.Waitlisted:
                return Error.Conflict("registration.waitlisted", ("position", registration.WaitlistPosition));
            case RegistrationStatus.Cancelled:
                return Error.Conflict("registration.cancelled");
        }
        var now = clock.GetUtcNow();
        var changed = await db.ExecuteAsync("UPDATE evt_registrations SET status = 'attended', checked_in_at = @Now WHERE id = @Id AND status = 'registered'",
            new { Now = now, registration.Id }, cancellationToken);
        var after = (await EventStore.FindRegistrationAsync(db, registration.Id, cancellationToken))!;
        if (changed > 0) audit.Record("registration", registration.Id, registration.ToDetails(), after.ToDetails());
        return new CheckInResult(after.ToDetails(), changed == 0);
    }
}

internal static class CheckInEndpoint
{
    public static RouteGroupBuilder MapCheckIn(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/check-in", async Task<Results<Ok<CheckInResult>, ProblemHttpResult>> (
                Guid id, CheckInCommand command, ISender sender, CancellationToken ct) => Ok(await sender.Send(command with { EventId = id }, ct)))
            .WithName("CheckIn")
            .RequireAuthorization()
            .WithSummary("Checks a participant in by code or from the list; checking in twice is not an error and counts once.")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}

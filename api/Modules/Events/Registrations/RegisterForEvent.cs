using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Contracts.Cooperatives;
using CoopHub.Contracts.Networks;
using CoopHub.Events.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Events.Registrations;

internal sealed record RegisterForEventCommand : ICommand<Result<CreatedRegistration>>
{
    [JsonIgnore]
    public Guid EventId { get; init; }

    /// <summary>The cooperative registering (its manager, or staff on its behalf).</summary>
    public Guid? CooperativeId { get; init; }

    /// <summary>Who will attend, by name or role (e.g. "Présidente"); required without a cooperative.</summary>
    public string? AttendeeName { get; init; }

    public string? AttendeeRole { get; init; }
}

/// <summary>The registration and, once only, its self-service code (keep it: it is the only way to act on the registration without signing in).</summary>
internal sealed record CreatedRegistration(RegistrationDetails Registration, string Code);

internal sealed class RegisterForEventValidator : AbstractValidator<RegisterForEventCommand>
{
    public RegisterForEventValidator()
    {
        RuleFor(x => x.AttendeeName).NotEmpty().When(x => x.CooperativeId is null).WithText("events.attendee_required")
            .MaximumLength(200).SafeText();
        RuleFor(x => x.AttendeeRole).SafeText().MaximumLength(100);
    }
}

/// <summary>
/// Signed in; someone who is not staff registers only a cooperative they manage. Staff's rules (the event's region, or the
/// cooperative's) need the event and the cooperative, so the handler checks them on what it loads.
/// </summary>
internal sealed class RegisterForEventAuthorizer : IAuthorizer<RegisterForEventCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RegisterForEventCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated) return ValueTask.FromResult<AccessDenied?>(AccessDenied.SignInRequired);
        if (user.IsStaff) return ValueTask.FromResult<AccessDenied?>(null);
        if (message.CooperativeId is not { } coopId) return ValueTask.FromResult<AccessDenied?>(AccessDenied.Forbidden("events.register_own_cooperative"));
        return ValueTask.FromResult(user.ManagesCooperative(coopId) ? null : AccessDenied.Forbidden("events.cooperative_not_yours"));
    }
}

/// <summary>
/// Takes a seat or a place on the waitlist, in one transaction under the event's lock (see <see cref="Seats"/>). The event
/// and the cooperative are each read once, and the access rules run on them.
/// </summary>
internal sealed class RegisterForEventHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user)
    : ICommandHandler<RegisterForEventCommand, Result<CreatedRegistration>>
{
    private const string Sql = """
        INSERT INTO evt_registrations (id, event_id, seq, cooperative_id, cooperative_name_ar, cooperative_name_fr, region_code, women_led, attendee_name,
            attendee_role, status, code_hash, registered_at, cancelled_at, checked_in_at, promoted_at)
        VALUES (@Id, @EventId, @Seq, @CooperativeId, @CooperativeNameAr, @CooperativeNameFr, @RegionCode, @WomenLed, @AttendeeName,
            @AttendeeRole, @Status, @CodeHash, @RegisteredAt, NULL, NULL, NULL)
        """;

    public async ValueTask<Result<CreatedRegistration>> Handle(RegisterForEventCommand command, CancellationToken cancellationToken)
    {
        if (await Seats.LockAsync(db, command.EventId, cancellationToken) is not { } seq) return EventStore.NotFound();
        var ev = (await EventStore.FindAsync(db, command.EventId, cancellationToken))!;
        var coop = command.CooperativeId is { } coopId ? await sender.Send(new GetCooperativeSummary(coopId), cancellationToken) : null;
        if (Refusal(ev, command.CooperativeId, coop) is { } forbidden) return forbidden;
        if (!EventAccess.CanSee(user, ev)) return EventStore.NotFound();
        var now = clock.GetUtcNow();
        if (ev.StatusValue != EventStatus.Published) return Error.Conflict("event.not_open", ("status", EventStatuses.Name(ev.StatusValue)));
        if (ev.RegistrationOpensAt is { } opens && now < opens)
        {
            return Error.Conflict("registration.not_open_yet", ("opens", Casablanca.ToLocal(opens)));
        }
        var closes = ev.RegistrationClosesAt ?? ev.StartsAt;
        if (now >= closes) return Error.Conflict("registration.closed", ("closed", Casablanca.ToLocal(closes)));
        if (command.CooperativeId is { } id && await CooperativeRefusalAsync(ev, id, coop, cancellationToken) is { } refused) return refused;
        var taken = await Seats.TakenAsync(db, ev.Id, cancellationToken);
        var status = ev.Capacity is null || taken < ev.Capacity ? RegistrationStatus.Registered : RegistrationStatus.Waitlisted;
        var code = RegistrationCodes.New();
        var row = new RegistrationRow
        {
            Id = Guid.NewGuid(), EventId = ev.Id, Seq = seq, CooperativeId = coop?.Id, CooperativeNameAr = coop?.NameAr, CooperativeNameFr = coop?.NameFr,
            RegionCode = coop?.RegionCode, WomenLed = coop?.WomenLed, AttendeeName = Clean(command.AttendeeName), AttendeeRole = Clean(command.AttendeeRole),
            Status = ApiJson.Api(status), CodeHash = RegistrationCodes.Hash(code), RegisteredAt = now,
        };
        await db.ExecuteAsync(Sql, row, cancellationToken);
        await CoopHub.Shared.Outbox.Outbox.WriteAsync(db, new CoopHub.Contracts.Events.RegistrationCreatedEvent(row.Id, ev.Id, row.CooperativeId, row.AttendeeName, row.Status, now),
            now, cancellationToken);
        var details = (await EventStore.FindRegistrationAsync(db, row.Id, cancellationToken))!.ToDetails();
        audit.Record("registration", row.Id, null, details);
        return new CreatedRegistration(details, code);
    }

    /// <summary>The event's organisers register anyone; otherwise an open event takes a cooperative from its manager or from staff of its region.</summary>
    private Error? Refusal(EventRow ev, Guid? coopId, CooperativeSummary? coop)
    {
        if (user.CanManageRegion(ev.RegionCode)) return null;
        if (ev.Audience == "invited") return Error.Forbidden("events.by_invitation");
        if (coopId is not { } id) return Error.Forbidden("events.register_own_cooperative");
        if (user.ManagesCooperative(id)) return null;
        return coop is not null && user.CanManageRegion(coop.RegionCode) ? null : Error.Forbidden("events.cooperative_not_yours");
    }

    /// <summary>The cooperative exists, is not registered yet and, for a network's members' event, is a current member.</summary>
    private async Task<Error?> CooperativeRefusalAsync(EventRow ev, Guid coopId, CooperativeSummary? coop, CancellationToken ct)
    {
        if (coop is null) return Error.Invalid("cooperativeId", "events.unknown_cooperative");
        var existing = await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM evt_registrations WHERE event_id = @EventId AND cooperative_id = @CoopId AND status <> 'cancelled'",
            new { EventId = ev.Id, CoopId = coopId }, ct);
        if (existing > 0) return Error.Conflict("registration.duplicate");
        if (ev.Audience == "networkMembers" && ev.NetworkId is { } networkId && !user.CanManageRegion(ev.RegionCode))
        {
            var networks = await sender.Send(new ListNetworksOfCooperative(coopId), ct);
            if (networks.All(n => n.Id != networkId)) return Error.Conflict("registration.not_member");
        }
        return null;
    }

    private static string? Clean(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}

internal static class RegisterForEventEndpoint
{
    public static RouteGroupBuilder MapRegisterForEvent(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/registrations", async Task<Results<Created<CreatedRegistration>, ProblemHttpResult>> (
                Guid id, RegisterForEventCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { EventId = id }, ct)).ToCreated(r => EventsRoutes.Registration(id, r.Registration.Id)))
            .WithName("RegisterForEvent")
            .WithoutCompression() // the self-service code beside the attendee name the caller typed (BREACH)
            .RequireAuthorization()
            .WithSummary("Registers a cooperative or a named attendee: a seat while any is left, else the waitlist in order of arrival. Returns the self-service code once.")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}

using System.Text.Json.Serialization;
using CoopHub.Contracts.Cooperatives;
using CoopHub.Contracts.Networks;
using CoopHub.Events.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using Dapper;
using FluentValidation;
using Mediator;
using CoopHub.Shared.Http;

namespace CoopHub.Events.Registrations;

/// <summary>The registration and, once only, its self-service code (keep it: it is the only way to act on the registration without signing in).</summary>
internal sealed record CreatedRegistration(RegistrationDetails Registration, string Code);

internal sealed record RegisterCommand : ICommand<Result<CreatedRegistration>>
{
    [JsonIgnore]
    public Guid EventId { get; init; }

    /// <summary>The cooperative registering (its manager, or staff on its behalf).</summary>
    public Guid? CooperativeId { get; init; }

    /// <summary>Who will attend, by name or role (e.g. "Présidente"); required without a cooperative.</summary>
    public string? AttendeeName { get; init; }

    public string? AttendeeRole { get; init; }
}

internal sealed class RegisterValidator : AbstractValidator<RegisterCommand>
{
    public RegisterValidator()
    {
        RuleFor(x => x.AttendeeName).NotEmpty().When(x => x.CooperativeId is null).WithMessage("Give the cooperative or the attendee's name.")
            .MaximumLength(200).WithMessage("A name has at most 200 characters.").SafeText();
        RuleFor(x => x.AttendeeRole).SafeText().MaximumLength(100).WithMessage("A role has at most 100 characters.");
    }
}

internal sealed class RegisterAuthorizer(DbSession db, ISender sender) : IAuthorizer<RegisterCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(RegisterCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        var ev = await EventStore.FindAsync(db, message.EventId, cancellationToken);
        if (ev is null) return null;
        if (user.CanManageRegion(ev.RegionCode)) return null;
        if (ev.Audience == "invited") return AccessDenied.Forbidden("This event is by invitation: its organisers register the participants.");
        if (message.CooperativeId is not { } coopId) return AccessDenied.Forbidden("Register your cooperative, or ask the organisers to register a person.");
        if (user.ManagesCooperative(coopId)) return null;
        var coop = await sender.Send(new GetCooperativeSummary(coopId), cancellationToken);
        return coop is not null && user.CanManageRegion(coop.RegionCode) ? null
            : AccessDenied.Forbidden("Only the cooperative's manager, staff of its region or the event's organisers can register it.");
    }
}

/// <summary>Takes a seat or a place on the waitlist, in one transaction under the event's lock (see <see cref="Seats"/>).</summary>
internal sealed class RegisterHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, CurrentUser user)
    : ICommandHandler<RegisterCommand, Result<CreatedRegistration>>
{
    public async ValueTask<Result<CreatedRegistration>> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        if (await Seats.LockAsync(db, command.EventId, cancellationToken) is not { } seq) return EventStore.NotFound(command.EventId);
        var ev = (await EventStore.FindAsync(db, command.EventId, cancellationToken))!;
        var now = clock.GetUtcNow();
        if (!EventAccess.CanSee(user, ev)) return EventStore.NotFound(command.EventId);
        if (ev.StatusValue != EventStatus.Published) return Error.Conflict("event.not_open", $"The event is {ev.Status}; it takes no registrations.");
        if (ev.RegistrationOpensAt is { } opens && now < opens)
        {
            return Error.Conflict("registration.not_open_yet", $"Registrations open on {Casablanca.ToLocal(opens):yyyy-MM-dd HH:mm} (Casablanca time).");
        }
        var closes = ev.RegistrationClosesAt ?? ev.StartsAt;
        if (now >= closes) return Error.Conflict("registration.closed", $"Registrations closed on {Casablanca.ToLocal(closes):yyyy-MM-dd HH:mm} (Casablanca time).");
        CooperativeSummary? coop = null;
        if (command.CooperativeId is { } coopId)
        {
            coop = await sender.Send(new GetCooperativeSummary(coopId), cancellationToken);
            if (coop is null) return Error.Invalid("cooperativeId", $"No cooperative has id {coopId} in the registry.");
            var existing = await db.ExecuteScalarAsync<int>(
                "SELECT COUNT(*) FROM evt_registrations WHERE event_id = @EventId AND cooperative_id = @CoopId AND status <> 'cancelled'",
                new { command.EventId, CoopId = coopId }, cancellationToken);
            if (existing > 0) return Error.Conflict("registration.duplicate", "The cooperative is already registered (or waitlisted) for this event.");
            if (ev.Audience == "networkMembers" && ev.NetworkId is { } networkId && !user.CanManageRegion(ev.RegionCode))
            {
                var networks = await sender.Send(new ListNetworksOfCooperative(coopId), cancellationToken);
                if (networks.All(n => n.Id != networkId)) return Error.Conflict("registration.not_member", "This event is for the network's members; the cooperative is not a current member.");
            }
        }
        var taken = await Seats.TakenAsync(db, ev.Id, cancellationToken);
        var status = ev.Capacity is null || taken < ev.Capacity ? RegistrationStatus.Registered : RegistrationStatus.Waitlisted;
        var code = RegistrationCodes.New();
        var row = new RegistrationRow
        {
            Id = Guid.NewGuid(), EventId = ev.Id, Seq = seq, CooperativeId = coop?.Id, CooperativeNameAr = coop?.NameAr, CooperativeNameFr = coop?.NameFr,
            RegionCode = coop?.RegionCode, WomenLed = coop?.WomenLed, AttendeeName = Clean(command.AttendeeName), AttendeeRole = Clean(command.AttendeeRole),
            Status = ApiJson.Api(status), CodeHash = RegistrationCodes.Hash(code), RegisteredAt = now,
        };
        await db.ExecuteAsync("""
            INSERT INTO evt_registrations (id, event_id, seq, cooperative_id, cooperative_name_ar, cooperative_name_fr, region_code, women_led, attendee_name,
                attendee_role, status, code_hash, registered_at, cancelled_at, checked_in_at, promoted_at)
            VALUES (@Id, @EventId, @Seq, @CooperativeId, @CooperativeNameAr, @CooperativeNameFr, @RegionCode, @WomenLed, @AttendeeName,
                @AttendeeRole, @Status, @CodeHash, @RegisteredAt, NULL, NULL, NULL)
            """, row, cancellationToken);
        var details = (await EventStore.FindRegistrationAsync(db, row.Id, cancellationToken))!.ToDetails();
        audit.Record("registration", row.Id, null, details);
        return new CreatedRegistration(details, code);
    }

    private static string? Clean(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}

internal sealed record CancellationResult(RegistrationDetails Registration, IReadOnlyList<RegistrationDetails> Promoted);

/// <summary>Cancels by id (signed in) or by self-service code (anyone holding it).</summary>
internal sealed record CancelRegistrationCommand(Guid? EventId, Guid? RegistrationId, string? Code) : ICommand<Result<CancellationResult>>;

internal sealed class CancelRegistrationAuthorizer(DbSession db) : IAuthorizer<CancelRegistrationCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(CancelRegistrationCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        if (message.Code is not null) return null; // the code is the credential
        if (!user.IsAuthenticated) return AccessDenied.SignInRequired;
        var registration = message.RegistrationId is { } id ? await EventStore.FindRegistrationAsync(db, id, cancellationToken) : null;
        if (registration is null) return null;
        if (registration.CooperativeId is { } coop && user.ManagesCooperative(coop)) return null;
        var ev = (await EventStore.FindAsync(db, registration.EventId, cancellationToken))!;
        return EventAccess.Organise(user, ev.RegionCode, "cancel someone else's registration");
    }
}

internal sealed class CancelRegistrationHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<CancelRegistrationCommand, Result<CancellationResult>>
{
    public async ValueTask<Result<CancellationResult>> Handle(CancelRegistrationCommand command, CancellationToken cancellationToken)
    {
        var found = command.Code is not null
            ? await EventStore.FindByCodeAsync(db, command.Code, cancellationToken)
            : await EventStore.FindRegistrationAsync(db, command.RegistrationId!.Value, cancellationToken);
        if (found is null || (command.EventId is { } eventId && found.EventId != eventId)) return EventStore.RegistrationNotFound();
        await Seats.LockAsync(db, found.EventId, cancellationToken);
        var registration = (await EventStore.FindRegistrationAsync(db, found.Id, cancellationToken))!;
        var current = (await EventStore.FindAsync(db, registration.EventId, cancellationToken))!;
        if (current.StatusValue is EventStatus.Completed or EventStatus.Cancelled || clock.GetUtcNow() >= current.EndsAt)
        {
            return Error.Conflict("event.over", "The event is over (or cancelled); its registrations no longer change.");
        }
        var status = registration.StatusValue;
        if (status == RegistrationStatus.Cancelled) return Error.Conflict("registration.already_cancelled", "The registration is already cancelled.");
        if (status == RegistrationStatus.Attended) return Error.Conflict("registration.attended", "The participant has already been checked in.");
        var now = clock.GetUtcNow();
        await db.ExecuteAsync("UPDATE evt_registrations SET status = 'cancelled', cancelled_at = @Now WHERE id = @Id", new { Now = now, registration.Id }, cancellationToken);
        var ev = (await EventStore.FindAsync(db, registration.EventId, cancellationToken))!;
        var promoted = status == RegistrationStatus.Registered ? await Seats.PromoteAsync(db, ev, now, cancellationToken) : [];
        var after = (await EventStore.FindRegistrationAsync(db, registration.Id, cancellationToken))!.ToDetails();
        audit.Record("registration", registration.Id, registration.ToDetails(), after);
        var promotedDetails = new List<RegistrationDetails>();
        foreach (var p in promoted)
        {
            var details = (await EventStore.FindRegistrationAsync(db, p.Id, cancellationToken))!.ToDetails();
            audit.Record("registration", p.Id, null, details);
            promotedDetails.Add(details);
        }
        // Whoever holds only a code learns that seats moved, never who took them.
        return new CancellationResult(after, command.Code is null ? promotedDetails
            : promotedDetails.Select(p => p with { CooperativeId = null, CooperativeNameAr = null, CooperativeNameFr = null, AttendeeName = null, AttendeeRole = null }).ToList());
    }
}

internal sealed record RegistrationByCode(RegistrationDetails Registration, Guid EventId, string? EventTitleAr, string? EventTitleFr, string? EventTitleEn,
    DateTime StartsAt, DateTime EndsAt, EventVenue Venue, EventStatus EventStatus);

internal sealed record GetRegistrationByCodeQuery(string Code) : IQuery<Result<RegistrationByCode>>;

internal sealed class GetRegistrationByCodeHandler(DbSession db) : IQueryHandler<GetRegistrationByCodeQuery, Result<RegistrationByCode>>
{
    public async ValueTask<Result<RegistrationByCode>> Handle(GetRegistrationByCodeQuery query, CancellationToken cancellationToken)
    {
        var registration = await EventStore.FindByCodeAsync(db, query.Code, cancellationToken);
        if (registration is null) return EventStore.RegistrationNotFound();
        var ev = (await EventStore.FindAsync(db, registration.EventId, cancellationToken))!;
        return new RegistrationByCode(registration.ToDetails(), ev.Id, ev.TitleAr, ev.TitleFr, ev.TitleEn, Casablanca.ToLocal(ev.StartsAt), Casablanca.ToLocal(ev.EndsAt),
            ApiJson.Read<EventVenue>(ev.Venue), ev.StatusValue);
    }
}

internal sealed record CheckInResult(RegistrationDetails Registration, bool AlreadyCheckedIn);

internal sealed record CheckInCommand : ICommand<Result<CheckInResult>>
{
    [JsonIgnore]
    public Guid EventId { get; init; }

    /// <summary>The code the participant shows…</summary>
    public string? Code { get; init; }

    /// <summary>…or the registration picked from the list.</summary>
    public Guid? RegistrationId { get; init; }
}

internal sealed class CheckInValidator : AbstractValidator<CheckInCommand>
{
    public CheckInValidator() => RuleFor(x => x.Code).NotEmpty().When(x => x.RegistrationId is null).WithMessage("Give the registration code or pick the registration.")
        .MaximumLength(64).WithMessage("A code has at most 64 characters.").SafeText();
}

internal sealed class CheckInAuthorizer(DbSession db) : IAuthorizer<CheckInCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(CheckInCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        var ev = await EventStore.FindAsync(db, message.EventId, cancellationToken);
        return ev is null ? (user.IsStaff ? null : AccessDenied.For(user, "Only staff check participants in.")) : EventAccess.Organise(user, ev.RegionCode, "check participants in");
    }
}

/// <summary>Idempotent: checking in twice answers 200 with alreadyCheckedIn and counts once.</summary>
internal sealed class CheckInHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<CheckInCommand, Result<CheckInResult>>
{
    public async ValueTask<Result<CheckInResult>> Handle(CheckInCommand command, CancellationToken cancellationToken)
    {
        var registration = command.RegistrationId is { } id
            ? await EventStore.FindRegistrationAsync(db, id, cancellationToken)
            : await EventStore.FindByCodeAsync(db, command.Code!, cancellationToken);
        if (registration is null || registration.EventId != command.EventId) return EventStore.RegistrationNotFound();
        var ev = (await EventStore.FindAsync(db, command.EventId, cancellationToken))!;
        if (ev.StatusValue is not (EventStatus.Published or EventStatus.Completed))
        {
            return Error.Conflict("event.not_open", $"The event is {ev.Status}; nobody is checked in to it.");
        }
        switch (registration.StatusValue)
        {
            case RegistrationStatus.Attended:
                return new CheckInResult(registration.ToDetails(), true);
            case RegistrationStatus.Waitlisted:
                return Error.Conflict("registration.waitlisted", $"This registration is still on the waitlist (position {registration.WaitlistPosition}).");
            case RegistrationStatus.Cancelled:
                return Error.Conflict("registration.cancelled", "This registration was cancelled.");
        }
        var now = clock.GetUtcNow();
        var changed = await db.ExecuteAsync("UPDATE evt_registrations SET status = 'attended', checked_in_at = @Now WHERE id = @Id AND status = 'registered'",
            new { Now = now, registration.Id }, cancellationToken);
        var after = (await EventStore.FindRegistrationAsync(db, registration.Id, cancellationToken))!;
        if (changed > 0) audit.Record("registration", registration.Id, registration.ToDetails(), after.ToDetails());
        return new CheckInResult(after.ToDetails(), changed == 0);
    }
}

internal sealed record ListRegistrationsQuery : IQuery<Result<RegistrationPage>>
{
    public Guid EventId { get; init; }

    /// <summary>registered, waitlisted, cancelled or attended.</summary>
    public string? Status { get; init; }

    /// <summary>Search in cooperative and attendee names.</summary>
    public string? Q { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListRegistrationsValidator : AbstractValidator<ListRegistrationsQuery>
{
    public ListRegistrationsValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200).WithMessage("Search with at most 200 characters.");
        RuleFor(x => x.Status).Must(s => s is null or "registered" or "waitlisted" or "cancelled" or "attended")
            .WithMessage("Unknown status; use registered, waitlisted, cancelled or attended.");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

internal sealed class ListRegistrationsAuthorizer(DbSession db) : IAuthorizer<ListRegistrationsQuery>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(ListRegistrationsQuery message, CurrentUser user, CancellationToken cancellationToken)
    {
        var ev = await EventStore.FindAsync(db, message.EventId, cancellationToken);
        return ev is null ? (user.IsStaff ? null : AccessDenied.For(user, "Only the organisers see registrations.")) : EventAccess.Organise(user, ev.RegionCode, "see the registrations");
    }
}

internal sealed class ListRegistrationsHandler(DbSession db) : IQueryHandler<ListRegistrationsQuery, Result<RegistrationPage>>
{
    public async ValueTask<Result<RegistrationPage>> Handle(ListRegistrationsQuery query, CancellationToken cancellationToken)
    {
        if (await EventStore.FindAsync(db, query.EventId, cancellationToken) is null) return EventStore.NotFound(query.EventId);
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 50;
        var clauses = new List<string> { "r.event_id = @EventId" };
        var p = new DynamicParameters();
        p.Add("EventId", query.EventId);
        if (query.Status is not null)
        {
            clauses.Add("r.status = @Status");
            p.Add("Status", query.Status);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            clauses.Add("(LOWER(r.cooperative_name_fr) LIKE @Q OR r.cooperative_name_ar LIKE @Q OR LOWER(r.attendee_name) LIKE @Q)");
            p.Add("Q", "%" + query.Q.Trim().ToLowerInvariant().Replace("%", "", StringComparison.Ordinal) + "%");
        }
        var (rows, total) = await db.PageAsync<RegistrationRow>(RegistrationRow.Columns, "FROM evt_registrations r", clauses, "r.seq", p, page, pageSize, cancellationToken);
        return new RegistrationPage(rows.Select(r => r.ToDetails()).ToList(), page, pageSize, total);
    }
}

internal sealed record MyRegistration(RegistrationDetails Registration, string? EventTitleAr, string? EventTitleFr, string? EventTitleEn, DateTime StartsAt, EventStatus EventStatus);

internal sealed record ListMyRegistrationsQuery : IQuery<IReadOnlyList<MyRegistration>>;

internal sealed class ListMyRegistrationsAuthorizer : IAuthorizer<ListMyRegistrationsQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListMyRegistrationsQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>The registrations of the cooperatives the caller manages, soonest event first.</summary>
internal sealed class ListMyRegistrationsHandler(DbSession db, CurrentUser user) : IQueryHandler<ListMyRegistrationsQuery, IReadOnlyList<MyRegistration>>
{
    public async ValueTask<IReadOnlyList<MyRegistration>> Handle(ListMyRegistrationsQuery query, CancellationToken cancellationToken)
    {
        var result = new List<MyRegistration>();
        if (!user.Roles.Contains(Roles.CoopManager)) return result;
        foreach (var coop in user.Cooperatives)
        {
            var rows = await db.QueryAsync<RegistrationRow>($"SELECT {RegistrationRow.Columns} FROM evt_registrations r WHERE r.cooperative_id = @Id", new { Id = coop }, cancellationToken);
            foreach (var row in rows)
            {
                var ev = (await EventStore.FindAsync(db, row.EventId, cancellationToken))!;
                result.Add(new MyRegistration(row.ToDetails(), ev.TitleAr, ev.TitleFr, ev.TitleEn, Casablanca.ToLocal(ev.StartsAt), ev.StatusValue));
            }
        }
        return result.OrderBy(r => r.StartsAt).ToList();
    }
}

internal sealed record AttendanceGroup(string Key, int Registered, int Attended);

/// <summary>Registered counts seats taken (registered or attended); present is attended plus walk-ins.</summary>
internal sealed record Attendance(Guid EventId, int? Capacity, int Registered, int Waitlisted, int Cancelled, int Attended, int WalkIns, int Present,
    IReadOnlyList<AttendanceGroup> ByRegion, AttendanceGroup WomenLed);

internal sealed record GetAttendanceQuery(Guid EventId) : IQuery<Result<Attendance>>;

internal sealed class GetAttendanceHandler(DbSession db, CurrentUser user) : IQueryHandler<GetAttendanceQuery, Result<Attendance>>
{
    public async ValueTask<Result<Attendance>> Handle(GetAttendanceQuery query, CancellationToken cancellationToken)
    {
        var ev = await EventStore.FindAsync(db, query.EventId, cancellationToken);
        // The figures of a published event are public aggregates (no names); a draft's are its organisers'.
        if (ev is null || !EventAccess.CanSee(user, ev)) return EventStore.NotFound(query.EventId);
        var rows = (await db.QueryAsync<RegistrationRow>($"SELECT {RegistrationRow.Columns} FROM evt_registrations r WHERE r.event_id = @Id", new { ev.Id }, cancellationToken)).ToList();
        bool Seat(RegistrationRow r) => r.StatusValue is RegistrationStatus.Registered or RegistrationStatus.Attended;
        bool Came(RegistrationRow r) => r.StatusValue == RegistrationStatus.Attended;
        var attended = rows.Count(Came);
        return new Attendance(ev.Id, ev.Capacity, rows.Count(Seat), rows.Count(r => r.StatusValue == RegistrationStatus.Waitlisted),
            rows.Count(r => r.StatusValue == RegistrationStatus.Cancelled), attended, ev.WalkIns, attended + ev.WalkIns,
            rows.Where(Seat).GroupBy(r => r.RegionCode ?? "none").Select(g => new AttendanceGroup(g.Key, g.Count(), g.Count(Came)))
                .OrderByDescending(g => g.Registered).ThenBy(g => g.Key, StringComparer.Ordinal).ToList(),
            new AttendanceGroup("womenLed", rows.Count(r => Seat(r) && r.WomenLed == true), rows.Count(r => Came(r) && r.WomenLed == true)));
    }
}

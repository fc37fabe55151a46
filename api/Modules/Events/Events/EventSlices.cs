using System.Text.Json.Serialization;
using CoopHub.Contracts.Events;
using CoopHub.Events.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Text;
using CoopHub.Shared.Time;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Events.Events;

internal sealed record ListEventsQuery : IQuery<EventPage>
{
    /// <summary>Search in titles, venue and program code.</summary>
    public string? Q { get; init; }

    public string? Region { get; init; }

    /// <summary>meeting, workshop, training, inauguration, generalAssembly, ideathon or informationSession.</summary>
    public string? Kind { get; init; }

    /// <summary>A month in Casablanca time, yyyy-MM.</summary>
    public string? Month { get; init; }

    /// <summary>upcoming (not ended yet), past, or all (the default).</summary>
    public string? When { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListEventsValidator : AbstractValidator<ListEventsQuery>
{
    private static readonly string[] Whens = ["upcoming", "past", "all"];

    public ListEventsValidator(ReferenceData reference)
    {
        RuleFor(x => x.Q).MaximumLength(200).WithMessage("Search with at most 200 characters.");
        RuleFor(x => x.Region).Must(r => r is null || reference.FindRegion(r) is not null).WithMessage("Unknown region; use a code from MA-01 to MA-12.");
        RuleFor(x => x.Kind).Must(EventKinds.IsKnown).WithMessage(EventKinds.Message);
        RuleFor(x => x.Month).Must(m => m is null || DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", out _)).WithMessage("Give the month as yyyy-MM, e.g. 2025-09.");
        RuleFor(x => x.When).Must(w => w is null || Whens.Contains(w)).WithMessage("Use when=upcoming, past or all.");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

/// <summary>Events by start time; drafts only for staff. Upcoming lists soonest first, past most recent first.</summary>
internal sealed class ListEventsHandler(DbSession db, CurrentUser user, TimeProvider clock) : IQueryHandler<ListEventsQuery, EventPage>
{
    public async ValueTask<EventPage> Handle(ListEventsQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var now = clock.GetUtcNow();
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (!user.IsStaff) clauses.Add("e.status <> 'draft'");
        if (query.Region is not null)
        {
            clauses.Add("e.region_code = @Region");
            p.Add("Region", query.Region);
        }
        if (query.Kind is not null)
        {
            clauses.Add("e.kind = @Kind");
            p.Add("Kind", query.Kind);
        }
        if (query.Month is not null)
        {
            var first = DateOnly.ParseExact(query.Month + "-01", "yyyy-MM-dd");
            clauses.Add("e.starts_at >= @From AND e.starts_at < @To");
            p.Add("From", Casablanca.ToUtc(first.ToDateTime(TimeOnly.MinValue)));
            p.Add("To", Casablanca.ToUtc(first.AddMonths(1).ToDateTime(TimeOnly.MinValue)));
        }
        if (query.When is "upcoming" or "past")
        {
            clauses.Add(query.When == "upcoming" ? "e.ends_at > @Now" : "e.ends_at <= @Now");
            p.Add("Now", now);
        }
        SearchClauses.AddTerms(clauses, p, db.Dialect, "e.search_text", query.Q);
        var order = query.When == "past" ? "e.starts_at DESC, e.id" : "e.starts_at, e.id";
        var (rows, total) = await db.PageAsync<EventRow>(EventRow.Columns, "FROM evt_events e", clauses, order, p, page, pageSize, cancellationToken);
        return new EventPage(rows.Select(r => r.ToDetails(now)).ToList(), page, pageSize, total);
    }
}

internal sealed record GetEventQuery(Guid Id) : IQuery<Result<EventDetails>>;

internal sealed class GetEventHandler(DbSession db, CurrentUser user, TimeProvider clock) : IQueryHandler<GetEventQuery, Result<EventDetails>>
{
    public async ValueTask<Result<EventDetails>> Handle(GetEventQuery query, CancellationToken cancellationToken)
    {
        var row = await EventStore.FindAsync(db, query.Id, cancellationToken);
        return row is null || (row.StatusValue == EventStatus.Draft && !user.IsStaff) ? EventStore.NotFound(query.Id) : row.ToDetails(clock.GetUtcNow());
    }
}

internal sealed record CreateEventCommand : EventFields, ICommand<Result<EventDetails>>;

internal sealed class CreateEventValidator(ReferenceData reference) : EventFieldsValidator<CreateEventCommand>(reference);

internal sealed class CreateEventAuthorizer : IAuthorizer<CreateEventCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateEventCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(EventAccess.Organise(user, message.RegionCode, "organise an event here"));
}

internal sealed class CreateEventHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender) : ICommandHandler<CreateEventCommand, Result<EventDetails>>
{
    public const string InsertSql = """
        INSERT INTO evt_events (id, kind, title_ar, title_fr, title_en, description_ar, description_fr, description_en, starts_at, ends_at, venue, region_code,
            province_code, organisers, partners, program_id, program_code, network_id, agenda, capacity, registration_opens_at, registration_closes_at, audience,
            status, walk_ins, registration_seq, search_text, version, created_at, updated_at)
        VALUES (@Id, @Kind, @TitleAr, @TitleFr, @TitleEn, @DescriptionAr, @DescriptionFr, @DescriptionEn, @StartsAt, @EndsAt, @Venue, @RegionCode,
            @ProvinceCode, @Organisers, @Partners, @ProgramId, @ProgramCode, @NetworkId, @Agenda, @Capacity, @RegistrationOpensAt, @RegistrationClosesAt, @Audience,
            @Status, @WalkIns, @RegistrationSeq, @SearchText, @Version, @CreatedAt, @UpdatedAt)
        """;

    public async ValueTask<Result<EventDetails>> Handle(CreateEventCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var row = await command.ToRowAsync(sender, Guid.NewGuid(), 1, now, now, cancellationToken);
        if (row.IsFailure) return row.Error!;
        await db.ExecuteAsync(InsertSql, row.Value, cancellationToken);
        var details = (await EventStore.FindAsync(db, row.Value.Id, cancellationToken))!.ToDetails(now);
        audit.Record("event", details.Id, null, details);
        return details;
    }
}

internal sealed record UpdateEventCommand : EventFields, ICommand<Result<EventDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateEventValidator(ReferenceData reference) : EventFieldsValidator<UpdateEventCommand>(reference);

internal sealed class UpdateEventAuthorizer(DbSession db) : IAuthorizer<UpdateEventCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(UpdateEventCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        var current = await EventStore.FindAsync(db, message.Id, cancellationToken);
        if (current is null) return user.IsStaff ? null : AccessDenied.For(user, "Only staff can change events.");
        return EventAccess.Organise(user, current.RegionCode, "change this event") ?? EventAccess.Organise(user, message.RegionCode, "move an event there");
    }
}

/// <summary>Replaces an event. Marking it completed (once it has started) announces its attendance with <see cref="EventCompleted"/>.</summary>
internal sealed class UpdateEventHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, DomainEvents events)
    : ICommandHandler<UpdateEventCommand, Result<EventDetails>>
{
    private const string Sql = """
        UPDATE evt_events SET kind = @Kind, title_ar = @TitleAr, title_fr = @TitleFr, title_en = @TitleEn, description_ar = @DescriptionAr,
            description_fr = @DescriptionFr, description_en = @DescriptionEn, starts_at = @StartsAt, ends_at = @EndsAt, venue = @Venue, region_code = @RegionCode,
            province_code = @ProvinceCode, organisers = @Organisers, partners = @Partners, program_id = @ProgramId, program_code = @ProgramCode,
            network_id = @NetworkId, agenda = @Agenda, capacity = @Capacity, registration_opens_at = @RegistrationOpensAt,
            registration_closes_at = @RegistrationClosesAt, audience = @Audience, status = @Status, search_text = @SearchText, version = @Version,
            updated_at = @UpdatedAt
        WHERE id = @Id AND version = @Version - 1
        """;

    public async ValueTask<Result<EventDetails>> Handle(UpdateEventCommand command, CancellationToken cancellationToken)
    {
        var current = await EventStore.FindAsync(db, command.Id, cancellationToken);
        if (current is null) return EventStore.NotFound(command.Id);
        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Error.PreconditionFailed($"The event is at version {current.Version}, not {expected}: read it again.");
        }
        var now = clock.GetUtcNow();
        var row = await command.ToRowAsync(sender, current.Id, current.Version + 1, current.CreatedAt, now, cancellationToken);
        if (row.IsFailure) return row.Error!;
        var completing = row.Value.Status == "completed" && current.StatusValue != EventStatus.Completed;
        if (completing && now < row.Value.StartsAt) return Error.Conflict("event.not_started", "An event is completed once it has taken place.");
        if (row.Value.Capacity is { } capacity && capacity < current.Registered)
        {
            return Error.Conflict("event.capacity_below_registered", $"{current.Registered} people are already registered; the capacity cannot go below that.");
        }
        if (await db.ExecuteAsync(Sql, row.Value, cancellationToken) == 0) return Error.PreconditionFailed("The event changed while you were saving: read it again.");
        var after = (await EventStore.FindAsync(db, current.Id, cancellationToken))!;
        var details = after.ToDetails(now);
        audit.Record("event", details.Id, current.ToDetails(now), details);
        if (completing)
        {
            events.Raise(new EventCompleted(after.Id, after.Kind, after.NetworkId, after.Registered, after.Attended, after.WalkIns, now));
        }
        return details;
    }
}

internal sealed record RecordWalkInsCommand : ICommand<Result<EventDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>People present without a registration (the manual headcount).</summary>
    public int? WalkIns { get; init; }
}

internal sealed class RecordWalkInsValidator : AbstractValidator<RecordWalkInsCommand>
{
    public RecordWalkInsValidator() => RuleFor(x => x.WalkIns).NotNull().WithMessage("Give the number of people present without registering.")
        .InclusiveBetween(0, 100_000).WithMessage("The headcount is between 0 and 100000.");
}

internal sealed class RecordWalkInsAuthorizer(DbSession db) : IAuthorizer<RecordWalkInsCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(RecordWalkInsCommand message, CurrentUser user, CancellationToken cancellationToken)
    {
        var current = await EventStore.FindAsync(db, message.Id, cancellationToken);
        return current is null ? (user.IsStaff ? null : AccessDenied.For(user, "Only staff can count attendance.")) : EventAccess.Organise(user, current.RegionCode, "count attendance");
    }
}

internal sealed class RecordWalkInsHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<RecordWalkInsCommand, Result<EventDetails>>
{
    public async ValueTask<Result<EventDetails>> Handle(RecordWalkInsCommand command, CancellationToken cancellationToken)
    {
        var current = await EventStore.FindAsync(db, command.Id, cancellationToken);
        if (current is null) return EventStore.NotFound(command.Id);
        var now = clock.GetUtcNow();
        await db.ExecuteAsync("UPDATE evt_events SET walk_ins = @WalkIns, version = version + 1, updated_at = @Now WHERE id = @Id",
            new { command.WalkIns, Now = now, command.Id }, cancellationToken);
        var after = (await EventStore.FindAsync(db, command.Id, cancellationToken))!.ToDetails(now);
        audit.Record("event", command.Id, current.ToDetails(now), after);
        return after;
    }
}

internal static class EventEndpoint
{
    public static RouteGroupBuilder MapEventSlices(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<EventPage>> ([AsParameters] ListEventsQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListEvents")
            .WithSummary("Meetings, workshops, trainings, assemblies and ideathons by start time; filters by region, kind and month (Casablanca time).")
            .ProducesProblems(400);
        group.MapGet("/{id:guid}", async Task<Results<Ok<EventDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetEventQuery(id), ct)).OkWithETag(response, e => e.Version))
            .WithName("GetEvent")
            .WithSummary("One event with its agenda, venue, partners and counts.")
            .ProducesProblems(404);
        group.MapPost("/", async Task<Results<Created<EventDetails>, ProblemHttpResult>> (CreateEventCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command, ct)).CreatedWithETag(response, e => $"/api/v1/events/{e.Id}", e => e.Version))
            .WithName("CreateEvent")
            .RequireAuthorization()
            .WithSummary("Creates an event (staff of its region). Times are Casablanca wall-clock times.")
            .ProducesProblems(400, 401, 403);
        group.MapPut("/{id:guid}", async Task<Results<Ok<EventDetails>, ProblemHttpResult>> (
                Guid id, UpdateEventCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken ct) =>
            {
                var ifMatch = ETags.Read(request);
                if (!ifMatch.Present) return ProblemResults.PreconditionRequired();
                return (await sender.Send(command with { Id = id, ExpectedVersion = ifMatch.Version }, ct)).OkWithETag(response, e => e.Version);
            })
            .WithName("UpdateEvent")
            .RequireAuthorization()
            .WithSummary("Replaces an event (publish, cancel or complete it through status). Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428);
        group.MapPut("/{id:guid}/walk-ins", async Task<Results<Ok<EventDetails>, ProblemHttpResult>> (
                Guid id, RecordWalkInsCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command with { Id = id }, ct)).OkWithETag(response, e => e.Version))
            .WithName("RecordWalkIns")
            .RequireAuthorization()
            .WithSummary("Sets the manual headcount of people present without a registration.")
            .ProducesProblems(400, 401, 403, 404);
        return group;
    }
}

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
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Events.Catalogue;

internal sealed record UpdateEventCommand : EventFields, ICommand<Result<EventDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateEventValidator(ReferenceData reference) : EventFieldsValidator<UpdateEventCommand>(reference);

/// <summary>Staff only; whether they organise this event (its region, and the region it moves to) is checked by the handler on the event it loads.</summary>
internal sealed class UpdateEventAuthorizer : IAuthorizer<UpdateEventCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UpdateEventCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "auth.staff_only"));
}

/// <summary>Replaces an event. Marking it completed (once it has started) announces its attendance with <see cref="EventCompleted"/>.</summary>
internal sealed class UpdateEventHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender, DomainEvents events, CurrentUser user)
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
        if (current is null) return EventStore.NotFound();
        if ((EventAccess.OrganiserOf(user, current.RegionCode, OrganiserAction.Change) ?? EventAccess.OrganiserOf(user, command.RegionCode, OrganiserAction.MoveThere)) is { } forbidden)
        {
            return forbidden;
        }
        if (command.ExpectedVersion is { } expected && expected != current.Version)
        {
            return Error.PreconditionFailed();
        }
        var now = clock.GetUtcNow();
        var row = await command.ToRowAsync(sender, current.Id, current.Version + 1, current.CreatedAt, now, cancellationToken);
        if (row.IsFailure) return row.Error!;
        var completing = row.Value.Status == "completed" && current.StatusValue != EventStatus.Completed;
        if (completing && now < row.Value.StartsAt) return Error.Conflict("event.not_started");
        if (row.Value.Capacity is { } capacity && capacity < current.Registered)
        {
            return Error.Conflict("event.capacity_below_registered", ("registered", current.Registered));
        }
        if (await db.ExecuteAsync(Sql, row.Value, cancellationToken) == 0) return Error.PreconditionFailed();
        if (row.Value.Status == "cancelled" && current.StatusValue == EventStatus.Published)
        {
            // Those registered and waiting hear of it (Notifications), in the transaction of the change.
            await CoopHub.Shared.Outbox.Outbox.WriteAsync(db, new CoopHub.Contracts.Events.EventCancelledEvent(current.Id, row.Value.TitleAr, row.Value.TitleFr,
                row.Value.StartsAt, row.Value.RegionCode), now, cancellationToken);
        }
        // Read back for the counts and the stored form the answer and the audit show.
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

internal static class UpdateEventEndpoint
{
    public static RouteGroupBuilder MapUpdateEvent(this RouteGroupBuilder group)
    {
        group.MapPut("/{id:guid}", (Guid id, UpdateEventCommand command, ISender sender, HttpRequest request, CancellationToken ct) =>
                request.WriteIfMatched(v => sender.Send(command with { Id = id, ExpectedVersion = v }, ct), e => e.Version))
            .WithName("UpdateEvent")
            .RequireAuthorization()
            .WithSummary("Replaces an event (publish, cancel or complete it through status). Send If-Match.")
            .ProducesProblems(400, 401, 403, 404, 409, 412, 428);
        return group;
    }
}

using CoopHub.Events.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Events.Catalogue;

internal sealed record CreateEventCommand : EventFields, ICommand<Result<EventDetails>>;

internal sealed class CreateEventValidator(ReferenceData reference) : EventFieldsValidator<CreateEventCommand>(reference);

/// <summary>The region is in the request: no record to load.</summary>
internal sealed class CreateEventAuthorizer : IAuthorizer<CreateEventCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(CreateEventCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(EventAccess.Organise(user, message.RegionCode, OrganiserAction.Organise));
}

internal sealed class CreateEventHandler(DbSession db, AuditTrail audit, TimeProvider clock, ISender sender) : ICommandHandler<CreateEventCommand, Result<EventDetails>>
{
    private const string Sql = """
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
        await db.ExecuteAsync(Sql, row.Value, cancellationToken);
        var details = (await EventStore.FindAsync(db, row.Value.Id, cancellationToken))!.ToDetails(now);
        audit.Record("event", details.Id, null, details);
        return details;
    }
}

internal static class CreateEventEndpoint
{
    public static RouteGroupBuilder MapCreateEvent(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Results<Created<EventDetails>, ProblemHttpResult>> (CreateEventCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command, ct)).CreatedWithETag(response, e => EventsRoutes.ById(e.Id), e => e.Version))
            .WithName("CreateEvent")
            .RequireAuthorization()
            .WithSummary("Creates an event (staff of its region). Times are Casablanca wall-clock times.")
            .ProducesProblems(400, 401, 403);
        return group;
    }
}

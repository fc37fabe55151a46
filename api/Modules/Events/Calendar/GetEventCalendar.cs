using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Events.Calendar;

internal sealed record GetEventCalendarQuery(Guid EventId) : IQuery<Result<string>>;

/// <summary>One published (or cancelled, or completed) event; a draft is in no calendar, even its organisers'.</summary>
internal sealed class GetEventCalendarHandler(DbSession db, TimeProvider clock) : IQueryHandler<GetEventCalendarQuery, Result<string>>
{
    public async ValueTask<Result<string>> Handle(GetEventCalendarQuery query, CancellationToken cancellationToken)
    {
        var row = await EventStore.FindAsync(db, query.EventId, cancellationToken);
        if (row is null || row.StatusValue == EventStatus.Draft) return EventStore.NotFound(query.EventId);
        return ICalendar.Write([row], clock.GetUtcNow(), row.TitleFr ?? row.TitleAr ?? "CoopHub");
    }
}

internal static class GetEventCalendarEndpoint
{
    public static RouteGroupBuilder MapGetEventCalendar(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}.ics", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                ICalendar.File(await sender.Send(new GetEventCalendarQuery(id), ct), $"event-{id}.ics"))
            .WithName("GetEventCalendar")
            .WithSummary("One event as an iCalendar file, to add to a calendar.")
            .Produces(200, contentType: "text/calendar")
            .ProducesProblems(404);
        return group;
    }
}

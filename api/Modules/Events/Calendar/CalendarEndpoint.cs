using System.Text;
using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Events.Calendar;

internal sealed record GetCalendarQuery : IQuery<Result<string>>
{
    /// <summary>One event; otherwise the feed of published events (the last year and everything to come).</summary>
    public Guid? EventId { get; init; }

    public string? Region { get; init; }

    /// <summary>meeting, workshop, training, inauguration, generalAssembly, ideathon or informationSession.</summary>
    public string? Kind { get; init; }
}

internal sealed class GetCalendarValidator : AbstractValidator<GetCalendarQuery>
{
    public GetCalendarValidator(ReferenceData reference)
    {
        RuleFor(x => x.Region).Must(r => r is null || reference.FindRegion(r) is not null).WithMessage("Unknown region; use a code from MA-01 to MA-12.");
        RuleFor(x => x.Kind).Must(EventKinds.IsKnown).WithMessage(EventKinds.Message);
    }
}

internal sealed class GetCalendarHandler(DbSession db, TimeProvider clock) : IQueryHandler<GetCalendarQuery, Result<string>>
{
    public async ValueTask<Result<string>> Handle(GetCalendarQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var clauses = new List<string> { "e.status <> 'draft'" };
        var p = new DynamicParameters();
        if (query.EventId is { } id)
        {
            clauses.Add("e.id = @Id");
            p.Add("Id", id);
        }
        else
        {
            clauses.Add("e.ends_at >= @Since");
            p.Add("Since", now.AddDays(-365));
        }
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
        var rows = (await db.QueryAsync<EventRow>($"SELECT {EventRow.Columns} FROM evt_events e WHERE {string.Join(" AND ", clauses)} ORDER BY e.starts_at, e.id",
            p, cancellationToken)).Take(1000).ToList();
        if (query.EventId is { } wanted && rows.Count == 0) return EventStore.NotFound(wanted);
        return ICalendar.Write(rows, now, query.EventId is null ? "CoopHub" : rows[0].TitleFr ?? rows[0].TitleAr ?? "CoopHub");
    }
}

internal static class CalendarEndpoint
{
    public static void MapCalendar(RouteGroupBuilder events, RouteGroupBuilder api)
    {
        api.MapGet("/events.ics", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string? region, string? kind, ISender sender, CancellationToken ct) =>
                Ics(await sender.Send(new GetCalendarQuery { Region = region, Kind = kind }, ct), "coophub-events.ics"))
            .WithTags("Events")
            .WithName("GetEventsCalendar")
            .WithSummary("iCalendar feed (RFC 5545) of published events, with the Africa/Casablanca time zone; filters by region and kind.")
            .Produces(200, contentType: "text/calendar")
            .ProducesProblems(400);
        events.MapGet("/{id:guid}.ics", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ics(await sender.Send(new GetCalendarQuery { EventId = id }, ct), $"event-{id}.ics"))
            .WithName("GetEventCalendar")
            .WithSummary("One event as an iCalendar file, to add to a calendar.")
            .Produces(200, contentType: "text/calendar")
            .ProducesProblems(404);
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Ics(Result<string> result, string fileName)
        => result.Match<Results<FileContentHttpResult, ProblemHttpResult>>(
            text => TypedResults.File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", fileName), e => e.ToProblem());
}

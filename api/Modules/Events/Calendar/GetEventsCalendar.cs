using CoopHub.Shared.Localization;
using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Events.Calendar;

/// <summary>The feed of published events: the last year and everything to come.</summary>
internal sealed record GetEventsCalendarQuery : IQuery<string>
{
    public string? Region { get; init; }

    /// <summary>meeting, workshop, training, inauguration, generalAssembly, ideathon or informationSession.</summary>
    public string? Kind { get; init; }

    /// <summary>ar, fr or en: the language of the titles and words; else the account's, else Accept-Language, else French.</summary>
    public string? Lang { get; init; }
}

internal sealed class GetEventsCalendarValidator : AbstractValidator<GetEventsCalendarQuery>
{
    public GetEventsCalendarValidator(ReferenceData reference)
    {
        RuleFor(x => x.Region).KnownRegion(reference);
        RuleFor(x => x.Kind).KnownKind();
        RuleFor(x => x.Lang).Must(CalendarText.IsKnown).WithText(CalendarText.UnknownLanguage);
    }
}

internal sealed class GetEventsCalendarHandler(DbSession db, TimeProvider clock, IHttpContextAccessor http) : IQueryHandler<GetEventsCalendarQuery, string>
{
    public async ValueTask<string> Handle(GetEventsCalendarQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var clauses = new List<string> { "e.status <> 'draft'", "e.ends_at >= @Since" };
        var p = new DynamicParameters();
        p.Add("Since", now.AddDays(-365));
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
        var reader = CalendarText.Reader(query.Lang, http.HttpContext);
        return ICalendar.Write(rows, now, CalendarText.FeedName(reader), reader);
    }
}

internal static class GetEventsCalendarEndpoint
{
    /// <summary>Maps on the API root: the feed sits beside the events collection (<c>/events.ics</c>), not under it.</summary>
    public static RouteGroupBuilder MapGetEventsCalendar(this RouteGroupBuilder api)
    {
        api.MapGet("/events.ics", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string? region, string? kind, string? lang, ISender sender, CancellationToken ct) =>
                ICalendar.File(await sender.Send(new GetEventsCalendarQuery { Region = region, Kind = kind, Lang = lang }, ct), "coophub-events.ics"))
            .WithTags("Events")
            .WithName("GetEventsCalendar")
            .WithSummary("iCalendar feed (RFC 5545) of published events, with the Africa/Casablanca time zone; filters by region and kind; its texts in `lang` (ar, fr or en), else the account's language, else Accept-Language, else French.")
            .Produces(200, contentType: "text/calendar")
            .ProducesProblems(400);
        return api;
    }
}

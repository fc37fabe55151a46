using CoopHub.Shared.Localization;
using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Events.Calendar;

internal sealed record GetEventCalendarQuery(Guid EventId) : IQuery<Result<string>>
{
    /// <summary>ar, fr or en: the language of the titles and words; else the account's, else Accept-Language, else French.</summary>
    public string? Lang { get; init; }
}

internal sealed class GetEventCalendarValidator : AbstractValidator<GetEventCalendarQuery>
{
    public GetEventCalendarValidator() => RuleFor(x => x.Lang).Must(CalendarText.IsKnown).WithText(CalendarText.UnknownLanguage);
}

/// <summary>One published (or cancelled, or completed) event; a draft is in no calendar, even its organisers'.</summary>
internal sealed class GetEventCalendarHandler(DbSession db, TimeProvider clock, IHttpContextAccessor http) : IQueryHandler<GetEventCalendarQuery, Result<string>>
{
    public async ValueTask<Result<string>> Handle(GetEventCalendarQuery query, CancellationToken cancellationToken)
    {
        var row = await EventStore.FindAsync(db, query.EventId, cancellationToken);
        if (row is null || row.StatusValue == EventStatus.Draft) return EventStore.NotFound();
        var reader = CalendarText.Reader(query.Lang, http.HttpContext);
        var name = CalendarText.Pick(reader, row.TitleAr, row.TitleFr, row.TitleEn)?.Text ?? CalendarText.FeedName(reader);
        return ICalendar.Write([row], clock.GetUtcNow(), name, reader);
    }
}

internal static class GetEventCalendarEndpoint
{
    public static RouteGroupBuilder MapGetEventCalendar(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}.ics", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, string? lang, ISender sender, CancellationToken ct) =>
                ICalendar.File(await sender.Send(new GetEventCalendarQuery(id) { Lang = lang }, ct), $"event-{id}.ics"))
            .WithName("GetEventCalendar")
            .WithSummary("One event as an iCalendar file, to add to a calendar; its texts in `lang` (ar, fr or en), else the account's language, else Accept-Language, else French.")
            .Produces(200, contentType: "text/calendar")
            .ProducesProblems(400, 404);
        return group;
    }
}

using CoopHub.Shared.Localization;
using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
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

namespace CoopHub.Events.Catalogue;

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

internal sealed record EventPage(IReadOnlyList<EventDetails> Items, int Page, int PageSize, int Total);

internal sealed class ListEventsValidator : AbstractValidator<ListEventsQuery>
{
    private static readonly string[] Whens = ["upcoming", "past", "all"];

    public ListEventsValidator(ReferenceData reference)
    {
        RuleFor(x => x.Q).SearchText();
        RuleFor(x => x.Region).KnownRegion(reference);
        RuleFor(x => x.Kind).KnownKind();
        RuleFor(x => x.Month).Must(m => m is null || DateOnly.TryParseExact(m + "-01", "yyyy-MM-dd", out _)).WithText("events.month_invalid");
        RuleFor(x => x.When).Must(w => w is null || Whens.Contains(w)).WithText("events.when_invalid");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

/// <summary>Events by start time; drafts only for their organisers (staff of their region). Upcoming lists soonest first, past most recent first.</summary>
internal sealed class ListEventsHandler(DbSession db, CurrentUser user, TimeProvider clock) : IQueryHandler<ListEventsQuery, EventPage>
{
    public async ValueTask<EventPage> Handle(ListEventsQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var now = clock.GetUtcNow();
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (EventAccess.DraftsClause(user, "e", p) is { } drafts) clauses.Add(drafts);
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

internal static class ListEventsEndpoint
{
    public static RouteGroupBuilder MapListEvents(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<EventPage>> ([AsParameters] ListEventsQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListEvents")
            .WithSummary("Meetings, workshops, trainings, assemblies and ideathons by start time; filters by region, kind and month (Casablanca time).")
            .ProducesProblems(400);
        return group;
    }
}

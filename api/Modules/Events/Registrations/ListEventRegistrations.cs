using CoopHub.Shared.Localization;
using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Events.Registrations;

internal sealed record ListEventRegistrationsQuery : IQuery<Result<RegistrationPage>>
{
    public Guid EventId { get; init; }

    /// <summary>registered, waitlisted, cancelled or attended.</summary>
    public string? Status { get; init; }

    /// <summary>Search in cooperative and attendee names.</summary>
    public string? Q { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

// The query string of the list (the event is in the path).
internal sealed record ListEventRegistrationsFilter
{
    /// <summary>registered, waitlisted, cancelled or attended.</summary>
    public string? Status { get; init; }

    public string? Q { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed record RegistrationPage(IReadOnlyList<RegistrationDetails> Items, int Page, int PageSize, int Total);

internal sealed class ListEventRegistrationsValidator : AbstractValidator<ListEventRegistrationsQuery>
{
    public ListEventRegistrationsValidator()
    {
        RuleFor(x => x.Q).SearchText();
        RuleFor(x => x.Status).Must(s => s is null or "registered" or "waitlisted" or "cancelled" or "attended")
            .WithText("events.unknown_registration_status");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

/// <summary>Staff only; whether they organise this event is checked by the handler on the event it loads.</summary>
internal sealed class ListEventRegistrationsAuthorizer : IAuthorizer<ListEventRegistrationsQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListEventRegistrationsQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "events.access.registrations_organisers_only"));
}

/// <summary>In order of arrival, with waitlist positions; names, so for the organisers only.</summary>
internal sealed class ListEventRegistrationsHandler(DbSession db, CurrentUser user) : IQueryHandler<ListEventRegistrationsQuery, Result<RegistrationPage>>
{
    public async ValueTask<Result<RegistrationPage>> Handle(ListEventRegistrationsQuery query, CancellationToken cancellationToken)
    {
        var ev = await EventStore.FindAsync(db, query.EventId, cancellationToken);
        if (ev is null) return EventStore.NotFound();
        if (EventAccess.OrganiserOf(user, ev.RegionCode, OrganiserAction.SeeRegistrations) is { } forbidden) return forbidden;
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

internal static class ListEventRegistrationsEndpoint
{
    public static RouteGroupBuilder MapListEventRegistrations(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/registrations", async Task<Results<Ok<RegistrationPage>, ProblemHttpResult>> (
                Guid id, [AsParameters] ListEventRegistrationsFilter filter, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListEventRegistrationsQuery { EventId = id, Status = filter.Status, Q = filter.Q, Page = filter.Page, PageSize = filter.PageSize }, ct)))
            .WithName("ListEventRegistrations")
            .RequireAuthorization()
            .WithSummary("The event's registrations in order of arrival (organisers).")
            .ProducesProblems(400, 401, 403, 404);
        return group;
    }
}

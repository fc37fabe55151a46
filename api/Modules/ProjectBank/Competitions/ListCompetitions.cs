using CoopHub.Contracts.Events;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Security;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.ProjectBank.Competitions;

internal sealed record ListCompetitionsQuery : IQuery<CompetitionPage>
{
    public string? Region { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed record CompetitionPage(IReadOnlyList<CompetitionDetails> Items, int Page, int PageSize, int Total);

internal sealed class ListCompetitionsValidator : AbstractValidator<ListCompetitionsQuery>
{
    public ListCompetitionsValidator(ReferenceData reference)
    {
        RuleFor(x => x.Region).KnownRegion(reference);
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

/// <summary>Competitions latest first; a draft is listed only to staff of its region (national staff and administrators every one).</summary>
internal sealed class ListCompetitionsHandler(DbSession db, CurrentUser user, TimeProvider clock, ISender sender) : IQueryHandler<ListCompetitionsQuery, CompetitionPage>
{
    public async ValueTask<CompetitionPage> Handle(ListCompetitionsQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (!user.IsStaff) clauses.Add("c.status <> 'draft'");
        else if (user.StaffRegions is { } regions)
        {
            var mine = regions.Select((r, i) => (Region: r, Name: $"Mine{i}")).ToList();
            foreach (var (region, name) in mine) p.Add(name, region);
            clauses.Add("(c.status <> 'draft'" + string.Concat(mine.Select(m => $" OR c.region_code = @{m.Name}")) + ")");
        }
        if (query.Region is not null)
        {
            clauses.Add("c.region_code = @Region");
            p.Add("Region", query.Region);
        }
        var (rows, total) = await db.PageAsync<CompetitionRow>(CompetitionRow.Columns, "FROM bank_competitions c", clauses, "c.closes_at DESC, c.id", p, page, pageSize, cancellationToken);
        var now = clock.GetUtcNow();
        var items = new List<CompetitionDetails>();
        foreach (var row in rows) items.Add(row.ToDetails(now, await sender.Send(new GetEventSummary(row.EventId), cancellationToken)));
        return new CompetitionPage(items, page, pageSize, total);
    }
}

internal static class ListCompetitionsEndpoint
{
    public static RouteGroupBuilder MapListCompetitions(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<CompetitionPage>> ([AsParameters] ListCompetitionsQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListCompetitions")
            .WithSummary("Ideathons, latest first (drafts: staff only).")
            .ProducesProblems(400);
        return group;
    }
}

using CoopHub.Shared.Localization;
using CoopHub.Programs.Model;
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

namespace CoopHub.Programs.Calls;

internal sealed record ListCallsQuery : IQuery<CallPage>
{
    /// <summary>open (published and accepting applications now), upcoming, closed, or all (the default).</summary>
    public string? When { get; init; }

    public Guid? ProgramId { get; init; }

    /// <summary>Calls a cooperative of this region may answer (calls without a region rule included).</summary>
    public string? Region { get; init; }

    /// <summary>Calls a cooperative of this sector may answer (calls without a sector rule included).</summary>
    public string? Sector { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListCallsValidator : AbstractValidator<ListCallsQuery>
{
    private static readonly string[] Whens = ["open", "upcoming", "closed", "all"];

    public ListCallsValidator(ReferenceData reference)
    {
        RuleFor(x => x.When).Must(w => w is null || Whens.Contains(w)).WithText("programs.unknown_when");
        RuleFor(x => x.Region).KnownRegion(reference);
        RuleFor(x => x.Sector).KnownSector(reference);
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

/// <summary>
/// Calls are few (tens per program), so the region and sector rules are matched in memory after one
/// query. Drafts and cancelled calls only for staff running the program.
/// </summary>
internal sealed class ListCallsHandler(DbSession db, CurrentUser user, TimeProvider clock) : IQueryHandler<ListCallsQuery, CallPage>
{
    public async ValueTask<CallPage> Handle(ListCallsQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var now = clock.GetUtcNow();
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (!user.IsStaff) clauses.Add("c.status = 'published'");
        if (query.ProgramId is { } programId)
        {
            clauses.Add("c.program_id = @ProgramId");
            p.Add("ProgramId", programId);
        }
        var where = clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);
        var rows = (await db.QueryAsync<CallRow>($"SELECT {CallRow.Columns} {CallRow.From} {where} ORDER BY c.closes_at, c.id", p, cancellationToken))
            .Where(c => query.When switch
            {
                "open" => c.IsOpenAt(now),
                "upcoming" => c.StatusValue == CallStatus.Published && now < c.OpensAt,
                "closed" => c.ClosesAt <= now,
                _ => true,
            })
            .Where(c => CallAccess.CanSee(user, c))
            .Where(c => query.Region is null || c.RuleSet.Regions is not { Count: > 0 } regions || regions.Contains(query.Region))
            .Where(c => query.Sector is null || c.RuleSet.Sectors is not { Count: > 0 } sectors || sectors.Contains(query.Sector))
            .ToList();
        return new CallPage(rows.Skip((page - 1) * pageSize).Take(pageSize).Select(r => r.ToDetails(now)).ToList(), page, pageSize, rows.Count);
    }
}

internal static class ListCallsEndpoint
{
    public static RouteGroupBuilder MapListCalls(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<CallPage>> ([AsParameters] ListCallsQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListCalls")
            .WithSummary("Calls for expressions of interest, soonest closing first; when=open lists those accepting applications now. Drafts only for staff.")
            .ProducesProblems(400);
        return group;
    }
}

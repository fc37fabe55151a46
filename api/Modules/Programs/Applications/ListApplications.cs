using CoopHub.Shared.Localization;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Security;
using CoopHub.Shared.Text;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Applications;

internal sealed record ListApplicationsQuery : IQuery<ApplicationPage>
{
    public Guid? CallId { get; init; }

    public Guid? CooperativeId { get; init; }

    /// <summary>draft, submitted, eligible, ineligible, underReview, selected, waitlisted, rejected, supported, completed or withdrawn.</summary>
    public string? Status { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListApplicationsValidator : AbstractValidator<ListApplicationsQuery>
{
    public ListApplicationsValidator()
    {
        RuleFor(x => x.Status).Must(s => s is null || Enum.GetNames<ApplicationStatus>().Any(n => ApiJson.Api(Enum.Parse<ApplicationStatus>(n)) == s))
            .WithText("programs.unknown_status");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

internal sealed class ListApplicationsAuthorizer : IAuthorizer<ListApplicationsQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListApplicationsQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>
/// The applications the caller may see, newest first: staff those of their regions' cooperatives and
/// programs, managers their cooperatives', reviewers those under review in their calls (never their own cooperatives').
/// </summary>
internal sealed class ListApplicationsHandler(DbSession db, CurrentUser user) : IQueryHandler<ListApplicationsQuery, ApplicationPage>
{
    public async ValueTask<ApplicationPage> Handle(ListApplicationsQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (Visibility(user, p, await StoredConflictsAsync(cancellationToken)) is { } visible) clauses.Add(visible);
        if (query.CallId is { } callId)
        {
            clauses.Add("a.call_id = @CallId");
            p.Add("CallId", callId);
        }
        if (query.CooperativeId is { } coopId)
        {
            clauses.Add("a.cooperative_id = @CoopId");
            p.Add("CoopId", coopId);
        }
        if (query.Status is not null)
        {
            clauses.Add("a.status = @Status");
            p.Add("Status", query.Status);
        }
        var (rows, total) = await db.PageAsync<ApplicationRow>(ApplicationRow.Columns, "FROM prog_applications a", clauses, "a.created_at DESC, a.id", p, page, pageSize, cancellationToken);
        return new ApplicationPage(rows.Select(r => r.ToDetails()).ToList(), page, pageSize, total);
    }

    /// <summary>The cooperatives each of the caller's review assignments recorded as a conflict (those they managed when assigned).</summary>
    private async Task<IReadOnlyList<(Guid Call, Guid Cooperative)>> StoredConflictsAsync(CancellationToken ct)
    {
        if (user.Id is not { } me) return [];
        var rows = await db.QueryAsync<StoredConflict>("SELECT call_id AS CallId, cooperatives AS Cooperatives FROM prog_reviewers WHERE reviewer_id = @Me", new { Me = me }, ct);
        return rows.SelectMany(r => ApiJson.Guids(r.Cooperatives).Select(c => (r.CallId, c))).ToList();
    }

    private sealed class StoredConflict
    {
        public Guid CallId { get; set; }
        public string Cooperatives { get; set; } = "[]";
    }

    /// <summary>The SQL condition for what the caller may see; null when they see everything.</summary>
    private static string? Visibility(CurrentUser user, DynamicParameters p, IReadOnlyList<(Guid Call, Guid Cooperative)> conflicts)
    {
        if (user.IsStaff && user.StaffRegions is null) return null;
        var any = new List<string>();
        var i = 0;
        if (user.IsStaff)
        {
            foreach (var region in user.StaffRegions!)
            {
                any.Add($"a.region_code = @R{i} OR EXISTS (SELECT 1 FROM prog_programs vp WHERE vp.id = a.program_id AND vp.regions LIKE @RL{i})");
                p.Add($"R{i}", region);
                p.Add($"RL{i}", SearchClauses.InJsonList(region));
                i++;
            }
        }
        var own = user.Roles.Contains(Roles.CoopManager) ? user.Cooperatives.ToList() : [];
        for (var c = 0; c < own.Count; c++)
        {
            any.Add($"a.cooperative_id = @C{c}");
            p.Add($"C{c}", own[c]);
        }
        if (user.Id is { } me)
        {
            var notMine = string.Concat(user.Cooperatives.Select((_, c) => $" AND a.cooperative_id <> @X{c}"))
                + string.Concat(conflicts.Select((_, c) => $" AND NOT (a.call_id = @XCall{c} AND a.cooperative_id = @XCoop{c})"));
            var k = 0;
            foreach (var coop in user.Cooperatives) p.Add($"X{k++}", coop);
            for (var c = 0; c < conflicts.Count; c++)
            {
                p.Add($"XCall{c}", conflicts[c].Call);
                p.Add($"XCoop{c}", conflicts[c].Cooperative);
            }
            any.Add($"(a.status IN @ReviewerStates AND EXISTS (SELECT 1 FROM prog_reviewers vr WHERE vr.call_id = a.call_id AND vr.reviewer_id = @Me){notMine})");
            p.Add("Me", me);
            p.Add("ReviewerStates", ApplicationFlow.ReviewerVisible.Select(ApiJson.Api).ToArray());
        }
        return any.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", any.Select(x => "(" + x + ")")) + ")";
    }
}

internal static class ListApplicationsEndpoint
{
    public static RouteGroupBuilder MapListApplications(this RouteGroupBuilder applications)
    {
        applications.MapGet("/", async Task<Ok<ApplicationPage>> ([AsParameters] ListApplicationsQuery query, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListApplications")
            .RequireAuthorization()
            .WithSummary("The applications the caller may see, newest first.")
            .ProducesProblems(400, 401);
        return applications;
    }
}

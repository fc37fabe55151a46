using CoopHub.Shared.Localization;
using CoopHub.Contracts.Cooperatives;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Programs.Calls;

/// <summary>An open call seen from one cooperative: whether it may apply, why not, and its application if it has one (shown to its manager and staff).</summary>
internal sealed record OpenCallForCooperative(CallDetails Call, bool Eligible, IReadOnlyList<EligibilityFailure> Failures, Guid? ApplicationId, ApplicationStatus? ApplicationStatus);

internal sealed record ListOpenCallsForCooperativeQuery(Guid CooperativeId) : IQuery<Result<IReadOnlyList<OpenCallForCooperative>>>;

internal sealed class ListOpenCallsForCooperativeHandler(DbSession db, ISender sender, TimeProvider clock, CurrentUser user)
    : IQueryHandler<ListOpenCallsForCooperativeQuery, Result<IReadOnlyList<OpenCallForCooperative>>>
{
    public async ValueTask<Result<IReadOnlyList<OpenCallForCooperative>>> Handle(ListOpenCallsForCooperativeQuery query, CancellationToken cancellationToken)
    {
        var coop = await sender.Send(new GetCooperativeSummary(query.CooperativeId), cancellationToken);
        if (coop is null) return new Error(ErrorKind.NotFound, "cooperative.not_found", ServerText.Get("programs.cooperative_not_found"));
        var now = clock.GetUtcNow();
        var today = Casablanca.Today(clock);
        var calls = (await db.QueryAsync<CallRow>($"SELECT {CallRow.Columns} {CallRow.From} WHERE c.status = 'published' ORDER BY c.closes_at, c.id", null, cancellationToken))
            .Where(c => c.IsOpenAt(now)).ToList();
        var applications = (await db.QueryAsync<ApplicationRow>($"SELECT {ApplicationRow.Columns} FROM prog_applications a WHERE a.cooperative_id = @Id", new { coop.Id }, cancellationToken))
            .ToDictionary(a => a.CallId);
        var result = new List<OpenCallForCooperative>();
        foreach (var call in calls)
        {
            var failures = Eligibility.Evaluate(call.RuleSet, coop, await Eligibility.PreviousAwardsAsync(db, coop.Id, call.Id, cancellationToken), today);
            var application = applications.GetValueOrDefault(call.Id);
            var showApplication = application is not null && ProgramAccess.CanActForApplicant(user, coop.Id, coop.RegionCode, call.ProgramRegionList);
            result.Add(new OpenCallForCooperative(call.ToDetails(now), failures.Count == 0, Eligibility.Render(failures),
                showApplication ? application!.Id : null, showApplication ? application!.StatusValue : null));
        }
        return result;
    }
}

internal static class ListOpenCallsForCooperativeEndpoint
{
    public static RouteGroupBuilder MapListOpenCallsForCooperative(this RouteGroupBuilder api)
    {
        api.MapGet("/cooperatives/{id:guid}/open-calls", async Task<Results<Ok<IReadOnlyList<OpenCallForCooperative>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListOpenCallsForCooperativeQuery(id), ct)))
            .WithTags("Calls")
            .WithName("ListOpenCallsForCooperative")
            .WithSummary("Open calls with, for each, whether the cooperative is eligible and why not.")
            .ProducesProblems(404);
        return api;
    }
}

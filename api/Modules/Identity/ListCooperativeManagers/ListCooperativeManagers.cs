using CoopHub.Contracts.Cooperatives;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.ListCooperativeManagers;

/// <summary>A manager of a cooperative, as its other managers and staff see her.</summary>
internal sealed record CooperativeManager(Guid Id, string DisplayName, string Email);

internal sealed record ListCooperativeManagersQuery(Guid CooperativeId) : IQuery<Result<IReadOnlyList<CooperativeManager>>>;

internal sealed class ListCooperativeManagersAuthorizer : IAuthorizer<ListCooperativeManagersQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListCooperativeManagersQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>The enabled accounts managing a cooperative, for its managers and staff of its region (others: not found).</summary>
internal sealed class ListCooperativeManagersHandler(DbSession db, ISender sender, CurrentUser user)
    : IQueryHandler<ListCooperativeManagersQuery, Result<IReadOnlyList<CooperativeManager>>>
{
    public async ValueTask<Result<IReadOnlyList<CooperativeManager>>> Handle(ListCooperativeManagersQuery query, CancellationToken cancellationToken)
    {
        var cooperative = await sender.Send(new GetCooperativeSummary(query.CooperativeId), cancellationToken);
        if (cooperative is null || !(user.ManagesCooperative(query.CooperativeId) || user.CanManageRegion(cooperative.RegionCode)))
        {
            return Error.NotFound("identity.managers.cooperative_not_found");
        }
        var rows = await db.QueryAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE disabled = @No AND cooperatives LIKE @Id ORDER BY display_name",
            new { No = false, Id = $"%{query.CooperativeId}%" }, cancellationToken);
        return rows.Where(r => ManagerBindings.IsManagerOf(r, query.CooperativeId)).Select(r => new CooperativeManager(r.Id, r.DisplayName, r.Email)).ToList();
    }
}

internal static class ListCooperativeManagersEndpoint
{
    public static RouteGroupBuilder MapListCooperativeManagers(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Results<Ok<IReadOnlyList<CooperativeManager>>, ProblemHttpResult>> (Guid cooperativeId, ISender sender, CancellationToken ct)
                => (await sender.Send(new ListCooperativeManagersQuery(cooperativeId), ct)).ToOk())
            .WithName("ListCooperativeManagers")
            .WithSummary("The accounts managing a cooperative, for its managers and staff of its region.")
            .RequireAuthorization()
            .ProducesProblems(401, 404);
        return group;
    }
}

using CoopHub.Contracts.Identity;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Identity.Integration;

/// <summary>Answers other modules' questions about who an actor is (reviewers, jurors); never exposes secrets.</summary>
internal sealed class GetActorSummaryHandler(DbSession db, TimeProvider clock) : IQueryHandler<GetActorSummary, ActorSummary?>
{
    public async ValueTask<ActorSummary?> Handle(GetActorSummary query, CancellationToken cancellationToken)
    {
        var user = await db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM app_users WHERE id = @Id", new { Id = query.ActorId }, cancellationToken);
        if (user is not null) return user.ToActor();
        var key = await db.QuerySingleOrDefaultAsync<ApiKeyRow>($"SELECT {ApiKeyRow.Columns} FROM app_api_keys WHERE id = @Id", new { Id = query.ActorId }, cancellationToken);
        return key is null ? null : new ActorSummary(key.Id, "apiKey", key.Name, IdentityJson.Strings(key.Roles), IdentityJson.Strings(key.Regions),
            IdentityJson.Guids(key.Cooperatives), key.RevokedAt is null && (key.ExpiresAt is null || key.ExpiresAt > clock.GetUtcNow()));
    }
}

internal sealed class ListStaffActorsHandler(DbSession db) : IQueryHandler<ListStaffActors, IReadOnlyList<ActorSummary>>
{
    public async ValueTask<IReadOnlyList<ActorSummary>> Handle(ListStaffActors query, CancellationToken cancellationToken)
    {
        var users = await db.QueryAsync<UserRow>($"SELECT {UserRow.Columns} FROM app_users WHERE disabled = @No ORDER BY display_name, id", new { No = false }, cancellationToken);
        return users.Select(u => u.ToActor())
            .Where(a => a.Roles.Contains(Roles.Admin)
                || (a.Roles.Contains(Roles.Staff) && (query.RegionCode is null || a.Regions.Contains(CoopHubClaims.National) || a.Regions.Contains(query.RegionCode))))
            .ToList();
    }
}

internal static class ActorMapping
{
    public static ActorSummary ToActor(this UserRow u) => new(u.Id, "user", u.DisplayName, IdentityJson.Strings(u.Roles), IdentityJson.Strings(u.Regions),
        IdentityJson.Guids(u.Cooperatives), !u.Disabled);
}

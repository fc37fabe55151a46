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
        var user = await db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE id = @Id", new { Id = query.ActorId }, cancellationToken);
        if (user is not null) return user.ToActor();
        var key = await db.QuerySingleOrDefaultAsync<ApiKeyRow>($"SELECT {ApiKeyRow.Columns} FROM idn_api_keys WHERE id = @Id", new { Id = query.ActorId }, cancellationToken);
        return key is null ? null : new ActorSummary(key.Id, "apiKey", key.Name, IdentityJson.Strings(key.Roles), IdentityJson.Strings(key.Regions),
            IdentityJson.Guids(key.Cooperatives), key.RevokedAt is null && (key.ExpiresAt is null || key.ExpiresAt > clock.GetUtcNow()));
    }
}

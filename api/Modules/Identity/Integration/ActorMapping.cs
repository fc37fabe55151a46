using CoopHub.Contracts.Identity;
using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Identity.Integration;

/// <summary>An account as other modules see it (no secrets).</summary>
internal static class ActorMapping
{
    public static ActorSummary ToActor(this UserRow u) => new(u.Id, "user", u.DisplayName, IdentityJson.Strings(u.Roles), IdentityJson.Strings(u.Regions),
        IdentityJson.Guids(u.Cooperatives), !u.Disabled);
}

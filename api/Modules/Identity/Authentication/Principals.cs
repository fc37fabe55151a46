using System.Security.Claims;
using CoopHub.Identity.Model;
using CoopHub.Shared.Security;

namespace CoopHub.Identity.Authentication;

internal static class Principals
{
    public const string CookieScheme = "CoopHub.Cookie";
    public const string ApiKeyScheme = "CoopHub.ApiKey";
    public const string ApiKeyHeader = "X-Api-Key";

    public static ClaimsPrincipal ForUser(UserRow user) => Build(CookieScheme, user.Id, user.Email, "user",
        IdentityJson.Strings(user.Roles), IdentityJson.Strings(user.Regions), IdentityJson.Guids(user.Cooperatives), IdentityJson.Guids(user.Networks),
        [new Claim(CoopHubClaims.Language, user.Language), new Claim(CoopHubClaims.Stamp, StampOf(user))]);

    /// <summary>
    /// Changes when what the session grants changes (roles, scopes, password) or where the account is reached (its
    /// address keys: an address added, replaced or removed), not on a language change or an address proved.
    /// </summary>
    public static string StampOf(UserRow user)
        => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('|', user.Roles, user.Regions, user.Cooperatives, user.Networks, user.PasswordHash, user.EmailKey, user.SecondKey))))[..16];

    public static ClaimsPrincipal ForApiKey(ApiKeyRow key) => Build(ApiKeyScheme, key.Id, key.Name, "apiKey",
        IdentityJson.Strings(key.Roles), IdentityJson.Strings(key.Regions), IdentityJson.Guids(key.Cooperatives), IdentityJson.Guids(key.Networks), []);

    private static ClaimsPrincipal Build(string scheme, Guid id, string name, string actorType, IEnumerable<string> roles,
        IEnumerable<string> regions, IEnumerable<Guid> cooperatives, IEnumerable<Guid> networks, IEnumerable<Claim> extra)
    {
        var claims = new List<Claim>
        {
            new(CoopHubClaims.Id, id.ToString()),
            new(CoopHubClaims.Name, name),
            new(CoopHubClaims.ActorType, actorType),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        claims.AddRange(regions.Select(r => new Claim(CoopHubClaims.Region, r)));
        claims.AddRange(cooperatives.Select(c => new Claim(CoopHubClaims.Cooperative, c.ToString())));
        claims.AddRange(networks.Select(n => new Claim(CoopHubClaims.Network, n.ToString())));
        claims.AddRange(extra);
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, CoopHubClaims.Name, ClaimTypes.Role));
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CoopHub.Shared.Security;

public static class Roles
{
    public const string Admin = "admin";
    public const string Staff = "staff";
    public const string CoopManager = "coop-manager";
    public const string NetworkOfficer = "network-officer";

    public static readonly string[] All = [Admin, Staff, CoopManager, NetworkOfficer];
}

/// <summary>Claim names CoopHub puts on a signed-in user or an API key.</summary>
public static class CoopHubClaims
{
    public const string Id = "sub";
    public const string Name = "name";
    public const string ActorType = "actor";
    public const string Region = "region";
    public const string Cooperative = "cooperative";
    public const string Network = "network";
    public const string Language = "lang";
    public const string Stamp = "stamp";

    /// <summary>A staff scope covering every region.</summary>
    public const string National = "national";
}

/// <summary>Who is calling: a signed-in user, an API key, or nobody. Read by authorizers and the audit.</summary>
public sealed class CurrentUser
{
    public static readonly CurrentUser Anonymous = new(new ClaimsPrincipal(new ClaimsIdentity()));

    /// <summary>The product itself, outside any request (start-up seeding, notifications): may do anything.</summary>
    public static readonly CurrentUser System = new(new ClaimsPrincipal(new ClaimsIdentity(
    [
        new Claim(CoopHubClaims.Name, "system"),
        new Claim(CoopHubClaims.ActorType, "system"),
        new Claim(ClaimTypes.Role, Security.Roles.Admin),
    ], "system", CoopHubClaims.Name, ClaimTypes.Role)));

    public CurrentUser(ClaimsPrincipal principal)
    {
        IsAuthenticated = principal.Identity?.IsAuthenticated == true;
        Id = Guid.TryParse(principal.FindFirstValue(CoopHubClaims.Id), out var id) ? id : null;
        Name = principal.FindFirstValue(CoopHubClaims.Name);
        ActorType = principal.FindFirstValue(CoopHubClaims.ActorType) ?? "anonymous";
        Roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        Regions = principal.FindAll(CoopHubClaims.Region).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        Cooperatives = principal.FindAll(CoopHubClaims.Cooperative).Select(c => Guid.TryParse(c.Value, out var g) ? g : Guid.Empty).ToHashSet();
        Networks = principal.FindAll(CoopHubClaims.Network).Select(c => Guid.TryParse(c.Value, out var g) ? g : Guid.Empty).ToHashSet();
    }

    public bool IsAuthenticated { get; }

    public Guid? Id { get; }

    public string? Name { get; }

    /// <summary><c>user</c>, <c>apiKey</c> or <c>anonymous</c>.</summary>
    public string ActorType { get; }

    public IReadOnlySet<string> Roles { get; }

    public IReadOnlySet<string> Regions { get; }

    public IReadOnlySet<Guid> Cooperatives { get; }

    public IReadOnlySet<Guid> Networks { get; }

    public bool IsOfficerOf(Guid networkId) => Roles.Contains(Security.Roles.NetworkOfficer) && Networks.Contains(networkId);

    public bool IsAdmin => Roles.Contains(Security.Roles.Admin);

    public bool IsUser => ActorType == "user";

    /// <summary>Admin, or staff whose scope covers the region.</summary>
    public bool CanManageRegion(string? regionCode)
        => IsAdmin || (Roles.Contains(Security.Roles.Staff) && (Regions.Contains(CoopHubClaims.National) || (regionCode is not null && Regions.Contains(regionCode))));

    public bool IsStaff => IsAdmin || Roles.Contains(Security.Roles.Staff);

    public bool ManagesCooperative(Guid cooperativeId) => Roles.Contains(Security.Roles.CoopManager) && Cooperatives.Contains(cooperativeId);

    /// <summary>Regions a staff member may act on; null means all.</summary>
    public IReadOnlySet<string>? StaffRegions => IsAdmin || Regions.Contains(CoopHubClaims.National) ? null : Regions;
}

public static class CurrentUserServices
{
    /// <summary>The caller of the current request; the system itself outside a request (start-up seeding).</summary>
    public static CurrentUser FromContext(IHttpContextAccessor accessor)
        => accessor.HttpContext?.User is { } user ? new CurrentUser(user) : CurrentUser.System;
}

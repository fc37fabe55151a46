using CoopHub.Shared.Localization;
using CoopHub.Contracts.Cooperatives;
using CoopHub.Contracts.Networks;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;

namespace CoopHub.Identity.Model;

/// <summary>Roles and scopes, shared by users and API keys.</summary>
internal abstract record AccessFields
{
    /// <summary>admin, staff, coop-manager, network-officer.</summary>
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>For staff: region codes (MA-01..MA-12) or "national".</summary>
    public IReadOnlyList<string>? Regions { get; init; }

    /// <summary>For coop managers: the cooperatives they manage.</summary>
    public IReadOnlyList<Guid>? Cooperatives { get; init; }

    /// <summary>For network officers: the networks they keep.</summary>
    public IReadOnlyList<Guid>? Networks { get; init; }
}

internal static class AccessRules
{
    private const int MaxRoles = 4;
    private const int MaxRegions = 13;
    private const int MaxCooperatives = 50;
    private const int MaxNetworks = 20;

    public static void Apply<T>(AbstractValidator<T> v, ReferenceData reference, ISender sender)
        where T : AccessFields
    {
        v.RuleFor(x => x.Roles)
            .NotNull().WithText("identity.access.roles_required")
            .Must(r => r is null || r.Count is >= 1 and <= MaxRoles).WithText("identity.access.roles_count", (_, _) => [("max", MaxRoles)]);
        v.RuleForEach(x => x.Roles).Must(r => CoopHub.Shared.Security.Roles.All.Contains(r))
            .WithText("identity.access.unknown_role", (_, r) => [("value", r)]);
        v.RuleFor(x => x.Regions)
            .Must((x, regions) => x.Roles?.Contains(CoopHub.Shared.Security.Roles.Staff) != true || regions is { Count: > 0 })
            .WithText("identity.access.staff_needs_region")
            .Must(r => r is null || r.Count <= MaxRegions).WithText("identity.access.too_many_regions", (_, _) => [("max", MaxRegions)]);
        v.RuleForEach(x => x.Regions).Must(r => r == CoopHubClaims.National || reference.FindRegion(r) is not null)
            .WithText("identity.access.unknown_region", (_, r) => [("value", r)]);
        v.RuleFor(x => x.Cooperatives)
            .Must((x, coops) => x.Roles?.Contains(CoopHub.Shared.Security.Roles.CoopManager) != true || coops is { Count: > 0 })
            .WithText("identity.access.manager_needs_cooperative")
            .Must(c => c is null || c.Count <= MaxCooperatives).WithText("identity.access.too_many_cooperatives", (_, _) => [("max", MaxCooperatives)]);
        v.RuleForEach(x => x.Cooperatives)
            .MustAsync(async (id, ct) => await sender.Send(new GetCooperativeSummary(id), ct) is not null)
            .WithText("identity.access.unknown_cooperative");
        v.RuleFor(x => x.Networks)
            .Must((x, networks) => x.Roles?.Contains(CoopHub.Shared.Security.Roles.NetworkOfficer) != true || networks is { Count: > 0 })
            .WithText("identity.access.officer_needs_network")
            .Must(n => n is null || n.Count <= MaxNetworks).WithText("identity.access.too_many_networks", (_, _) => [("max", MaxNetworks)]);
        v.RuleForEach(x => x.Networks)
            .MustAsync(async (id, ct) => await sender.Send(new GetNetworkSummary(id), ct) is not null)
            .WithText("identity.access.unknown_network");
    }
}

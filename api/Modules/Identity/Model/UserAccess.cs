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
    public static void Apply<T>(AbstractValidator<T> v, ReferenceData reference, ISender sender)
        where T : AccessFields
    {
        v.RuleFor(x => x.Roles)
            .NotNull().WithText("identity.give_least_one_role_admin_staff")
            .Must(r => r is null || r.Count is >= 1 and <= 4).WithText("identity.give_between_1_4_roles");
        v.RuleForEach(x => x.Roles).Must(r => CoopHub.Shared.Security.Roles.All.Contains(r))
            .WithMessage((_, r) => $"'{r}' is not a role; use admin, staff, coop-manager or network-officer.");
        v.RuleFor(x => x.Regions)
            .Must((x, regions) => x.Roles?.Contains(CoopHub.Shared.Security.Roles.Staff) != true || regions is { Count: > 0 })
            .WithText("identity.staff_need_least_one_region_national")
            .Must(r => r is null || r.Count <= 13).WithText("identity.list_most_13_regions");
        v.RuleForEach(x => x.Regions).Must(r => r == CoopHubClaims.National || reference.FindRegion(r) is not null)
            .WithMessage((_, r) => $"'{r}' is not a region code (MA-01..MA-12) or \"national\".");
        v.RuleFor(x => x.Cooperatives)
            .Must((x, coops) => x.Roles?.Contains(CoopHub.Shared.Security.Roles.CoopManager) != true || coops is { Count: > 0 })
            .WithText("identity.cooperative_manager_needs_least_one_cooperative")
            .Must(c => c is null || c.Count <= 50).WithText("identity.list_most_50_cooperatives");
        v.RuleForEach(x => x.Cooperatives)
            .MustAsync(async (id, ct) => await sender.Send(new GetCooperativeSummary(id), ct) is not null)
            .WithMessage((_, id) => $"No cooperative has id {id}.");
        v.RuleFor(x => x.Networks)
            .Must((x, networks) => x.Roles?.Contains(CoopHub.Shared.Security.Roles.NetworkOfficer) != true || networks is { Count: > 0 })
            .WithText("identity.network_officer_needs_least_one_network")
            .Must(n => n is null || n.Count <= 20).WithText("identity.list_most_20_networks");
        v.RuleForEach(x => x.Networks)
            .MustAsync(async (id, ct) => await sender.Send(new GetNetworkSummary(id), ct) is not null)
            .WithMessage((_, id) => $"No network has id {id}.");
    }
}

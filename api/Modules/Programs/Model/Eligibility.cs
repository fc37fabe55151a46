using CoopHub.Contracts.Cooperatives;
using CoopHub.Shared.Data;

namespace CoopHub.Programs.Model;

/// <summary>Checks a cooperative's registry data against a call's rules; each failed rule comes back with its reason.</summary>
internal static class Eligibility
{
    public static readonly string[] DefaultStatuses = ["active"];

    public static IReadOnlyList<string> Statuses(EligibilityRules rules) => rules.Statuses is { Count: > 0 } s ? s : DefaultStatuses;

    public static IReadOnlyList<EligibilityFailure> Evaluate(EligibilityRules rules, CooperativeSummary coop, int previousAwards, DateOnly today)
    {
        var failures = new List<EligibilityFailure>();
        var statuses = Statuses(rules);
        if (!statuses.Contains(coop.Status))
        {
            failures.Add(new("status", $"The call is open to cooperatives that are {string.Join(" or ", statuses)}; this one is {coop.Status}."));
        }
        if (rules.Sectors is { Count: > 0 } sectors && !coop.Sectors.Intersect(sectors).Any())
        {
            failures.Add(new("sector", $"The call is for the sectors {string.Join(", ", sectors)}; the cooperative works in {(coop.Sectors.Count == 0 ? "no listed sector" : string.Join(", ", coop.Sectors))}."));
        }
        if (rules.Regions is { Count: > 0 } regions && !regions.Contains(coop.RegionCode))
        {
            failures.Add(new("region", $"The call is for cooperatives of {string.Join(", ", regions)}; this one is in {coop.RegionCode}."));
        }
        if (rules.Provinces is { Count: > 0 } provinces && !provinces.Contains(coop.ProvinceCode))
        {
            failures.Add(new("province", $"The call is for cooperatives of the provinces {string.Join(", ", provinces)}; this one is in {coop.ProvinceCode}."));
        }
        if (rules.MinAgeMonths is { } minAge)
        {
            if (coop.FoundedOn is not { } founded)
            {
                failures.Add(new("age", $"The call needs cooperatives at least {minAge} months old; the registry has no founding date for this one."));
            }
            else if (founded > today.AddMonths(-minAge))
            {
                failures.Add(new("age", $"The call needs cooperatives at least {minAge} months old; this one was founded on {founded:yyyy-MM-dd}."));
            }
        }
        if (rules.MinMembers is { } minMembers && coop.MembersTotal < minMembers)
        {
            failures.Add(new("members", $"The call needs at least {minMembers} members; the registry lists {coop.MembersTotal}."));
        }
        if (rules.WomenLedOnly == true && !coop.WomenLed)
        {
            failures.Add(new("womenLed", "The call is for women-led cooperatives; the registry does not list this one as women-led."));
        }
        if (rules.MaxPreviousAwards is { } maxAwards && previousAwards > maxAwards)
        {
            failures.Add(new("previousAwards", $"The call accepts cooperatives with at most {maxAwards} previous awards; this one has {previousAwards}."));
        }
        return failures;
    }

    /// <summary>Applications of the cooperative selected, supported or completed in calls other than <paramref name="exceptCall"/>.</summary>
    public static Task<int> PreviousAwardsAsync(DbSession db, Guid cooperativeId, Guid exceptCall, CancellationToken ct)
        => db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM prog_applications WHERE cooperative_id = @Id AND call_id <> @CallId AND status IN ('selected', 'supported', 'completed')",
            new { Id = cooperativeId, CallId = exceptCall }, ct);

    /// <summary>The part of the rules the registry can filter on (awards are counted here, not there).</summary>
    public static CooperativeCriteria ToCriteria(EligibilityRules rules, DateOnly today) => new(
        rules.Sectors ?? [], rules.Regions ?? [], rules.Provinces ?? [], Statuses(rules),
        rules.MinAgeMonths is { } months ? today.AddMonths(-months) : null, rules.MinMembers, rules.WomenLedOnly == true);
}

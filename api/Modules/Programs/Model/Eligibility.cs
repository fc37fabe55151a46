using CoopHub.Contracts.Cooperatives;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Programs.Model;

/// <summary>Checks a cooperative's registry data against a call's rules; each failed rule comes back with its reason.</summary>
internal static class Eligibility
{
    public static readonly string[] DefaultStatuses = ["active"];

    public static IReadOnlyList<string> Statuses(EligibilityRules rules) => rules.Statuses is { Count: > 0 } s ? s : DefaultStatuses;

    /// <summary>Each rule the cooperative does not meet, with its reason as a code and arguments (rendered when read).</summary>
    public static IReadOnlyList<StoredFailure> Evaluate(EligibilityRules rules, CooperativeSummary coop, int previousAwards, DateOnly today)
    {
        var failures = new List<StoredFailure>();
        var statuses = Statuses(rules);
        if (!statuses.Contains(coop.Status))
        {
            failures.Add(StoredFailure.Of("status", "programs.eligibility.status", ("statuses", statuses), ("cooperativeStatus", coop.Status)));
        }
        if (rules.Sectors is { Count: > 0 } sectors && !coop.Sectors.Intersect(sectors).Any())
        {
            failures.Add(coop.Sectors.Count == 0
                ? StoredFailure.Of("sector", "programs.eligibility.sector_none", ("sectors", sectors))
                : StoredFailure.Of("sector", "programs.eligibility.sector", ("sectors", sectors), ("cooperativeSectors", coop.Sectors)));
        }
        if (rules.Regions is { Count: > 0 } regions && !regions.Contains(coop.RegionCode))
        {
            failures.Add(StoredFailure.Of("region", "programs.eligibility.region", ("regions", regions), ("cooperativeRegion", coop.RegionCode)));
        }
        if (rules.Provinces is { Count: > 0 } provinces && !provinces.Contains(coop.ProvinceCode))
        {
            failures.Add(StoredFailure.Of("province", "programs.eligibility.province", ("provinces", provinces), ("cooperativeProvince", coop.ProvinceCode)));
        }
        if (rules.MinAgeMonths is { } minAge)
        {
            if (coop.FoundedOn is not { } founded)
            {
                failures.Add(StoredFailure.Of("age", "programs.eligibility.age_unknown", ("months", minAge)));
            }
            else if (founded > today.AddMonths(-minAge))
            {
                failures.Add(StoredFailure.Of("age", "programs.eligibility.age", ("months", minAge), ("foundedOn", founded)));
            }
        }
        if (rules.MinMembers is { } minMembers && coop.MembersTotal < minMembers)
        {
            failures.Add(StoredFailure.Of("members", "programs.eligibility.members", ("min", minMembers), ("members", coop.MembersTotal)));
        }
        if (rules.WomenLedOnly == true && !coop.WomenLed)
        {
            failures.Add(StoredFailure.Of("womenLed", "programs.eligibility.women_led"));
        }
        if (rules.MaxPreviousAwards is { } maxAwards && previousAwards > maxAwards)
        {
            failures.Add(StoredFailure.Of("previousAwards", "programs.eligibility.previous_awards", ("max", maxAwards), ("awards", previousAwards)));
        }
        return failures;
    }

    /// <summary>What the eligibility check writes into the history: every rule met, or the reasons of each failed one.</summary>
    public static StoredReason Reason(IReadOnlyList<StoredFailure> failures) => failures.Count == 0
        ? StoredReason.Of("programs.history.eligible")
        : StoredReason.Of("programs.history.ineligible", ("failures", failures));

    /// <summary>The reasons in the reader's language.</summary>
    public static IReadOnlyList<EligibilityFailure> Render(IEnumerable<StoredFailure> failures) => failures.Select(f => f.ToFailure()).ToList();

    /// <summary>Applications of the cooperative selected, supported or completed in calls other than <paramref name="exceptCall"/>.</summary>
    public static Task<int> PreviousAwardsAsync(DbSession db, Guid cooperativeId, Guid exceptCall, CancellationToken ct)
        => db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM prog_applications WHERE cooperative_id = @Id AND call_id <> @CallId AND status IN ('selected', 'supported', 'completed')",
            new { Id = cooperativeId, CallId = exceptCall }, ct);

    /// <summary>The part of the rules the registry can filter on (awards are counted here, not there).</summary>
    public static CooperativeCriteria ToCriteria(EligibilityRules rules, DateOnly today) => new(
        rules.Sectors ?? [], rules.Regions ?? [], rules.Provinces ?? [], Statuses(rules),
        rules.MinAgeMonths is { } months ? today.AddMonths(-months) : null, rules.MinMembers, rules.WomenLedOnly == true);

    /// <summary>
    /// Registry cooperatives meeting every rule of the call that have not applied to it: the registry filters through the
    /// Cooperatives contract (one query), the applications and previous awards are counted here (two queries).
    /// </summary>
    public static async Task<List<CooperativeSummary>> EligibleCooperativesAsync(DbSession db, ISender sender, CallRow call, DateOnly today, CancellationToken ct)
    {
        var rules = call.RuleSet;
        var candidates = await sender.Send(new ListMatchingCooperatives(ToCriteria(rules, today)), ct);
        var applied = (await db.QueryAsync<Guid>("SELECT cooperative_id FROM prog_applications WHERE call_id = @Id", new { call.Id }, ct)).ToHashSet();
        var overAwarded = new HashSet<Guid>();
        if (rules.MaxPreviousAwards is { } max)
        {
            overAwarded = (await db.QueryAsync<Guid>($"""
                SELECT cooperative_id FROM prog_applications WHERE call_id <> @Id AND status IN {ApplicationFlow.AwardedSql}
                GROUP BY cooperative_id HAVING COUNT(*) > @Max
                """, new { call.Id, Max = max }, ct)).ToHashSet();
        }
        return candidates.Where(c => !applied.Contains(c.Id) && !overAwarded.Contains(c.Id)).ToList();
    }
}

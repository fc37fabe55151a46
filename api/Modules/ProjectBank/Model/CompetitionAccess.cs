using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;

namespace CoopHub.ProjectBank.Model;

/// <summary>
/// Who runs a competition (ADR 0008): staff of its region, national staff and administrators. Authorizers check
/// only that the caller is staff (no record needed); the handler checks the region on the competition it loads.
/// </summary>
internal static class CompetitionAccess
{
    /// <summary>What a refusal explains: running a competition, creating one in a region, or seeing its ranking early.</summary>
    public enum Act { Run, Create, SeeRanking }

    /// <summary>The authorizers' part: staff only (401 for nobody, 403 for the others).</summary>
    public static AccessDenied? Staff(CurrentUser user) => user.IsStaff ? null : AccessDenied.For(user, "bank.competition.staff_only");

    /// <summary>Staff of the region (national staff when the competition has none), as the pipeline refuses (401 for nobody).</summary>
    public static AccessDenied? Run(CurrentUser user, string? regionCode, Act act = Act.Run) => user.CanManageRegion(regionCode) ? null
        : regionCode is null ? AccessDenied.For(user, NationalText(act)) : AccessDenied.For(user, RegionText(act), ("region", ReferenceNames.Region(regionCode)));

    /// <summary>The same rule on a record a handler loaded: 403 with the same message.</summary>
    public static Error? Refuse(CurrentUser user, string? regionCode, Act act = Act.Run) => user.CanManageRegion(regionCode) ? null
        : regionCode is null ? Error.Forbidden(NationalText(act)) : Error.Forbidden(RegionText(act), ("region", ReferenceNames.Region(regionCode)));

    /// <summary>A draft is its region's staff's (national staff and administrators see every one); to anyone else it does not exist.</summary>
    public static bool Visible(CurrentUser user, CompetitionRow row) => row.StatusValue != CompetitionStatus.Draft || user.CanManageRegion(row.RegionCode);

    /// <summary>
    /// The ranking is everyone's once the results are published, and its region's staff's before. The rule needs the
    /// competition, so the handler that loaded it refuses as an authorizer would (401 for nobody, 403 for the others):
    /// the two outcomes a problem answer needs that a result value cannot carry.
    /// </summary>
    public static void EnsureRankingVisible(CurrentUser user, CompetitionRow competition)
    {
        if (competition.StatusValue != CompetitionStatus.ResultsPublished && Run(user, competition.RegionCode, Act.SeeRanking) is { } denied)
        {
            throw new AccessDeniedException(denied);
        }
    }

    private static string RegionText(Act act) => act switch
    {
        Act.Create => "bank.competition.create_staff_of_region",
        Act.SeeRanking => "bank.ranking.before_results_region",
        _ => "bank.competition.staff_of_region",
    };

    private static string NationalText(Act act) => act switch
    {
        Act.Create => "bank.competition.create_national_staff",
        Act.SeeRanking => "bank.ranking.before_results_national",
        _ => "bank.competition.national_staff",
    };
}

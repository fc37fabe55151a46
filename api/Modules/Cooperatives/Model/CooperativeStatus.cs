using CoopHub.Shared.Localization;

namespace CoopHub.Cooperatives.Model;

internal enum CooperativeStatus
{
    Active,
    Dormant,
    InLiquidation,
    Dissolved,
}

internal static class CooperativeStatuses
{
    private static readonly Dictionary<CooperativeStatus, CooperativeStatus[]> Allowed = new()
    {
        [CooperativeStatus.Active] = [CooperativeStatus.Dormant, CooperativeStatus.InLiquidation],
        [CooperativeStatus.Dormant] = [CooperativeStatus.Active, CooperativeStatus.InLiquidation],
        // A liquidation can be called off; a dissolution is final.
        [CooperativeStatus.InLiquidation] = [CooperativeStatus.Active, CooperativeStatus.Dissolved],
        [CooperativeStatus.Dissolved] = [],
    };

    public static bool CanMove(CooperativeStatus from, CooperativeStatus to) => Allowed[from].Contains(to);

    public static IReadOnlyList<CooperativeStatus> NextFrom(CooperativeStatus from) => Allowed[from];

    /// <summary>The API's spelling: camelCase, as in JSON.</summary>
    public static string ToApi(this CooperativeStatus status) => status switch
    {
        CooperativeStatus.Active => "active",
        CooperativeStatus.Dormant => "dormant",
        CooperativeStatus.InLiquidation => "inLiquidation",
        CooperativeStatus.Dissolved => "dissolved",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static bool TryParse(string? value, out CooperativeStatus status)
    {
        foreach (var candidate in Enum.GetValues<CooperativeStatus>())
        {
            if (string.Equals(candidate.ToApi(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }
        status = default;
        return false;
    }

    /// <summary>The status as the reader says it, for sentences ("The cooperative is already dormant").</summary>
    public static string ToText(this CooperativeStatus status) => status switch
    {
        CooperativeStatus.Active => ServerText.Get("cooperatives.status.active"),
        CooperativeStatus.Dormant => ServerText.Get("cooperatives.status.dormant"),
        CooperativeStatus.InLiquidation => ServerText.Get("cooperatives.status.in_liquidation"),
        CooperativeStatus.Dissolved => ServerText.Get("cooperatives.status.dissolved"),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static (string Fr, string Ar) Names(this CooperativeStatus status) => status switch
    {
        CooperativeStatus.Active => ("Active", "نشطة"),
        CooperativeStatus.Dormant => ("En sommeil", "متوقفة عن النشاط"),
        CooperativeStatus.InLiquidation => ("En liquidation", "في طور التصفية"),
        CooperativeStatus.Dissolved => ("Dissoute", "منحلة"),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}

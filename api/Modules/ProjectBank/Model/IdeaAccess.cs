using CoopHub.Contracts.Cooperatives;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Security;
using CoopHub.Shared.Text;
using Dapper;
using Mediator;

namespace CoopHub.ProjectBank.Model;

/// <summary>
/// Who sees and curates an idea (ADR 0008). An idea concerns its cooperative's region (read from the registry)
/// or, for an idea staff wrote without a cooperative, the regions it names; an idea of neither is national. Its
/// curators are staff of one of those regions (national staff and administrators curate every idea).
/// </summary>
internal static class IdeaAccess
{
    public static async Task<IReadOnlyList<string>> RegionsAsync(ISender sender, IdeaRow row, CancellationToken ct)
        => row.CooperativeId is { } coop
            ? (await sender.Send(new GetCooperativeSummary(coop), ct)) is { } summary ? [summary.RegionCode] : []
            : ApiJson.List<string>(row.Regions);

    public static bool Curates(CurrentUser user, IReadOnlyList<string> regions)
        => user.IsStaff && (user.StaffRegions is null || regions.Any(r => user.StaffRegions.Contains(r)));

    public static async Task<bool> CuratesAsync(ISender sender, CurrentUser user, IdeaRow row, CancellationToken ct)
        => user.IsStaff && (user.StaffRegions is null || Curates(user, await RegionsAsync(sender, row, ct)));

    /// <summary>Published ideas: everyone; the others: their author side and their curators.</summary>
    public static async Task<bool> CanSeeAsync(ISender sender, CurrentUser user, IdeaRow row, CancellationToken ct)
        => row.StatusValue == IdeaStatus.Published || row.IsOwnedBy(user) || await CuratesAsync(sender, user, row, ct);

    /// <summary>Edits, submission and entries: the author side and the curators.</summary>
    public static async Task<bool> CanEditAsync(ISender sender, CurrentUser user, IdeaRow row, CancellationToken ct)
        => row.IsOwnedBy(user) || await CuratesAsync(sender, user, row, ct);

    /// <summary>
    /// The list's condition for ideas regional staff curate: those of cooperatives of their regions, and
    /// cooperative-less ideas naming one of their regions. Only unpublished ideas need it (published ones
    /// are public), and those are few (the curation queue), so their cooperatives are looked up one by one.
    /// </summary>
    public static async Task AddCuratedClausesAsync(DbSession db, ISender sender, IReadOnlySet<string> regions, List<string> visible, DynamicParameters p, CancellationToken ct)
    {
        var cooperatives = await db.QueryAsync<Guid>(
            "SELECT DISTINCT cooperative_id FROM bank_ideas WHERE status <> 'published' AND cooperative_id IS NOT NULL", null, ct);
        var k = 0;
        foreach (var coop in cooperatives)
        {
            if (await sender.Send(new GetCooperativeSummary(coop), ct) is not { } summary || !regions.Contains(summary.RegionCode)) continue;
            visible.Add($"i.cooperative_id = @Curated{k}");
            p.Add($"Curated{k++}", coop);
        }
        var r = 0;
        foreach (var region in regions)
        {
            visible.Add($"(i.cooperative_id IS NULL AND i.regions LIKE @CuratedRegion{r})");
            p.Add($"CuratedRegion{r++}", SearchClauses.InJsonList(region));
        }
    }
}

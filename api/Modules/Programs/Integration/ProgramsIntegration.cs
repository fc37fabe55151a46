using CoopHub.Contracts.Cooperatives;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using Mediator;
using CoopHub.Shared.Http;

namespace CoopHub.Programs.Integration;

/// <summary>
/// A dissolved cooperative's open applications are withdrawn; a place it held goes to the first
/// waitlisted application of that call. Supported and completed ones stay: the support happened.
/// </summary>
internal sealed class WithdrawApplicationsOfDissolvedCooperativeHandler(DbSession db, TimeProvider clock) : INotificationHandler<CooperativeStatusChanged>
{
    public async ValueTask Handle(CooperativeStatusChanged notification, CancellationToken cancellationToken)
    {
        if (notification.ToStatus != "dissolved") return;
        var open = ApplicationFlow.Open.Select(ApiJson.Api).ToArray();
        var applications = (await db.QueryAsync<ApplicationRow>(
            $"SELECT {ApplicationRow.Columns} FROM prog_applications a WHERE a.cooperative_id = @Id AND a.status IN @Open",
            new { Id = notification.CooperativeId, Open = open }, cancellationToken)).ToList();
        var now = clock.GetUtcNow();
        var reason = $"Cooperative dissolved on {notification.EffectiveOn:yyyy-MM-dd}" + (string.IsNullOrWhiteSpace(notification.Reason) ? "." : ": " + notification.Reason);
        foreach (var app in applications)
        {
            var wasSelected = app.StatusValue == ApplicationStatus.Selected;
            await ApplicationFlow.MoveAsync(db, app, ApplicationStatus.Withdrawn, reason, "system", now, cancellationToken);
            if (wasSelected)
            {
                var call = (await ProgramStore.FindCallAsync(db, app.CallId, cancellationToken))!;
                await ApplicationFlow.PromoteFirstWaitlistedAsync(db, call, "system", now, cancellationToken);
            }
        }
    }
}

internal sealed class GetProgramSummaryHandler(DbSession db) : IQueryHandler<CoopHub.Contracts.Programs.GetProgramSummary, CoopHub.Contracts.Programs.ProgramSummary?>
{
    public async ValueTask<CoopHub.Contracts.Programs.ProgramSummary?> Handle(CoopHub.Contracts.Programs.GetProgramSummary query, CancellationToken cancellationToken)
        => await ProgramStore.FindProgramAsync(db, query.ProgramId, cancellationToken) is { } p
            ? new CoopHub.Contracts.Programs.ProgramSummary(p.Id, p.Code, p.NameAr, p.NameFr, p.RegionList)
            : null;
}

internal sealed class FindProgramByCodeHandler(DbSession db) : IQueryHandler<CoopHub.Contracts.Programs.FindProgramByCode, CoopHub.Contracts.Programs.ProgramSummary?>
{
    public async ValueTask<CoopHub.Contracts.Programs.ProgramSummary?> Handle(CoopHub.Contracts.Programs.FindProgramByCode query, CancellationToken cancellationToken)
        => await db.QuerySingleOrDefaultAsync<ProgramRow>($"SELECT {ProgramRow.Columns} FROM prog_programs p WHERE p.code_key = @Key",
            new { Key = CoopHub.Shared.Text.SearchText.Normalize(query.Code) }, cancellationToken) is { } p
            ? new CoopHub.Contracts.Programs.ProgramSummary(p.Id, p.Code, p.NameAr, p.NameFr, p.RegionList)
            : null;
}

internal sealed class ListOpenCallsMatchingHandler(DbSession db, TimeProvider clock)
    : IQueryHandler<CoopHub.Contracts.Programs.ListOpenCallsMatching, IReadOnlyList<CoopHub.Contracts.Programs.CallSummary>>
{
    public async ValueTask<IReadOnlyList<CoopHub.Contracts.Programs.CallSummary>> Handle(CoopHub.Contracts.Programs.ListOpenCallsMatching query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await db.QueryAsync<CallRow>($"SELECT {CallRow.Columns} {CallRow.From} WHERE c.status = 'published' ORDER BY c.closes_at, c.id", null, cancellationToken))
            .Where(c => c.IsOpenAt(now))
            .Where(c => c.RuleSet.Sectors is not { Count: > 0 } sectors || query.Sectors.Count == 0 || sectors.Intersect(query.Sectors).Any())
            .Where(c => c.RuleSet.Regions is not { Count: > 0 } regions || query.Regions.Count == 0 || regions.Intersect(query.Regions).Any())
            .Select(c => c.ToSummary(now)).ToList();
    }
}

internal sealed class GetCallSummaryHandler(DbSession db, TimeProvider clock) : IQueryHandler<CoopHub.Contracts.Programs.GetCallSummary, CoopHub.Contracts.Programs.CallSummary?>
{
    public async ValueTask<CoopHub.Contracts.Programs.CallSummary?> Handle(CoopHub.Contracts.Programs.GetCallSummary query, CancellationToken cancellationToken)
        => await ProgramStore.FindCallAsync(db, query.CallId, cancellationToken) is { } c && c.StatusValue != CallStatus.Draft ? c.ToSummary(clock.GetUtcNow()) : null;
}

internal static class CallSummaries
{
    public static CoopHub.Contracts.Programs.CallSummary ToSummary(this CallRow c, DateTimeOffset now)
        => new(c.Id, c.ProgramId, c.ProgramCode, c.TitleAr, c.TitleFr, c.ClosesAt, c.IsOpenAt(now), c.RuleSet.Sectors ?? [], c.RuleSet.Regions ?? []);
}

using CoopHub.Contracts.Cooperatives;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using Mediator;

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
        var reason = string.IsNullOrWhiteSpace(notification.Reason)
            ? StoredReason.Of("programs.history.cooperative_dissolved", ("dissolvedOn", notification.EffectiveOn))
            : StoredReason.Of("programs.history.cooperative_dissolved_because", ("dissolvedOn", notification.EffectiveOn), ("reason", notification.Reason.Trim()));
        foreach (var app in applications)
        {
            var wasSelected = app.StatusValue == ApplicationStatus.Selected;
            await ApplicationFlow.MoveAsync(db, app, ApplicationStatus.Withdrawn, reason, HistoryActor.System, now, cancellationToken);
            if (wasSelected)
            {
                var call = (await ProgramStore.FindCallAsync(db, app.CallId, cancellationToken))!;
                await ApplicationFlow.PromoteFirstWaitlistedAsync(db, call, HistoryActor.System, now, cancellationToken);
            }
        }
    }
}

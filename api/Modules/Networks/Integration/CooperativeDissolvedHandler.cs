using CoopHub.Contracts.Cooperatives;
using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Networks.Integration;

/// <summary>A dissolved cooperative leaves every network it belonged to, on the dissolution date.</summary>
internal sealed class CooperativeDissolvedHandler(DbSession db) : INotificationHandler<CooperativeStatusChanged>
{
    public async ValueTask Handle(CooperativeStatusChanged notification, CancellationToken cancellationToken)
    {
        if (notification.ToStatus != "dissolved") return;
        var memberships = (await db.QueryAsync<Guid>(
            "SELECT id FROM net_members WHERE member_type = 'cooperative' AND member_id = @Id AND left_on IS NULL",
            new { Id = notification.CooperativeId }, cancellationToken)).ToList();
        var reason = "Cooperative dissolved" + (string.IsNullOrWhiteSpace(notification.Reason) ? "" : ": " + notification.Reason);
        await MembershipEnd.EndAsync(db, memberships, notification.EffectiveOn, reason, cancellationToken);
    }
}

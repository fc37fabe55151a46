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
        // The system's words are a code rendered when read; the reason given for the dissolution is kept as written.
        var reason = string.IsNullOrWhiteSpace(notification.Reason) ? null : notification.Reason.Trim();
        var code = reason is null ? "networks.left_dissolved" : "networks.left_dissolved_because";
        await MembershipEnd.EndAsync(db, memberships, notification.EffectiveOn, code, reason, cancellationToken);
    }
}

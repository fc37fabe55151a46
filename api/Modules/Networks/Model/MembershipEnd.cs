using CoopHub.Shared.Data;

namespace CoopHub.Networks.Model;

/// <summary>
/// Leaving a network ends the leaver's mandates the same day, whether the member left (EndNetworkMembership)
/// or its cooperative was dissolved (CooperativeDissolvedHandler): one rule, written once.
/// </summary>
internal static class MembershipEnd
{
    /// <summary>
    /// Closes memberships and cuts the mandates their holders held at the leaving date. <paramref name="reason"/> is what a
    /// person wrote, stored as written; <paramref name="reasonCode"/>, when the system ends the membership, is the catalogue
    /// text that frames it, rendered in the reader's language when read (<see cref="MemberRow.ToApi"/>).
    /// </summary>
    public static async Task EndAsync(DbSession db, IReadOnlyList<Guid> membershipIds, DateOnly leftOn, string? reasonCode, string? reason, CancellationToken ct)
    {
        // One statement per id: Dapper's IN-list expansion bypasses the GUID type handler SQLite needs.
        var rows = membershipIds.Select(id => new { Id = id, LeftOn = leftOn, ReasonCode = reasonCode, Reason = reason }).ToList();
        if (rows.Count == 0) return;
        await db.ExecuteAsync("""
            UPDATE net_members SET left_on = @LeftOn, leave_reason_code = @ReasonCode, leave_reason = @Reason
            WHERE id = @Id AND left_on IS NULL
            """, rows, ct);
        await db.ExecuteAsync("UPDATE net_mandates SET term_end = @LeftOn WHERE membership_id = @Id AND term_end > @LeftOn", rows, ct);
    }
}

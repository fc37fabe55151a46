using CoopHub.Shared.Data;
using CoopHub.Shared.Http;

namespace CoopHub.Networks.Model;

/// <summary>A row of <c>net_members</c>: who belongs to a network, from when to when, under the name it had when it joined.</summary>
internal sealed class MemberRow
{
    public Guid Id { get; set; }
    public Guid NetworkId { get; set; }
    public string MemberType { get; set; } = "";
    public Guid MemberId { get; set; }
    public string? NameAr { get; set; }
    public string? NameFr { get; set; }
    public DateOnly JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    public string? LeaveReason { get; set; }

    public const string Columns = """
        m.id AS Id, m.network_id AS NetworkId, m.member_type AS MemberType, m.member_id AS MemberId, m.name_ar AS NameAr,
        m.name_fr AS NameFr, m.joined_on AS JoinedOn, m.left_on AS LeftOn, m.leave_reason AS LeaveReason
        """;

    /// <summary>A membership of this network (past or current), or null.</summary>
    public static Task<MemberRow?> FindAsync(DbSession db, Guid networkId, Guid? membershipId, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<MemberRow>($"SELECT {Columns} FROM net_members m WHERE m.id = @Id AND m.network_id = @NetworkId",
            new { Id = membershipId, NetworkId = networkId }, ct);

    public NetworkMember ToApi() => new(Id, ApiJson.Parse<MemberType>(MemberType), MemberId, NameAr, NameFr, JoinedOn, LeftOn, LeaveReason);
}

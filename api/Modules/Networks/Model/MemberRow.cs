using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;

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
    /// <summary>What a person wrote when the member left, as written (or the words a dissolution was given).</summary>
    public string? LeaveReason { get; set; }

    /// <summary>When the system ended the membership: the catalogue text framing <see cref="LeaveReason"/> (ADR 0020).</summary>
    public string? LeaveReasonCode { get; set; }

    public const string Columns = """
        m.id AS Id, m.network_id AS NetworkId, m.member_type AS MemberType, m.member_id AS MemberId, m.name_ar AS NameAr,
        m.name_fr AS NameFr, m.joined_on AS JoinedOn, m.left_on AS LeftOn, m.leave_reason AS LeaveReason,
        m.leave_reason_code AS LeaveReasonCode
        """;

    /// <summary>A membership of this network (past or current), or null.</summary>
    public static Task<MemberRow?> FindAsync(DbSession db, Guid networkId, Guid? membershipId, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<MemberRow>($"SELECT {Columns} FROM net_members m WHERE m.id = @Id AND m.network_id = @NetworkId",
            new { Id = membershipId, NetworkId = networkId }, ct);

    public NetworkMember ToApi() => new(Id, ApiJson.Parse<MemberType>(MemberType), MemberId, NameAr, NameFr, JoinedOn, LeftOn, Reason());

    /// <summary>The reason in the reader's language: the system's code rendered around the words given, or a person's words as written.</summary>
    private string? Reason() => LeaveReasonCode is { } code ? ServerText.Get(code, ("reason", LeaveReason)) : LeaveReason;
}

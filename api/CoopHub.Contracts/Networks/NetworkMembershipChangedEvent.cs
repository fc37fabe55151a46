using CoopHub.Contracts.Outbox;

namespace CoopHub.Contracts.Networks;

/// <summary>A member joined or left a network (memberType cooperative or organisation; change joined or left; the reason when it left).</summary>
public sealed record NetworkMembershipChangedEvent(Guid NetworkId, string MemberType, Guid MemberId, string Change, DateOnly On, string? Reason) : IOutboxEvent
{
    public static string Type => "network.membership-changed";
}

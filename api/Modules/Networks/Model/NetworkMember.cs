// A membership as the API shows it, shared by the member list, joining and leaving.
namespace CoopHub.Networks.Model;

internal enum MemberType { Cooperative, Organisation }

internal sealed record NetworkMember(
    Guid Id, MemberType MemberType, Guid MemberId, string? NameAr, string? NameFr, DateOnly JoinedOn, DateOnly? LeftOn, string? LeaveReason);

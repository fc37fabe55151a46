// A mandate (a member's role in a body for a term) as the API shows it, shared by the bodies' reads and the mandate writes.
namespace CoopHub.Networks.Model;

internal enum MandateRole { President, VicePresident, SecretaryGeneral, Treasurer, Coordinator, Member }

internal sealed record NetworkMandate(
    Guid Id, Guid BodyId, MandateRole Role, string? Title, Guid MembershipId, string? HolderNameAr, string? HolderNameFr,
    DateOnly TermStart, DateOnly TermEnd, bool Current);

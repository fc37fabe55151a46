using CoopHub.Shared.Http;

namespace CoopHub.Networks.Model;

/// <summary>A row of <c>net_mandates</c> with its holder's names from the membership; 'current' is computed for the day asked.</summary>
internal sealed class MandateRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public string Role { get; set; } = "";
    public string? Title { get; set; }
    public Guid MembershipId { get; set; }
    public string? HolderNameAr { get; set; }
    public string? HolderNameFr { get; set; }
    public DateOnly TermStart { get; set; }
    public DateOnly TermEnd { get; set; }

    public const string Select = """
        SELECT d.id AS Id, d.body_id AS BodyId, d.role AS Role, d.title AS Title, d.membership_id AS MembershipId,
               m.name_ar AS HolderNameAr, m.name_fr AS HolderNameFr, d.term_start AS TermStart, d.term_end AS TermEnd
        FROM net_mandates d JOIN net_members m ON m.id = d.membership_id
        """;

    public NetworkMandate ToApi(DateOnly today) => new(Id, BodyId, ApiJson.Parse<MandateRole>(Role), Title, MembershipId, HolderNameAr, HolderNameFr,
        TermStart, TermEnd, TermStart <= today && today <= TermEnd);
}

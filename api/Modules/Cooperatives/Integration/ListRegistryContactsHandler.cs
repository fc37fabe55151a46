using CoopHub.Contracts.Cooperatives;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Cooperatives.Integration;

/// <summary>Answers <see cref="ListRegistryContacts"/>: the contact columns of the cooperatives asked, one query per 500 ids.</summary>
internal sealed class ListRegistryContactsHandler(DbSession db) : IQueryHandler<ListRegistryContacts, IReadOnlyList<RegistryContact>>
{
    public async ValueTask<IReadOnlyList<RegistryContact>> Handle(ListRegistryContacts query, CancellationToken cancellationToken)
    {
        var contacts = new List<RegistryContact>();
        // As text: Dapper's list expansion skips the Guid type handler (SQLite would get blobs); SQL Server converts the text.
        foreach (var chunk in query.CooperativeIds.Distinct().Select(id => id.ToString("D")).Chunk(500))
        {
            var rows = await db.QueryAsync<ContactRow>("""
                SELECT id AS Id, name_ar AS NameAr, name_fr AS NameFr, region_code AS RegionCode, status AS Status, contact_email AS Email, contact_phone AS Phone, contact_language AS Language
                FROM coop_cooperatives WHERE id IN @Ids
                """, new { Ids = chunk }, cancellationToken);
            contacts.AddRange(rows.Select(r => new RegistryContact(r.Id, r.NameAr, r.NameFr, r.RegionCode, r.Status, r.Email, r.Phone, r.Language)));
        }
        return contacts;
    }

    private sealed class ContactRow
    {
        public Guid Id { get; set; }
        public string? NameAr { get; set; }
        public string? NameFr { get; set; }
        public string RegionCode { get; set; } = "";
        public string Status { get; set; } = "";
        public string? Email { get; set; }
        public string? Phone { get; set; }
        public string? Language { get; set; }
    }
}

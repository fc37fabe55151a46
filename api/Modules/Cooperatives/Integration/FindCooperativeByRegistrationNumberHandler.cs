using CoopHub.Contracts.Cooperatives;
using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Cooperatives.Integration;

/// <summary>Answers <see cref="FindCooperativeByRegistrationNumber"/> through the registration key the registry keeps unique.</summary>
internal sealed class FindCooperativeByRegistrationNumberHandler(DbSession db) : IQueryHandler<FindCooperativeByRegistrationNumber, RegistryContact?>
{
    public async ValueTask<RegistryContact?> Handle(FindCooperativeByRegistrationNumber query, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<ContactRow>("""
            SELECT id AS Id, name_ar AS NameAr, name_fr AS NameFr, region_code AS RegionCode, status AS Status, contact_email AS Email, contact_phone AS Phone
            FROM coop_cooperatives WHERE registration_key = @Key
            """, new { Key = CooperativeStore.RegistrationKey(query.RegistrationNumber) }, cancellationToken);
        return row is null ? null : new RegistryContact(row.Id, row.NameAr, row.NameFr, row.RegionCode, row.Status, row.Email, row.Phone);
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
    }
}

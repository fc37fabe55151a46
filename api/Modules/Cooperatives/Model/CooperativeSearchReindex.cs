using CoopHub.Shared.Migrations;

namespace CoopHub.Cooperatives.Model;

/// <summary>Migration 0013: every cooperative's search key re-computed with the analyzer (ADR 0021).</summary>
internal sealed class CooperativeSearchReindex : SearchKeyReindex<CooperativeRow>
{
    // The columns the key needs, named: this step runs at migration 0013, before later migrations add columns the
    // whole-row select names (0030's contact_language).
    protected override string SelectSql => """
        SELECT c.id AS Id, c.registration_number AS RegistrationNumber, c.name_ar AS NameAr, c.name_fr AS NameFr,
               c.activities AS Activities, c.products AS Products, c.sectors AS Sectors
        FROM coop_cooperatives c
        """;

    protected override string UpdateSql => "UPDATE coop_cooperatives SET search_text = @Key WHERE id = @Id";

    protected override (Guid Id, string Key) KeyOf(CooperativeRow row)
        => (row.Id, CooperativeStore.SearchKey(row.RegistrationNumber, row.NameAr, row.NameFr, row.Activities, CooperativeJson.Read<List<string>>(row.Products), CooperativeJson.Read<List<string>>(row.Sectors)));
}

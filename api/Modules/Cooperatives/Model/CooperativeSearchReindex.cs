using CoopHub.Shared.Migrations;

namespace CoopHub.Cooperatives.Model;

/// <summary>Migration 0013: every cooperative's search key re-computed with the analyzer (ADR 0021).</summary>
internal sealed class CooperativeSearchReindex : SearchKeyReindex<CooperativeRow>
{
    protected override string SelectSql => $"SELECT {CooperativeStore.SelectColumns} FROM coop_cooperatives c";

    protected override string UpdateSql => "UPDATE coop_cooperatives SET search_text = @Key WHERE id = @Id";

    protected override (Guid Id, string Key) KeyOf(CooperativeRow row)
        => (row.Id, CooperativeStore.SearchKey(row.RegistrationNumber, row.NameAr, row.NameFr, row.Activities, CooperativeJson.Read<List<string>>(row.Products), CooperativeJson.Read<List<string>>(row.Sectors)));
}

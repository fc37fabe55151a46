using CoopHub.Shared.Migrations;
using CoopHub.Shared.Text;

namespace CoopHub.Networks.Model;

/// <summary>The stored search key (ADR 0021) of a network or an organisation: its names and acronym.</summary>
internal static class NetworkSearch
{
    public static string Key(string? nameAr, string? nameFr, string? nameEn, string? acronym) => SearchAnalyzer.Key(nameAr, nameFr, nameEn, acronym);

    /// <summary>Migration 0013: every network's key re-computed.</summary>
    internal sealed class NetworkReindex : SearchKeyReindex<NetworkRow>
    {
        protected override string SelectSql => $"SELECT {NetworkRow.Columns} FROM net_networks n";

        protected override string UpdateSql => "UPDATE net_networks SET search_text = @Key WHERE id = @Id";

        protected override (Guid Id, string Key) KeyOf(NetworkRow row) => (row.Id, Key(row.NameAr, row.NameFr, row.NameEn, row.Acronym));
    }

    /// <summary>Migration 0013: every organisation's key re-computed.</summary>
    internal sealed class OrganisationReindex : SearchKeyReindex<OrganisationRow>
    {
        protected override string SelectSql => $"SELECT {OrganisationRow.Columns} FROM net_organisations o";

        protected override string UpdateSql => "UPDATE net_organisations SET search_text = @Key WHERE id = @Id";

        protected override (Guid Id, string Key) KeyOf(OrganisationRow row) => (row.Id, Key(row.NameAr, row.NameFr, row.NameEn, row.Acronym));
    }
}

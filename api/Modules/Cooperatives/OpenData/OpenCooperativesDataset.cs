using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Cooperatives.OpenData;

/// <summary>The public registry fields an open-data portal republishes: no contacts, no address, no board details.</summary>
internal sealed record OpenCooperative(
    string RegistrationNumber, string? NameAr, string? NameFr, string LegalForm, IReadOnlyList<string> Sectors, string RegionCode, string ProvinceCode,
    string? Commune, DateOnly? FoundedOn, int MembersTotal, int MembersWomen, int MembersYouth, bool WomenLed, string Status, DateTimeOffset UpdatedAt);

internal sealed record OpenDataLicence(string Name, string Url, string Attribution);

internal sealed record OpenCooperativesDataset(OpenDataLicence Licence, DateTimeOffset GeneratedAt, int Count, IReadOnlyList<OpenCooperative> Items);

internal sealed record GetOpenCooperativesQuery : IQuery<OpenCooperativesDataset>;

internal sealed class GetOpenCooperativesHandler(DbSession db, TimeProvider clock) : IQueryHandler<GetOpenCooperativesQuery, OpenCooperativesDataset>
{
    public static readonly OpenDataLicence Licence = new("Open Data Commons Attribution License (ODC-By) 1.0", "https://opendatacommons.org/licenses/by/1-0/",
        "CoopHub — registre des coopératives (ODCO et partenaires)");

    public async ValueTask<OpenCooperativesDataset> Handle(GetOpenCooperativesQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<CooperativeRow>($"SELECT {CooperativeStore.SelectColumns} FROM coop_cooperatives c ORDER BY c.registration_number", null, cancellationToken);
        var items = rows.Select(r => r.ToDetails()).Select(c => new OpenCooperative(c.RegistrationNumber, c.NameAr, c.NameFr, c.LegalForm, c.Sectors, c.RegionCode,
            c.ProvinceCode, c.Commune, c.FoundedOn, c.Members.Total, c.Members.Women, c.Members.Youth, c.WomenLed, c.Status.ToApi(), c.UpdatedAt)).ToList();
        return new OpenCooperativesDataset(Licence, clock.GetUtcNow(), items.Count, items);
    }
}

using System.Globalization;
using System.Text.Json;
using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Csv;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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

internal static class OpenDataEndpoint
{
    private static readonly string[] Columns =
        ["registrationNumber", "nameAr", "nameFr", "legalForm", "sectors", "regionCode", "provinceCode", "commune", "foundedOn", "membersTotal", "membersWomen", "membersYouth", "womenLed", "status", "updatedAt"];

    public static RouteGroupBuilder MapOpenData(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/open-data").WithTags("OpenData");
        group.MapGet("/cooperatives.json", async (ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var dataset = await sender.Send(new GetOpenCooperativesQuery(), ct);
                response.Headers.Link = $"<{dataset.Licence.Url}>; rel=\"license\"";
                return TypedResults.Json(dataset, new JsonSerializerOptions(JsonSerializerDefaults.Web));
            })
            .WithName("GetOpenCooperativesJson")
            .WithSummary("The public registry as open data (JSON), with its licence (ODC-By 1.0) and attribution.")
            .Produces<OpenCooperativesDataset>(200);
        group.MapGet("/cooperatives.csv", async (ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var dataset = await sender.Send(new GetOpenCooperativesQuery(), ct);
                response.ContentType = "text/csv; charset=utf-8";
                response.Headers.Link = $"<{dataset.Licence.Url}>; rel=\"license\"";
                response.Headers.ContentDisposition = "attachment; filename=\"coophub-cooperatives-open-data.csv\"";
                await using var writer = new StreamWriter(response.Body, CooperativeCsv.Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true);
                await writer.WriteAsync(CsvTable.Line(Columns.Select(c => (CsvCell)c)));
                foreach (var c in dataset.Items)
                {
                    await writer.WriteAsync(CsvTable.Line(c.RegistrationNumber, c.NameAr, c.NameFr, c.LegalForm, string.Join(';', c.Sectors), c.RegionCode, c.ProvinceCode,
                        c.Commune, c.FoundedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.MembersTotal, c.MembersWomen, c.MembersYouth,
                        c.WomenLed ? "true" : "false", c.Status, c.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)));
                }
                await writer.FlushAsync(ct);
            })
            .WithName("GetOpenCooperativesCsv")
            .WithSummary("The public registry as open data (CSV, UTF-8 with BOM); the licence is in the Link header and in the JSON edition.")
            .Produces(200, contentType: "text/csv");
        return api;
    }
}

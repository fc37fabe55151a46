using System.Globalization;
using CoopHub.Cooperatives.Model;
using CoopHub.Cooperatives.OpenData;
using CoopHub.Shared.Csv;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Cooperatives.GetOpenCooperativesCsv;

internal static class GetOpenCooperativesCsvEndpoint
{
    private static readonly string[] Columns =
        ["registrationNumber", "nameAr", "nameFr", "legalForm", "sectors", "regionCode", "provinceCode", "commune", "foundedOn", "membersTotal", "membersWomen", "membersYouth", "womenLed", "status", "updatedAt"];

    public static RouteGroupBuilder MapGetOpenCooperativesCsv(this RouteGroupBuilder group)
    {
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
        return group;
    }
}

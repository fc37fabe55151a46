using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Cooperatives.ExportCooperatives;

internal static class ExportCooperativesEndpoint
{
    public static RouteGroupBuilder MapExportCooperatives(this RouteGroupBuilder group)
    {
        group.MapGet("/export", async ([AsParameters] ExportCooperativesQuery query, ISender sender, HttpResponse response, CancellationToken ct) =>
            {
                var cooperatives = await sender.Send(query, ct);
                response.ContentType = "text/csv; charset=utf-8";
                response.Headers.ContentDisposition = $"attachment; filename=\"cooperatives-{DateTime.UtcNow:yyyyMMdd}.csv\"";
                // The BOM lets Excel open Arabic text as UTF-8.
                await using var writer = new StreamWriter(response.Body, CooperativeCsv.Utf8WithBom, bufferSize: 64 * 1024, leaveOpen: true);
                await CooperativeCsv.WriteAsync(writer, cooperatives, ct);
                await writer.FlushAsync(ct);
            })
            .WithName("ExportCooperatives")
            .RequireAuthorization()
            .WithSummary("The directory as CSV (UTF-8 with BOM), with the list's filters and the import's columns.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblems(400);
        return group;
    }
}

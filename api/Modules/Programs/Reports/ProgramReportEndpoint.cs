using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Programs.Reports;

internal static class ProgramReportEndpoint
{
    public static void MapProgramReport(this RouteGroupBuilder programs)
    {
        programs.MapGet("/{id:guid}/iati.xml", async Task<Results<ContentHttpResult, ProblemHttpResult>> (Guid id, ISender sender, TimeProvider clock, CancellationToken ct) =>
                (await sender.Send(new GetDonorDataQuery(id), ct)).Match<Results<ContentHttpResult, ProblemHttpResult>>(
                    d =>
                    {
                        var document = IatiActivity.Write(d, clock.GetUtcNow());
                        return TypedResults.Content(document.Declaration + "\n" + document.Root, "application/xml; charset=utf-8");
                    },
                    e => e.ToProblem()))
            .WithName("ExportProgramIati")
            .WithSummary("The program as an IATI 2.03 activity (XML): partners, dates, budget, disbursements per support delivered, results per indicator.")
            .Produces(200, contentType: "application/xml")
            .ProducesProblems(404);
        programs.MapGet("/{id:guid}/360giving.json", async Task<Results<JsonHttpResult<object>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetDonorDataQuery(id), ct)).Match<Results<JsonHttpResult<object>, ProblemHttpResult>>(
                    d => TypedResults.Json(ThreeSixtyGiving.Write(d)), e => e.ToProblem()))
            .WithName("ExportProgram360Giving")
            .WithSummary("The program's support as 360Giving grants (JSON): one grant per support delivered with an amount.")
            .Produces(200, contentType: "application/json")
            .ProducesProblems(404);
        programs.MapGet("/{id:guid}/report", async Task<Results<Ok<ProgramReport>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetProgramReportQuery(id), ct)))
            .WithName("GetProgramReport")
            .WithSummary("Donor report: applications by status, beneficiaries by region and sector, support by axis, indicators against targets.")
            .ProducesProblems(404);
        programs.MapGet("/{id:guid}/report.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetProgramReportQuery(id), ct)).Match<Results<FileContentHttpResult, ProblemHttpResult>>(
                    r => TypedResults.File(ProgramReportCsv.Write(r), "text/csv; charset=utf-8", $"{r.Code}-report.csv"), e => e.ToProblem()))
            .WithName("ExportProgramReport")
            .WithSummary("The same report as CSV (UTF-8 with BOM): section, key, count, amount, target, actual.")
            .Produces(200, contentType: "text/csv")
            .ProducesProblems(404);
    }
}

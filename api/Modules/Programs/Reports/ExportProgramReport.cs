using CoopHub.Shared.Csv;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Reports;

internal static class ProgramReportCsv
{
    /// <summary>One row per figure: section, key, count, amount, target, actual. UTF-8 with a BOM so spreadsheets read Arabic.</summary>
    public static byte[] Write(ProgramReport r)
    {
        var csv = new CsvTable().Row("section", "key", "count", "amount", "target", "actual");
        void Row(string section, string key, int? count, decimal? amount = null, decimal? target = null, decimal? actual = null)
            => csv.Row(section, key, count, CsvCell.Number(amount), CsvCell.Number(target), CsvCell.Number(actual));
        Row("applications", "total", r.Applications);
        foreach (var s in r.ApplicationsByStatus) Row("applicationsByStatus", ApiJson.Api(s.Status), s.Count);
        Row("beneficiaries", "total", r.Beneficiaries);
        Row("beneficiaries", "womenLed", r.WomenLedBeneficiaries);
        foreach (var g in r.BeneficiariesByRegion) Row("beneficiariesByRegion", g.Key, g.Count);
        foreach (var g in r.BeneficiariesBySector) Row("beneficiariesBySector", g.Key, g.Count);
        Row("support", "total", null, r.SupportTotal);
        foreach (var a in r.SupportByAxis) Row("supportByAxis", a.Axis, a.Deliveries, a.Amount);
        foreach (var k in r.SupportByKind) Row("supportByKind", ApiJson.Api(k.Kind), k.Deliveries, k.Amount);
        foreach (var i in r.Indicators) Row("indicators", i.Code, null, null, i.Target, i.Actual);
        return csv.ToUtf8WithBom();
    }
}

internal static class ExportProgramReportEndpoint
{
    public static RouteGroupBuilder MapExportProgramReport(this RouteGroupBuilder programs)
    {
        programs.MapGet("/{id:guid}/report.csv", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
            {
                var report = await sender.Send(new GetProgramReportQuery(id), ct);
                if (report.IsFailure) return report.Error!.ToProblem();
                return TypedResults.File(ProgramReportCsv.Write(report.Value), "text/csv; charset=utf-8", $"{report.Value.Code}-report.csv");
            })
            .WithName("ExportProgramReport")
            .WithSummary("The same report as CSV (UTF-8 with BOM): section, key, count, amount, target, actual.")
            .Produces(200, contentType: "text/csv")
            .ProducesProblems(404);
        return programs;
    }
}

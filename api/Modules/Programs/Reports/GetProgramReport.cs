using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Programs.Reports;

internal sealed record GetProgramReportQuery(Guid ProgramId) : IQuery<Result<ProgramReport>>;

internal sealed class GetProgramReportHandler(DbSession db) : IQueryHandler<GetProgramReportQuery, Result<ProgramReport>>
{
    public async ValueTask<Result<ProgramReport>> Handle(GetProgramReportQuery query, CancellationToken cancellationToken)
    {
        var program = await ProgramStore.FindProgramAsync(db, query.ProgramId, cancellationToken);
        if (program is null) return ProgramStore.ProgramNotFound(query.ProgramId);
        var apps = (await db.QueryAsync<ApplicationRow>($"SELECT {ApplicationRow.Columns} FROM prog_applications a WHERE a.program_id = @Id", new { program.Id }, cancellationToken)).ToList();
        var support = (await db.QueryAsync<SupportFigure>(
            "SELECT axis AS Axis, kind AS Kind, amount AS Amount FROM prog_support WHERE program_id = @Id", new { program.Id }, cancellationToken)).ToList();
        var outcomes = (await db.QueryAsync<OutcomeFigure>(
            "SELECT indicator AS Indicator, value AS Value FROM prog_outcomes WHERE program_id = @Id", new { program.Id }, cancellationToken)).ToList();

        var beneficiaries = apps.Where(a => ApplicationFlow.Awarded.Contains(a.StatusValue)).ToList();
        var axes = ApiJson.List<SupportAxis>(program.SupportAxes);
        var report = new ProgramReport(
            program.Id, program.Code, program.Currency, apps.Count,
            Enum.GetValues<ApplicationStatus>().Select(s => new StatusCount(s, apps.Count(a => a.StatusValue == s))).ToList(),
            beneficiaries.Count,
            beneficiaries.GroupBy(a => a.RegionCode).Select(g => new GroupCount(g.Key, g.Count())).OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).ToList(),
            beneficiaries.SelectMany(a => ApiJson.List<string>(a.Sectors)).GroupBy(s => s).Select(g => new GroupCount(g.Key, g.Count()))
                .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).ToList(),
            beneficiaries.Count(a => a.WomenLed),
            support.Sum(s => s.Amount ?? 0),
            axes.Select(a => a.Code).Concat(support.Select(s => s.Axis)).Distinct()
                .Select(axis => new SupportByAxis(axis, support.Count(s => s.Axis == axis), support.Where(s => s.Axis == axis).Sum(s => s.Amount ?? 0))).ToList(),
            Enum.GetValues<SupportKind>().Select(k => new SupportByKind(k, support.Count(s => s.Kind == ApiJson.Api(k)),
                support.Where(s => s.Kind == ApiJson.Api(k)).Sum(s => s.Amount ?? 0))).ToList(),
            ApiJson.List<OutcomeIndicator>(program.Indicators).Select(i =>
            {
                var actual = outcomes.Where(o => o.Indicator == i.Code).Sum(o => o.Value);
                return new IndicatorProgress(i.Code, i.NameAr, i.NameFr, i.NameEn, i.Unit, i.Target, actual,
                    i.Target is > 0 ? Math.Round(actual * 100m / i.Target.Value, 1) : null);
            }).ToList());
        return report;
    }

    private sealed class SupportFigure
    {
        public string Axis { get; set; } = "";
        public string Kind { get; set; } = "";
        public decimal? Amount { get; set; }
    }

    private sealed class OutcomeFigure
    {
        public string Indicator { get; set; } = "";
        public decimal Value { get; set; }
    }
}

internal static class GetProgramReportEndpoint
{
    public static RouteGroupBuilder MapGetProgramReport(this RouteGroupBuilder programs)
    {
        programs.MapGet("/{id:guid}/report", async Task<Results<Ok<ProgramReport>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetProgramReportQuery(id), ct)))
            .WithName("GetProgramReport")
            .WithSummary("Donor report: applications by status, beneficiaries by region and sector, support by axis, indicators against targets.")
            .ProducesProblems(404);
        return programs;
    }
}

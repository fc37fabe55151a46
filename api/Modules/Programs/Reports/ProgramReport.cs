using CoopHub.Shared.Csv;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using Mediator;
using CoopHub.Shared.Http;

namespace CoopHub.Programs.Reports;

internal sealed record StatusCount(ApplicationStatus Status, int Count);

internal sealed record GroupCount(string Key, int Count);

internal sealed record SupportByAxis(string Axis, int Deliveries, decimal Amount);

internal sealed record SupportByKind(SupportKind Kind, int Deliveries, decimal Amount);

internal sealed record IndicatorProgress(string Code, string? NameAr, string? NameFr, string? NameEn, string? Unit, decimal? Target, decimal Actual, decimal? PercentOfTarget);

/// <summary>
/// A program's figures for donors, recomputed from the rows on every request. Beneficiaries are
/// applications selected, supported or completed; a cooperative counts once in each of its sectors.
/// </summary>
internal sealed record ProgramReport(
    Guid ProgramId, string Code, string Currency, int Applications, IReadOnlyList<StatusCount> ApplicationsByStatus, int Beneficiaries,
    IReadOnlyList<GroupCount> BeneficiariesByRegion, IReadOnlyList<GroupCount> BeneficiariesBySector, int WomenLedBeneficiaries,
    decimal SupportTotal, IReadOnlyList<SupportByAxis> SupportByAxis, IReadOnlyList<SupportByKind> SupportByKind, IReadOnlyList<IndicatorProgress> Indicators);

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

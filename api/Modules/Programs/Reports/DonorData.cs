using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using Mediator;

namespace CoopHub.Programs.Reports;

/// <summary>What the donor formats are made of: the program, its beneficiaries' support and outcomes.</summary>
internal sealed record DonorData(ProgramRow Program, IReadOnlyList<SupportLine> Support, IReadOnlyList<OutcomeLine> Outcomes);

internal sealed class SupportLine
{
    public Guid Id { get; set; }
    public string Axis { get; set; } = "";
    public string Kind { get; set; } = "";
    public decimal? Amount { get; set; }
    public DateOnly DeliveredOn { get; set; }
    public string? Description { get; set; }
    public Guid CooperativeId { get; set; }
    public string? CooperativeNameAr { get; set; }
    public string? CooperativeNameFr { get; set; }
    public string RegionCode { get; set; } = "";
}

internal sealed class OutcomeLine
{
    public string Indicator { get; set; } = "";
    public decimal Value { get; set; }
    public DateOnly MeasuredOn { get; set; }
}

internal sealed record GetDonorDataQuery(Guid ProgramId) : IQuery<Result<DonorData>>;

internal sealed class GetDonorDataHandler(DbSession db) : IQueryHandler<GetDonorDataQuery, Result<DonorData>>
{
    public async ValueTask<Result<DonorData>> Handle(GetDonorDataQuery query, CancellationToken cancellationToken)
    {
        var program = await ProgramStore.FindProgramAsync(db, query.ProgramId, cancellationToken);
        if (program is null) return ProgramStore.ProgramNotFound(query.ProgramId);
        var support = await db.QueryAsync<SupportLine>("""
            SELECT s.id AS Id, s.axis AS Axis, s.kind AS Kind, s.amount AS Amount, s.delivered_on AS DeliveredOn, s.description AS Description,
                   a.cooperative_id AS CooperativeId, a.cooperative_name_ar AS CooperativeNameAr, a.cooperative_name_fr AS CooperativeNameFr, a.region_code AS RegionCode
            FROM prog_support s JOIN prog_applications a ON a.id = s.application_id
            WHERE s.program_id = @Id ORDER BY s.delivered_on, s.id
            """, new { program.Id }, cancellationToken);
        var outcomes = await db.QueryAsync<OutcomeLine>(
            "SELECT indicator AS Indicator, value AS Value, measured_on AS MeasuredOn FROM prog_outcomes WHERE program_id = @Id ORDER BY measured_on",
            new { program.Id }, cancellationToken);
        return new DonorData(program, support.ToList(), outcomes.ToList());
    }
}

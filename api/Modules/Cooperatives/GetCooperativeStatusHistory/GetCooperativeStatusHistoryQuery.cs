using CoopHub.Cooperatives.GetCooperative;
using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using Mediator;

namespace CoopHub.Cooperatives.GetCooperativeStatusHistory;

/// <summary>A status change; <c>reason</c> is in the words of the person who made it, or the system's in the reader's language.</summary>
internal sealed record CooperativeStatusChange(CooperativeStatus? FromStatus, CooperativeStatus ToStatus, DateOnly EffectiveOn, string? Reason, DateTimeOffset RecordedAt);

internal sealed record GetCooperativeStatusHistoryQuery(Guid Id) : IQuery<Result<IReadOnlyList<CooperativeStatusChange>>>;

internal sealed class GetCooperativeStatusHistoryHandler(DbSession db)
    : IQueryHandler<GetCooperativeStatusHistoryQuery, Result<IReadOnlyList<CooperativeStatusChange>>>
{
    private const string Sql = """
        SELECT h.from_status AS FromStatus, h.to_status AS ToStatus, h.effective_on AS EffectiveOn,
               h.reason AS Reason, h.reason_code AS ReasonCode, h.reason_args AS ReasonArgs, h.recorded_at AS RecordedAt
        FROM coop_status_changes h
        WHERE h.cooperative_id = @Id
        ORDER BY h.sequence DESC
        """;

    public async ValueTask<Result<IReadOnlyList<CooperativeStatusChange>>> Handle(GetCooperativeStatusHistoryQuery query, CancellationToken cancellationToken)
    {
        var exists = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM coop_cooperatives WHERE id = @Id", new { query.Id }, cancellationToken);
        if (exists == 0) return GetCooperativeHandler.NotFound();
        var rows = await db.QueryAsync<HistoryRow>(Sql, new { query.Id }, cancellationToken);
        return rows.Select(r => new CooperativeStatusChange(
            r.FromStatus is null ? null : Parse(r.FromStatus), Parse(r.ToStatus), r.EffectiveOn,
            StatusReason.Render(r.Reason, r.ReasonCode, r.ReasonArgs), r.RecordedAt)).ToList();
    }

    private static CooperativeStatus Parse(string value)
        => CooperativeStatuses.TryParse(value, out var status) ? status : throw new InvalidOperationException($"Unknown stored status '{value}'.");

    private sealed class HistoryRow
    {
        public string? FromStatus { get; set; }
        public string ToStatus { get; set; } = "";
        public DateOnly EffectiveOn { get; set; }
        public string? Reason { get; set; }
        public string? ReasonCode { get; set; }
        public string? ReasonArgs { get; set; }
        public DateTimeOffset RecordedAt { get; set; }
    }
}

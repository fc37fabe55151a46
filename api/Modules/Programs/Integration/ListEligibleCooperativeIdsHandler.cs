using CoopHub.Contracts.Programs;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Time;
using Mediator;

namespace CoopHub.Programs.Integration;

/// <summary>Answers <see cref="ListEligibleCooperativeIds"/>: the same cooperatives <c>ListEligibleCooperatives</c> pages through, all of them, as ids.</summary>
internal sealed class ListEligibleCooperativeIdsHandler(DbSession db, ISender sender, TimeProvider clock) : IQueryHandler<ListEligibleCooperativeIds, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListEligibleCooperativeIds query, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, query.CallId, cancellationToken);
        if (call is null) return [];
        return (await Eligibility.EligibleCooperativesAsync(db, sender, call, Casablanca.Today(clock), cancellationToken)).Select(c => c.Id).ToList();
    }
}

/// <summary>Answers <see cref="ListDraftApplicants"/>: the cooperatives whose application to the call is still a draft.</summary>
internal sealed class ListDraftApplicantsHandler(DbSession db) : IQueryHandler<ListDraftApplicants, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListDraftApplicants query, CancellationToken cancellationToken)
        => (await db.QueryAsync<Guid>("SELECT DISTINCT cooperative_id FROM prog_applications WHERE call_id = @Id AND status = 'draft'", new { Id = query.CallId }, cancellationToken))
            .ToList();
}

/// <summary>Answers <see cref="ListCallsClosingBetween"/>: published calls whose closing time falls in the window.</summary>
internal sealed class ListCallsClosingBetweenHandler(DbSession db, TimeProvider clock) : IQueryHandler<ListCallsClosingBetween, IReadOnlyList<CallSummary>>
{
    public async ValueTask<IReadOnlyList<CallSummary>> Handle(ListCallsClosingBetween query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await db.QueryAsync<CallRow>($"SELECT {CallRow.Columns} {CallRow.From} WHERE c.status = 'published' AND c.closes_at >= @From AND c.closes_at < @To ORDER BY c.closes_at, c.id",
                new { query.From, query.To }, cancellationToken))
            .Select(c => c.ToSummary(now)).ToList();
    }
}

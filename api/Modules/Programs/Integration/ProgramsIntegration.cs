using CoopHub.Contracts.Programs;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Text;
using Mediator;

namespace CoopHub.Programs.Integration;

/// <summary>What other modules may ask of Programs through Contracts: a program's or a call's summary, the open calls matching a profile.</summary>
internal sealed class GetProgramSummaryHandler(DbSession db) : IQueryHandler<GetProgramSummary, ProgramSummary?>
{
    public async ValueTask<ProgramSummary?> Handle(GetProgramSummary query, CancellationToken cancellationToken)
        => await ProgramStore.FindProgramAsync(db, query.ProgramId, cancellationToken) is { } p
            ? new ProgramSummary(p.Id, p.Code, p.NameAr, p.NameFr, p.RegionList)
            : null;
}

internal sealed class FindProgramByCodeHandler(DbSession db) : IQueryHandler<FindProgramByCode, ProgramSummary?>
{
    public async ValueTask<ProgramSummary?> Handle(FindProgramByCode query, CancellationToken cancellationToken)
        => await db.QuerySingleOrDefaultAsync<ProgramRow>($"SELECT {ProgramRow.Columns} FROM prog_programs p WHERE p.code_key = @Key",
            new { Key = SearchText.Normalize(query.Code) }, cancellationToken) is { } p
            ? new ProgramSummary(p.Id, p.Code, p.NameAr, p.NameFr, p.RegionList)
            : null;
}

internal sealed class ListOpenCallsMatchingHandler(DbSession db, TimeProvider clock)
    : IQueryHandler<ListOpenCallsMatching, IReadOnlyList<CallSummary>>
{
    public async ValueTask<IReadOnlyList<CallSummary>> Handle(ListOpenCallsMatching query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return (await db.QueryAsync<CallRow>($"SELECT {CallRow.Columns} {CallRow.From} WHERE c.status = 'published' ORDER BY c.closes_at, c.id", null, cancellationToken))
            .Where(c => c.IsOpenAt(now))
            .Where(c => c.RuleSet.Sectors is not { Count: > 0 } sectors || query.Sectors.Count == 0 || sectors.Intersect(query.Sectors).Any())
            .Where(c => c.RuleSet.Regions is not { Count: > 0 } regions || query.Regions.Count == 0 || regions.Intersect(query.Regions).Any())
            .Select(c => c.ToSummary(now)).ToList();
    }
}

internal sealed class GetCallSummaryHandler(DbSession db, TimeProvider clock) : IQueryHandler<GetCallSummary, CallSummary?>
{
    public async ValueTask<CallSummary?> Handle(GetCallSummary query, CancellationToken cancellationToken)
        => await ProgramStore.FindCallAsync(db, query.CallId, cancellationToken) is { } c && c.StatusValue != CallStatus.Draft ? c.ToSummary(clock.GetUtcNow()) : null;
}

internal static class CallSummaries
{
    public static CallSummary ToSummary(this CallRow c, DateTimeOffset now)
        => new(c.Id, c.ProgramId, c.ProgramCode, c.TitleAr, c.TitleFr, c.ClosesAt, c.IsOpenAt(now), c.RuleSet.Sectors ?? [], c.RuleSet.Regions ?? []);
}

using CoopHub.Contracts.Programs;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Text;
using Mediator;

namespace CoopHub.Programs.Integration;

/// <summary>Answers <see cref="GetCallSummary"/>: a call's summary for other modules.</summary>
internal sealed class GetCallSummaryHandler(DbSession db, TimeProvider clock) : IQueryHandler<GetCallSummary, CallSummary?>
{
    public async ValueTask<CallSummary?> Handle(GetCallSummary query, CancellationToken cancellationToken)
        => await ProgramStore.FindCallAsync(db, query.CallId, cancellationToken) is { } c && c.StatusValue != CallStatus.Draft ? c.ToSummary(clock.GetUtcNow()) : null;
}

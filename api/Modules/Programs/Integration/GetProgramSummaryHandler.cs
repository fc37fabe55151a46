using CoopHub.Contracts.Programs;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Text;
using Mediator;

namespace CoopHub.Programs.Integration;

/// <summary>Answers <see cref="GetProgramSummary"/>: a program's summary for other modules.</summary>
internal sealed class GetProgramSummaryHandler(DbSession db) : IQueryHandler<GetProgramSummary, ProgramSummary?>
{
    public async ValueTask<ProgramSummary?> Handle(GetProgramSummary query, CancellationToken cancellationToken)
        => await ProgramStore.FindProgramAsync(db, query.ProgramId, cancellationToken) is { } p
            ? new ProgramSummary(p.Id, p.Code, p.NameAr, p.NameFr, p.RegionList)
            : null;
}

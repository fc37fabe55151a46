using CoopHub.Contracts.Programs;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Text;
using Mediator;

namespace CoopHub.Programs.Integration;

/// <summary>Answers <see cref="FindProgramByCode"/>: the program with this code, case- and accent-insensitive (other modules' demo data links to programs by code).</summary>
internal sealed class FindProgramByCodeHandler(DbSession db) : IQueryHandler<FindProgramByCode, ProgramSummary?>
{
    public async ValueTask<ProgramSummary?> Handle(FindProgramByCode query, CancellationToken cancellationToken)
        => await db.QuerySingleOrDefaultAsync<ProgramRow>($"SELECT {ProgramRow.Columns} FROM prog_programs p WHERE p.code_key = @Key",
            new { Key = SearchText.Normalize(query.Code) }, cancellationToken) is { } p
            ? new ProgramSummary(p.Id, p.Code, p.NameAr, p.NameFr, p.RegionList)
            : null;
}

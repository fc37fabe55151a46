using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Catalogue;

internal sealed record GetProgramQuery(Guid Id) : IQuery<Result<ProgramDetails>>;

internal sealed class GetProgramHandler(DbSession db) : IQueryHandler<GetProgramQuery, Result<ProgramDetails>>
{
    public async ValueTask<Result<ProgramDetails>> Handle(GetProgramQuery query, CancellationToken cancellationToken)
        => await ProgramStore.FindProgramAsync(db, query.Id, cancellationToken) is { } row ? row.ToDetails() : ProgramStore.ProgramNotFound(query.Id);
}

internal static class GetProgramEndpoint
{
    public static RouteGroupBuilder MapGetProgram(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<Results<Ok<ProgramDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetProgramQuery(id), ct)).OkWithETag(response, found => found.Version))
            .WithName("GetProgram")
            .WithSummary("One program with its partners, support axes and indicators.")
            .ProducesProblems(404);
        return group;
    }
}

using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Programs.Calls;

internal sealed record GetCallQuery(Guid Id) : IQuery<Result<CallDetails>>;

internal sealed class GetCallHandler(DbSession db, CurrentUser user, TimeProvider clock) : IQueryHandler<GetCallQuery, Result<CallDetails>>
{
    public async ValueTask<Result<CallDetails>> Handle(GetCallQuery query, CancellationToken cancellationToken)
    {
        var row = await ProgramStore.FindCallAsync(db, query.Id, cancellationToken);
        if (row is null || !CallAccess.CanSee(user, row)) return ProgramStore.CallNotFound(query.Id);
        return row.ToDetails(clock.GetUtcNow());
    }
}

internal static class GetCallEndpoint
{
    public static RouteGroupBuilder MapGetCall(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<Results<Ok<CallDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetCallQuery(id), ct)).OkWithETag(response, found => found.Version))
            .WithName("GetCall")
            .WithSummary("One call with its rules, documents and criteria.")
            .ProducesProblems(404);
        return group;
    }
}

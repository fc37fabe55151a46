using CoopHub.Events.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Events.Catalogue;

internal sealed record GetEventQuery(Guid Id) : IQuery<Result<EventDetails>>;

/// <summary>A draft is its organisers'; to anyone else it does not exist (404).</summary>
internal sealed class GetEventHandler(DbSession db, CurrentUser user, TimeProvider clock) : IQueryHandler<GetEventQuery, Result<EventDetails>>
{
    public async ValueTask<Result<EventDetails>> Handle(GetEventQuery query, CancellationToken cancellationToken)
    {
        var row = await EventStore.FindAsync(db, query.Id, cancellationToken);
        return row is null || !EventAccess.CanSee(user, row) ? EventStore.NotFound() : row.ToDetails(clock.GetUtcNow());
    }
}

internal static class GetEventEndpoint
{
    public static RouteGroupBuilder MapGetEvent(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<Results<Ok<EventDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetEventQuery(id), ct)).OkWithETag(response, e => e.Version))
            .WithName("GetEvent")
            .WithSummary("One event with its agenda, venue, partners and counts.")
            .ProducesProblems(404);
        return group;
    }
}

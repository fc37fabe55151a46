using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Networks.Organisations;

internal sealed record GetOrganisationQuery(Guid Id) : IQuery<Result<OrganisationDetails>>;

internal sealed class GetOrganisationHandler(DbSession db) : IQueryHandler<GetOrganisationQuery, Result<OrganisationDetails>>
{
    public async ValueTask<Result<OrganisationDetails>> Handle(GetOrganisationQuery query, CancellationToken cancellationToken)
        => await OrganisationRow.FindAsync(db, query.Id, cancellationToken) is { } row ? row.ToDetails() : NetworkErrors.OrganisationNotFound();
}

internal static class GetOrganisationEndpoint
{
    public static RouteGroupBuilder MapGetOrganisation(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<Results<Ok<OrganisationDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetOrganisationQuery(id), ct)).OkWithETag(response, found => found.Version))
            .WithName("GetOrganisation")
            .WithSummary("One partner organisation.")
            .ProducesProblems(404);
        return group;
    }
}

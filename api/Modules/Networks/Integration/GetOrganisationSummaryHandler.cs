using CoopHub.Contracts.Networks;
using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Networks.Integration;

/// <summary>Answers other modules asking for one partner organisation by id.</summary>
internal sealed class GetOrganisationSummaryHandler(DbSession db) : IQueryHandler<GetOrganisationSummary, OrganisationSummary?>
{
    public async ValueTask<OrganisationSummary?> Handle(GetOrganisationSummary query, CancellationToken cancellationToken)
        => (await OrganisationRow.FindAsync(db, query.OrganisationId, cancellationToken))?.ToSummary();
}

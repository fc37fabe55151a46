using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using Mediator;

namespace CoopHub.Cooperatives.GetCooperative;

internal sealed record GetCooperativeQuery(Guid Id) : IQuery<Result<CooperativeDetails>>;

internal sealed class GetCooperativeHandler(DbSession db) : IQueryHandler<GetCooperativeQuery, Result<CooperativeDetails>>
{
    public async ValueTask<Result<CooperativeDetails>> Handle(GetCooperativeQuery query, CancellationToken cancellationToken)
    {
        var row = await CooperativeStore.FindAsync(db, query.Id, cancellationToken);
        return row is null ? NotFound(query.Id) : row.ToDetails();
    }

    public static Error NotFound(Guid id) => Error.NotFound("cooperative.not_found", $"No cooperative has id {id}.");
}

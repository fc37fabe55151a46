using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Microsoft.AspNetCore.Http;
using Mediator;

namespace CoopHub.Cooperatives.GetCooperative;

internal sealed record GetCooperativeQuery(Guid Id) : IQuery<Result<CooperativeDetails>>;

/// <summary>Public, except the contact block: only staff of the region, administrators and the cooperative's managers see it.</summary>
internal sealed class GetCooperativeHandler(DbSession db, IHttpContextAccessor http) : IQueryHandler<GetCooperativeQuery, Result<CooperativeDetails>>
{
    public async ValueTask<Result<CooperativeDetails>> Handle(GetCooperativeQuery query, CancellationToken cancellationToken)
    {
        var row = await CooperativeStore.FindAsync(db, query.Id, cancellationToken);
        if (row is null) return NotFound();
        var details = row.ToDetails();
        var user = CurrentUserServices.FromContext(http);
        return user.CanManageRegion(row.RegionCode) || user.ManagesCooperative(row.Id) ? details : details with { Contact = null };
    }

    public static Error NotFound() => Error.NotFound("cooperative.not_found");
}

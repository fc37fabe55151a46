using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Security;
using Microsoft.AspNetCore.Http;
using Mediator;

namespace CoopHub.Cooperatives.ExportCooperatives;

internal sealed record ExportCooperativesQuery : CooperativeFilter, IQuery<IReadOnlyList<CooperativeDetails>>;

internal sealed class ExportCooperativesValidator(ReferenceData reference) : CooperativeFilterValidator<ExportCooperativesQuery>(reference);

/// <summary>Staff export their own regions only: without a region filter, the file holds just those.</summary>
internal sealed class ExportCooperativesHandler(DbSession db, IHttpContextAccessor http) : IQueryHandler<ExportCooperativesQuery, IReadOnlyList<CooperativeDetails>>
{
    public async ValueTask<IReadOnlyList<CooperativeDetails>> Handle(ExportCooperativesQuery query, CancellationToken cancellationToken)
    {
        var (where, parameters, _) = query.ToSql(db.Dialect);
        if (CurrentUserServices.FromContext(http).StaffRegions is { } scope)
        {
            where = (where.Length == 0 ? "WHERE " : where + " AND ") + "c.region_code IN @Scope";
            parameters.Add("Scope", scope.ToArray());
        }
        var rows = await db.QueryAsync<CooperativeRow>(
            $"SELECT {CooperativeStore.SelectColumns} FROM coop_cooperatives c {where} ORDER BY c.registration_number",
            parameters, cancellationToken);
        return rows.Select(r => r.ToDetails()).ToList();
    }
}

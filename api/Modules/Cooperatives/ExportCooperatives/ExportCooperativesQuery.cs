using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Reference;
using Mediator;

namespace CoopHub.Cooperatives.ExportCooperatives;

internal sealed record ExportCooperativesQuery : CooperativeFilter, IQuery<IReadOnlyList<CooperativeDetails>>;

internal sealed class ExportCooperativesValidator(ReferenceData reference) : CooperativeFilterValidator<ExportCooperativesQuery>(reference);

internal sealed class ExportCooperativesHandler(DbSession db) : IQueryHandler<ExportCooperativesQuery, IReadOnlyList<CooperativeDetails>>
{
    public async ValueTask<IReadOnlyList<CooperativeDetails>> Handle(ExportCooperativesQuery query, CancellationToken cancellationToken)
    {
        var (where, parameters, _) = query.ToSql(db.Dialect);
        var rows = await db.QueryAsync<CooperativeRow>(
            $"SELECT {CooperativeStore.SelectColumns} FROM coop_cooperatives c {where} ORDER BY c.registration_number",
            parameters, cancellationToken);
        return rows.Select(r => r.ToDetails()).ToList();
    }
}

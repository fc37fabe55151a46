using CoopHub.Contracts.Programs;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Time;
using Mediator;

namespace CoopHub.Programs.Integration;

/// <summary>Answers <see cref="ListDraftApplicants"/>: the cooperatives whose application to the call is still a draft.</summary>
internal sealed class ListDraftApplicantsHandler(DbSession db) : IQueryHandler<ListDraftApplicants, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListDraftApplicants query, CancellationToken cancellationToken)
        => (await db.QueryAsync<Guid>("SELECT DISTINCT cooperative_id FROM prog_applications WHERE call_id = @Id AND status = 'draft'", new { Id = query.CallId }, cancellationToken))
            .ToList();
}

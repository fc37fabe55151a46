using CoopHub.Contracts.Programs;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Time;
using Mediator;

namespace CoopHub.Programs.Integration;

/// <summary>Answers <see cref="ListEligibleCooperativeIds"/>: the same cooperatives <c>ListEligibleCooperatives</c> pages through, all of them, as ids.</summary>
internal sealed class ListEligibleCooperativeIdsHandler(DbSession db, ISender sender, TimeProvider clock) : IQueryHandler<ListEligibleCooperativeIds, IReadOnlyList<Guid>>
{
    public async ValueTask<IReadOnlyList<Guid>> Handle(ListEligibleCooperativeIds query, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, query.CallId, cancellationToken);
        if (call is null) return [];
        return (await Eligibility.EligibleCooperativesAsync(db, sender, call, Casablanca.Today(clock), cancellationToken)).Select(c => c.Id).ToList();
    }
}

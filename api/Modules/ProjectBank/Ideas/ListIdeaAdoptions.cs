using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.ProjectBank.Ideas;

internal sealed record ListIdeaAdoptionsQuery(Guid IdeaId) : IQuery<Result<IdeaAdoptions>>;

internal sealed record RegionCount(string RegionCode, int Count);

internal sealed record IdeaAdoptions(IReadOnlyList<Adoption> Items, IReadOnlyList<RegionCount> ByRegion);

/// <summary>The cooperatives taking up an idea the caller may see, and how many per region (most first).</summary>
internal sealed class ListIdeaAdoptionsHandler(DbSession db, CurrentUser user, ISender sender) : IQueryHandler<ListIdeaAdoptionsQuery, Result<IdeaAdoptions>>
{
    public async ValueTask<Result<IdeaAdoptions>> Handle(ListIdeaAdoptionsQuery query, CancellationToken cancellationToken)
    {
        var idea = await BankStore.FindIdeaAsync(db, query.IdeaId, cancellationToken);
        if (idea is null || !await IdeaAccess.CanSeeAsync(sender, user, idea, cancellationToken)) return BankErrors.IdeaNotFound();
        var items = (await db.QueryAsync<AdoptionRow>("""
            SELECT id AS Id, cooperative_id AS CooperativeId, cooperative_name_ar AS CooperativeNameAr, cooperative_name_fr AS CooperativeNameFr,
                   region_code AS RegionCode, adopted_on AS AdoptedOn
            FROM bank_adoptions WHERE idea_id = @Id ORDER BY adopted_on, id
            """, new { Id = idea.Id }, cancellationToken)).Select(a => new Adoption(a.Id, a.CooperativeId, a.CooperativeNameAr, a.CooperativeNameFr, a.RegionCode, a.AdoptedOn)).ToList();
        return new IdeaAdoptions(items, items.GroupBy(a => a.RegionCode).Select(g => new RegionCount(g.Key, g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.RegionCode, StringComparer.Ordinal).ToList());
    }

    private sealed class AdoptionRow
    {
        public Guid Id { get; set; }
        public Guid CooperativeId { get; set; }
        public string? CooperativeNameAr { get; set; }
        public string? CooperativeNameFr { get; set; }
        public string RegionCode { get; set; } = "";
        public DateOnly AdoptedOn { get; set; }
    }
}

internal static class ListIdeaAdoptionsEndpoint
{
    public static RouteGroupBuilder MapListIdeaAdoptions(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/adoptions", async Task<Results<Ok<IdeaAdoptions>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListIdeaAdoptionsQuery(id), ct)))
            .WithName("ListIdeaAdoptions")
            .WithSummary("Cooperatives taking up the idea, and how many per region.")
            .ProducesProblems(404);
        return group;
    }
}

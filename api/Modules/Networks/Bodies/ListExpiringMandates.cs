using CoopHub.Shared.Localization;
using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Networks.Bodies;

internal sealed record ListExpiringMandatesQuery(Guid NetworkId, int Within) : IQuery<Result<IReadOnlyList<NetworkMandate>>>;

internal sealed class ListExpiringMandatesValidator : AbstractValidator<ListExpiringMandatesQuery>
{
    public ListExpiringMandatesValidator() => RuleFor(x => x.Within).InclusiveBetween(1, 3650).WithText("networks.expiring_within_range");
}

internal sealed class ListExpiringMandatesHandler(DbSession db, TimeProvider clock) : IQueryHandler<ListExpiringMandatesQuery, Result<IReadOnlyList<NetworkMandate>>>
{
    public async ValueTask<Result<IReadOnlyList<NetworkMandate>>> Handle(ListExpiringMandatesQuery query, CancellationToken cancellationToken)
    {
        if (await NetworkRow.FindAsync(db, query.NetworkId, cancellationToken) is null) return NetworkErrors.NetworkNotFound();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = await db.QueryAsync<MandateRow>($"""
            {MandateRow.Select}
            WHERE d.network_id = @NetworkId AND d.term_end >= @Today AND d.term_end <= @Until AND d.term_start <= @Today
            ORDER BY d.term_end, d.id
            """, new { query.NetworkId, Today = today, Until = today.AddDays(query.Within) }, cancellationToken);
        return rows.Select(r => r.ToApi(today)).ToList();
    }
}

internal static class ListExpiringMandatesEndpoint
{
    public static RouteGroupBuilder MapListExpiringMandates(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/mandates/expiring", async Task<Results<Ok<IReadOnlyList<NetworkMandate>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct, int within = 90) =>
                EndpointResults.Ok(await sender.Send(new ListExpiringMandatesQuery(id, within), ct)))
            .WithName("ListExpiringMandates")
            .WithSummary("Mandates in force whose term ends within the given number of days (default 90).")
            .ProducesProblems(400, 404);
        return group;
    }
}

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

namespace CoopHub.Networks.Projects;

internal sealed record GetNetworkImpactQuery(Guid NetworkId, DateOnly? From, DateOnly? To) : IQuery<Result<NetworkImpact>>;

internal sealed record ProjectImpactSeries(Guid ProjectId, string Title, IReadOnlyList<ImpactAssessment> Assessments);

/// <summary>Each tracked project's assessments in date order, so change over time can be drawn.</summary>
internal sealed record NetworkImpact(DateOnly? From, DateOnly? To, IReadOnlyList<ProjectImpactSeries> Projects);

internal sealed class GetNetworkImpactValidator : AbstractValidator<GetNetworkImpactQuery>
{
    public GetNetworkImpactValidator() => RuleFor(x => x.To).Must((x, to) => to is null || x.From is null || to >= x.From).WithText("networks.impact_to_before_from");
}

internal sealed class GetNetworkImpactHandler(DbSession db) : IQueryHandler<GetNetworkImpactQuery, Result<NetworkImpact>>
{
    public async ValueTask<Result<NetworkImpact>> Handle(GetNetworkImpactQuery query, CancellationToken cancellationToken)
    {
        if (await NetworkRow.FindAsync(db, query.NetworkId, cancellationToken) is null) return NetworkErrors.NetworkNotFound();
        var projects = (await ProjectRow.ListAsync(db, query.NetworkId, cancellationToken)).ToList();
        var assessments = (await db.QueryAsync<AssessmentRow>("""
            SELECT a.id AS Id, a.project_id AS ProjectId, a.assessed_on AS AssessedOn, a.jobs AS Jobs, a.women_involved AS WomenInvolved,
                   a.youth_involved AS YouthInvolved, a.revenue AS Revenue, a.investment AS Investment, a.environmental AS Environmental, a.note AS Note
            FROM net_assessments a
            WHERE a.network_id = @NetworkId AND (@From IS NULL OR a.assessed_on >= @From) AND (@To IS NULL OR a.assessed_on <= @To)
            ORDER BY a.assessed_on, a.id
            """, new { query.NetworkId, query.From, query.To }, cancellationToken)).ToList();
        return new NetworkImpact(query.From, query.To, projects.Select(p => new ProjectImpactSeries(p.Id, p.Title,
            assessments.Where(a => a.ProjectId == p.Id).Select(a => a.ToApi()).ToList())).ToList());
    }
}

internal static class GetNetworkImpactEndpoint
{
    public static RouteGroupBuilder MapGetNetworkImpact(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/impact", async Task<Results<Ok<NetworkImpact>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct, DateOnly? from = null, DateOnly? to = null) =>
                EndpointResults.Ok(await sender.Send(new GetNetworkImpactQuery(id, from, to), ct)))
            .WithName("GetNetworkImpact")
            .WithSummary("Each tracked project's assessments between 'from' and 'to', oldest first: the series behind the impact chart.")
            .ProducesProblems(400, 404);
        return group;
    }
}

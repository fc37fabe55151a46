using CoopHub.Shared.Localization;
using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Text;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Networks.Organisations;

internal sealed record ListOrganisationsQuery : IQuery<OrganisationPage>
{
    /// <summary>Search in names and acronym (Arabic- and accent-insensitive).</summary>
    public string? Q { get; init; }

    public string? Kind { get; init; }

    public string? Region { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed record OrganisationPage(IReadOnlyList<OrganisationDetails> Items, int Page, int PageSize, int Total);

internal sealed class ListOrganisationsValidator : AbstractValidator<ListOrganisationsQuery>
{
    public ListOrganisationsValidator(ReferenceData reference)
    {
        RuleFor(x => x.Q).SearchText();
        RuleFor(x => x.Kind).Must(k => k is null || Enum.GetNames<OrganisationKind>().Contains(k, StringComparer.OrdinalIgnoreCase))
            .WithText("networks.unknown_organisation_kind");
        RuleFor(x => x.Region).KnownRegion(reference);
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

internal sealed class ListOrganisationsHandler(DbSession db) : IQueryHandler<ListOrganisationsQuery, OrganisationPage>
{
    public async ValueTask<OrganisationPage> Handle(ListOrganisationsQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (query.Kind is not null)
        {
            clauses.Add("o.kind = @Kind");
            p.Add("Kind", ApiJson.Api(Enum.Parse<OrganisationKind>(query.Kind, true)));
        }
        if (query.Region is not null)
        {
            clauses.Add("o.region_code = @Region");
            p.Add("Region", query.Region);
        }
        SearchClauses.AddTerms(clauses, p, db.Dialect, "o.search_text", query.Q);
        var (rows, total) = await db.PageAsync<OrganisationRow>(OrganisationRow.Columns, "FROM net_organisations o", clauses, "o.name_key, o.id", p, page, pageSize, cancellationToken);
        return new OrganisationPage(rows.Select(r => r.ToDetails()).ToList(), page, pageSize, total);
    }
}

internal static class ListOrganisationsEndpoint
{
    public static RouteGroupBuilder MapListOrganisations(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<OrganisationPage>> ([AsParameters] ListOrganisationsQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListOrganisations")
            .WithSummary("The partner directory: associations, public bodies, donors, hubs, companies.")
            .ProducesProblems(400);
        return group;
    }
}

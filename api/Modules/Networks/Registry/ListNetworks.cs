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

namespace CoopHub.Networks.Registry;

internal sealed record ListNetworksQuery : IQuery<NetworkPage>
{
    /// <summary>Search in names and acronym (Arabic- and accent-insensitive).</summary>
    public string? Q { get; init; }

    /// <summary>local, provincial, regional or national.</summary>
    public string? Scope { get; init; }

    public string? Region { get; init; }

    public string? Sector { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed record NetworkPage(IReadOnlyList<NetworkDetails> Items, int Page, int PageSize, int Total);

internal sealed class ListNetworksValidator : AbstractValidator<ListNetworksQuery>
{
    public ListNetworksValidator(ReferenceData reference)
    {
        RuleFor(x => x.Q).SearchText();
        RuleFor(x => x.Scope).Must(s => s is null || Enum.GetNames<NetworkScope>().Contains(s, StringComparer.OrdinalIgnoreCase))
            .WithText("networks.unknown_scope");
        RuleFor(x => x.Region).KnownRegion(reference);
        RuleFor(x => x.Sector).KnownSector(reference);
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

internal sealed class ListNetworksHandler(DbSession db) : IQueryHandler<ListNetworksQuery, NetworkPage>
{
    public async ValueTask<NetworkPage> Handle(ListNetworksQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (query.Scope is not null)
        {
            clauses.Add("n.scope = @Scope");
            p.Add("Scope", ApiJson.Api(Enum.Parse<NetworkScope>(query.Scope, true)));
        }
        if (query.Region is not null)
        {
            clauses.Add("n.region_code = @Region");
            p.Add("Region", query.Region);
        }
        if (query.Sector is not null)
        {
            clauses.Add("n.sectors LIKE @Sector");
            p.Add("Sector", SearchClauses.InJsonList(query.Sector));
        }
        SearchClauses.AddTerms(clauses, p, db.Dialect, "n.search_text", query.Q);
        var (rows, total) = await db.PageAsync<NetworkRow>(NetworkRow.Columns, "FROM net_networks n", clauses, "n.name_key, n.id", p, page, pageSize, cancellationToken);
        return new NetworkPage(rows.Select(r => r.ToDetails()).ToList(), page, pageSize, total);
    }
}

internal static class ListNetworksEndpoint
{
    public static RouteGroupBuilder MapListNetworks(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<NetworkPage>> ([AsParameters] ListNetworksQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListNetworks")
            .WithSummary("Networks, federations and sectoral unions.")
            .ProducesProblems(400);
        return group;
    }
}

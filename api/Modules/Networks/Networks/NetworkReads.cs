using CoopHub.Networks.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Text;
using Dapper;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Networks.Networks;

internal static class NetworkQueries
{
    public static Task<NetworkRow?> FindAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<NetworkRow>($"SELECT {NetworkRow.Columns} FROM net_networks n WHERE n.id = @Id", new { Id = id }, ct);
}

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

internal sealed class ListNetworksValidator : AbstractValidator<ListNetworksQuery>
{
    public ListNetworksValidator(ReferenceData reference)
    {
        RuleFor(x => x.Q).MaximumLength(200).WithMessage("Search with at most 200 characters.");
        RuleFor(x => x.Scope).Must(s => s is null || Enum.GetNames<NetworkScope>().Contains(s, StringComparer.OrdinalIgnoreCase))
            .WithMessage("Unknown scope; use local, provincial, regional or national.");
        RuleFor(x => x.Region).Must(r => r is null || reference.FindRegion(r) is not null).WithMessage("Unknown region; use a code from MA-01 to MA-12.");
        RuleFor(x => x.Sector).Must(s => s is null || reference.FindSector(s) is not null).WithMessage("Unknown sector code.");
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
            p.Add("Scope", NetworkJson.Api(Enum.Parse<NetworkScope>(query.Scope, true)));
        }
        if (query.Region is not null)
        {
            clauses.Add("n.region_code = @Region");
            p.Add("Region", query.Region);
        }
        if (query.Sector is not null)
        {
            // Sector codes are [a-z_], so a quoted LIKE on the JSON list is exact.
            clauses.Add("n.sectors LIKE @Sector");
            p.Add("Sector", "%\"" + query.Sector + "\"%");
        }
        SearchClauses.AddTerms(clauses, p, db.Dialect, "n.search_text", query.Q);
        var (rows, total) = await db.PageAsync<NetworkRow>(NetworkRow.Columns, "FROM net_networks n", clauses, "n.name_key, n.id", p, page, pageSize, cancellationToken);
        return new NetworkPage(rows.Select(r => r.ToDetails()).ToList(), page, pageSize, total);
    }
}

internal sealed record GetNetworkQuery(Guid Id) : IQuery<Result<NetworkDetails>>;

internal sealed class GetNetworkHandler(DbSession db) : IQueryHandler<GetNetworkQuery, Result<NetworkDetails>>
{
    public async ValueTask<Result<NetworkDetails>> Handle(GetNetworkQuery query, CancellationToken cancellationToken)
        => await NetworkQueries.FindAsync(db, query.Id, cancellationToken) is { } row ? row.ToDetails() : NetworkAccess.NetworkNotFound(query.Id);
}

internal static class NetworkReadEndpoints
{
    public static RouteGroupBuilder MapNetworkReads(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<NetworkPage>> ([AsParameters] ListNetworksQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListNetworks")
            .WithSummary("Networks, federations and sectoral unions.")
            .ProducesProblems(400);
        group.MapGet("/{id:guid}", async Task<Results<Ok<NetworkDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetNetworkQuery(id), ct)).OkWithETag(response, found => found.Version))
            .WithName("GetNetwork")
            .WithSummary("One network with its count of current members.")
            .ProducesProblems(404);
        return group;
    }
}

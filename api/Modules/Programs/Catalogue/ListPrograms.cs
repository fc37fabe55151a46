using CoopHub.Programs.Model;
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

namespace CoopHub.Programs.Catalogue;

internal sealed record ListProgramsQuery : IQuery<ProgramPage>
{
    /// <summary>Search in code and names (Arabic- and accent-insensitive).</summary>
    public string? Q { get; init; }

    /// <summary>Programs covering this region (national programs included).</summary>
    public string? Region { get; init; }

    public string? Sector { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListProgramsValidator : AbstractValidator<ListProgramsQuery>
{
    public ListProgramsValidator(ReferenceData reference)
    {
        RuleFor(x => x.Q).SearchText();
        RuleFor(x => x.Region).KnownRegion(reference);
        RuleFor(x => x.Sector).KnownSector(reference);
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

internal sealed class ListProgramsHandler(DbSession db) : IQueryHandler<ListProgramsQuery, ProgramPage>
{
    public async ValueTask<ProgramPage> Handle(ListProgramsQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (query.Region is not null)
        {
            // Codes are [A-Z0-9-], so a quoted LIKE on the JSON list is exact.
            clauses.Add("(p.regions = '[]' OR p.regions LIKE @Region)");
            p.Add("Region", SearchClauses.InJsonList(query.Region));
        }
        if (query.Sector is not null)
        {
            clauses.Add("p.sectors LIKE @Sector");
            p.Add("Sector", SearchClauses.InJsonList(query.Sector));
        }
        SearchClauses.AddTerms(clauses, p, db.Dialect, "p.search_text", query.Q);
        var (rows, total) = await db.PageAsync<ProgramRow>(ProgramRow.Columns, "FROM prog_programs p", clauses, "p.code_key, p.id", p, page, pageSize, cancellationToken);
        return new ProgramPage(rows.Select(r => r.ToDetails()).ToList(), page, pageSize, total);
    }
}

internal static class ListProgramsEndpoint
{
    public static RouteGroupBuilder MapListPrograms(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<ProgramPage>> ([AsParameters] ListProgramsQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListPrograms")
            .WithSummary("Support programs, by code.")
            .ProducesProblems(400);
        return group;
    }
}

using CoopHub.Shared.Localization;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Security;
using CoopHub.Shared.Text;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.ProjectBank.Ideas;

internal sealed record ListIdeasQuery : IQuery<IdeaPage>
{
    /// <summary>Search in titles, problem, solution and beneficiaries (Arabic- and accent-insensitive).</summary>
    public string? Q { get; init; }

    public string? Sector { get; init; }

    /// <summary>Ideas that fit this region (ideas without regions fit everywhere).</summary>
    public string? Region { get; init; }

    /// <summary>A Sustainable Development Goal, 1 to 17.</summary>
    public int? Sdg { get; init; }

    /// <summary>Ideas proposed by this cooperative.</summary>
    public Guid? CooperativeId { get; init; }

    /// <summary>draft, submitted, published, returned or archived. Without it: published ideas, plus one's own and (for staff) those to curate.</summary>
    public string? Status { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed record IdeaPage(IReadOnlyList<IdeaDetails> Items, int Page, int PageSize, int Total);

internal sealed class ListIdeasValidator : AbstractValidator<ListIdeasQuery>
{
    public ListIdeasValidator(ReferenceData reference)
    {
        RuleFor(x => x.Q).SearchText();
        RuleFor(x => x.Sector).KnownSector(reference);
        RuleFor(x => x.Region).KnownRegion(reference);
        RuleFor(x => x.Sdg).InclusiveBetween(1, 17).WithText("bank.idea.sdg_unknown");
        RuleFor(x => x.Status).Must(s => s is null || Enum.GetValues<IdeaStatus>().Any(v => ApiJson.Api(v) == s))
            .WithText("bank.ideas.status_unknown", (_, _) => [("states", BankText.List(Enum.GetValues<IdeaStatus>()))]);
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

/// <summary>Anyone sees published ideas; staff also the ideas of their regions to curate (national staff every idea); a cooperative's manager also its own.</summary>
internal sealed class ListIdeasHandler(DbSession db, CurrentUser user, ISender sender) : IQueryHandler<ListIdeasQuery, IdeaPage>
{
    public async ValueTask<IdeaPage> Handle(ListIdeasQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string>();
        var p = new DynamicParameters();
        if (!user.IsStaff || user.StaffRegions is not null)
        {
            var visible = new List<string> { "i.status = 'published'" };
            var i = 0;
            if (user.IsStaff) await IdeaAccess.AddCuratedClausesAsync(db, sender, user.StaffRegions!, visible, p, cancellationToken);
            foreach (var coop in user.Roles.Contains(Roles.CoopManager) ? user.Cooperatives : new HashSet<Guid>())
            {
                visible.Add($"i.cooperative_id = @Own{i}");
                p.Add($"Own{i++}", coop);
            }
            if (user.Id is { } me)
            {
                visible.Add("(i.cooperative_id IS NULL AND i.submitted_by = @Me)");
                p.Add("Me", me.ToString());
            }
            clauses.Add("(" + string.Join(" OR ", visible) + ")");
        }
        if (query.CooperativeId is { } proposer)
        {
            clauses.Add("i.cooperative_id = @CoopId");
            p.Add("CoopId", proposer);
        }
        if (query.Status is not null)
        {
            clauses.Add("i.status = @Status");
            p.Add("Status", query.Status);
        }
        if (query.Sector is not null)
        {
            clauses.Add("i.sectors LIKE @Sector");
            p.Add("Sector", SearchClauses.InJsonList(query.Sector));
        }
        if (query.Region is not null)
        {
            clauses.Add("(i.regions = '[]' OR i.regions LIKE @Region)");
            p.Add("Region", SearchClauses.InJsonList(query.Region));
        }
        if (query.Sdg is { } sdg)
        {
            // The goals are a sorted JSON list of numbers: match the number between delimiters.
            clauses.Add("(i.sdgs LIKE @SdgOnly OR i.sdgs LIKE @SdgFirst OR i.sdgs LIKE @SdgMiddle OR i.sdgs LIKE @SdgLast)");
            p.Add("SdgOnly", $"[{sdg}]");
            p.Add("SdgFirst", $"[{sdg},%");
            p.Add("SdgMiddle", $"%,{sdg},%");
            p.Add("SdgLast", $"%,{sdg}]");
        }
        SearchClauses.AddTerms(clauses, p, db.Dialect, "i.search_text", query.Q);
        var (rows, total) = await db.PageAsync<IdeaRow>(IdeaRow.Columns, "FROM bank_ideas i", clauses, "i.updated_at DESC, i.id", p, page, pageSize, cancellationToken);
        return new IdeaPage(rows.Select(r => r.ToDetails([])).ToList(), page, pageSize, total);
    }
}

internal static class ListIdeasEndpoint
{
    public static RouteGroupBuilder MapListIdeas(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<IdeaPage>> ([AsParameters] ListIdeasQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListIdeas")
            .WithSummary("The bank of project ideas: published ones for everyone, plus one's own and (for staff) those to curate. Arabic-aware search.")
            .ProducesProblems(400);
        return group;
    }
}

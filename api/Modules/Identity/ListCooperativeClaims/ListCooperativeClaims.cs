using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Security;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.ListCooperativeClaims;

internal sealed record ListCooperativeClaimsQuery : IQuery<ClaimPage>
{
    /// <summary>true: the caller's own claims, whatever their state (always so for an account that is not staff).</summary>
    public bool? Mine { get; init; }

    /// <summary>awaitingCode, awaitingReview, proved, approved, refused or expired. For staff the default is awaitingReview (the queue).</summary>
    public string? Status { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListCooperativeClaimsValidator : AbstractValidator<ListCooperativeClaimsQuery>
{
    public ListCooperativeClaimsValidator()
    {
        RuleFor(x => x.Status).Must(s => s is null || Enum.GetValues<ClaimStatus>().Any(v => ApiJson.Api(v) == s)).WithText("identity.claims.unknown_status");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

internal sealed class ListCooperativeClaimsAuthorizer : IAuthorizer<ListCooperativeClaimsQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListCooperativeClaimsQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsUser || user.IsStaff ? null : AccessDenied.For(user, "identity.claims.accounts_only"));
}

/// <summary>
/// Staff: the claims of their regions in a state (waiting for a decision by default), oldest first; administrators and
/// national staff every region. Anyone else, or <c>mine=true</c>: her own claims, newest first.
/// </summary>
internal sealed class ListCooperativeClaimsHandler(DbSession db, CurrentUser user) : IQueryHandler<ListCooperativeClaimsQuery, ClaimPage>
{
    public async ValueTask<ClaimPage> Handle(ListCooperativeClaimsQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string>();
        var parameters = new DynamicParameters();
        string order;
        if ((query.Mine == true && user.IsUser) || !user.IsStaff)
        {
            clauses.Add("c.user_id = @UserId");
            parameters.Add("UserId", user.Id);
            if (query.Status is { } own)
            {
                clauses.Add("c.status = @Status");
                parameters.Add("Status", own);
            }
            order = "c.created_at DESC, c.id";
        }
        else
        {
            clauses.Add("c.status = @Status");
            parameters.Add("Status", query.Status ?? ApiJson.Api(ClaimStatus.AwaitingReview));
            if (user.StaffRegions is { } regions)
            {
                // As text: Dapper's list expansion is plain strings here, the same on both engines.
                clauses.Add("c.region_code IN @Regions");
                parameters.Add("Regions", regions.ToList());
            }
            order = "c.created_at, c.id";
        }
        var (rows, total) = await db.PageAsync<ClaimRow>(ClaimRow.Columns, ClaimRow.From, clauses, order, parameters, page, pageSize, cancellationToken);
        return new ClaimPage(rows.Select(r => r.ToDetails()).ToList(), page, pageSize, total);
    }
}

internal static class ListCooperativeClaimsEndpoint
{
    public static RouteGroupBuilder MapListCooperativeClaims(this RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<ClaimPage>> ([AsParameters] ListCooperativeClaimsQuery query, ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(query, ct)))
            .WithName("ListCooperativeClaims")
            .WithSummary("Claims on cooperatives: staff see those of their regions waiting for a decision (administrators all); an account sees her own (mine=true).")
            .RequireAuthorization()
            .ProducesProblems(400, 401, 403);
        return group;
    }
}

using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Dapper;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Notifications.Segments;

internal sealed record ListSegmentMessagesQuery : IQuery<Result<SegmentMessagePage>>
{
    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed record SegmentMessagePage(IReadOnlyList<SegmentMessageDetails> Items, int Page, int PageSize, int Total);

internal sealed class ListSegmentMessagesValidator : AbstractValidator<ListSegmentMessagesQuery>
{
    public ListSegmentMessagesValidator() => this.ApplyPaging(x => x.Page, x => x.PageSize);
}

internal sealed class ListSegmentMessagesAuthorizer : IAuthorizer<ListSegmentMessagesQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListSegmentMessagesQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "auth.staff_only"));
}

/// <summary>Past staff messages, newest first, with their progress: administrators and national staff see all; other staff their own and their regions'.</summary>
internal sealed class ListSegmentMessagesHandler(DbSession db, IHttpContextAccessor http) : IQueryHandler<ListSegmentMessagesQuery, Result<SegmentMessagePage>>
{
    public async ValueTask<Result<SegmentMessagePage>> Handle(ListSegmentMessagesQuery query, CancellationToken cancellationToken)
    {
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var clauses = new List<string>();
        var p = new DynamicParameters();
        var (clause, args) = CampaignRow.VisibleTo(CurrentUserServices.FromContext(http));
        if (clause is not null)
        {
            clauses.Add(clause);
            p.AddDynamicParams(args);
        }
        var (rows, total) = await db.PageAsync<CampaignRow>(CampaignRow.Columns, "FROM ntf_campaigns c", clauses, "c.created_at DESC, c.id", p, page, pageSize, cancellationToken);
        var progress = await CampaignRow.ProgressAsync(db, rows, cancellationToken);
        return new SegmentMessagePage(rows.Select(r => r.ToDetails(progress[r.Id])).ToList(), page, pageSize, total);
    }
}

internal static class ListSegmentMessagesEndpoint
{
    public static RouteGroupBuilder MapListSegmentMessages(this RouteGroupBuilder group)
    {
        group.MapGet("/segment-messages", async Task<Results<Ok<SegmentMessagePage>, ProblemHttpResult>> (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new ListSegmentMessagesQuery { Page = page, PageSize = pageSize }, ct)))
            .WithName("ListSegmentMessages").WithSummary("Past staff messages to segments, newest first, with their progress.").ProducesProblems(400, 401, 403);
        return group;
    }
}

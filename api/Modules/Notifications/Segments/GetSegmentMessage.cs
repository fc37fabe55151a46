using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Notifications.Segments;

internal sealed record GetSegmentMessageQuery(Guid Id) : IQuery<Result<SegmentMessageDetails>>;

internal sealed class GetSegmentMessageAuthorizer : IAuthorizer<GetSegmentMessageQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetSegmentMessageQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "auth.staff_only"));
}

/// <summary>A staff message and its progress (the page polls it while sending); another region's staff get 404, as for an unknown id.</summary>
internal sealed class GetSegmentMessageHandler(DbSession db, IHttpContextAccessor http) : IQueryHandler<GetSegmentMessageQuery, Result<SegmentMessageDetails>>
{
    public async ValueTask<Result<SegmentMessageDetails>> Handle(GetSegmentMessageQuery query, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<CampaignRow>($"SELECT {CampaignRow.Columns} FROM ntf_campaigns c WHERE c.id = @Id", new { query.Id }, cancellationToken);
        if (row is null || !row.IsVisibleTo(CurrentUserServices.FromContext(http))) return Error.NotFound("notifications.segment_message_not_found");
        var progress = await CampaignRow.ProgressAsync(db, [row], cancellationToken);
        return row.ToDetails(progress[row.Id]);
    }
}

internal static class GetSegmentMessageEndpoint
{
    public static RouteGroupBuilder MapGetSegmentMessage(this RouteGroupBuilder group)
    {
        group.MapGet("/segment-messages/{id:guid}", async Task<Results<Ok<SegmentMessageDetails>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new GetSegmentMessageQuery(id), ct)))
            .WithName("GetSegmentMessage").WithSummary("A staff message to a segment and its progress: total, queued, sent, failed.").ProducesProblems(401, 403, 404);
        return group;
    }
}

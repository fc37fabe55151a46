using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Notifications.Segments;

/// <summary>The directory's filters; the audience is computed as a send would, now.</summary>
internal sealed record PreviewSegmentMessageQuery : SegmentFilter, IQuery<Result<SegmentMessagePreview>>;

/// <summary>
/// Who a staff message to this segment would reach: the matching cooperatives and the messages per channel after
/// consent, with the fingerprint the send must carry back (a changed audience is refused rather than sent unseen).
/// </summary>
internal sealed record SegmentMessagePreview(int Cooperatives, int Inapp, int Email, int Sms, int Total, IReadOnlyList<string>? Regions, string Fingerprint);

internal sealed class PreviewSegmentMessageValidator(ReferenceData reference) : SegmentFilterRules<PreviewSegmentMessageQuery>(reference);

/// <summary>Staff and administrators; a region outside a staff member's is refused (a wrong code is the validator's 400).</summary>
internal sealed class PreviewSegmentMessageAuthorizer(ReferenceData reference) : IAuthorizer<PreviewSegmentMessageQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(PreviewSegmentMessageQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(SegmentAccess.Check(user, reference, message));
}

internal sealed class PreviewSegmentMessageHandler(DbSession db, ISender sender, IHttpContextAccessor http) : IQueryHandler<PreviewSegmentMessageQuery, Result<SegmentMessagePreview>>
{
    public async ValueTask<Result<SegmentMessagePreview>> Handle(PreviewSegmentMessageQuery query, CancellationToken cancellationToken)
    {
        var (_, regions) = SegmentAudience.Scope(CurrentUserServices.FromContext(http), query);
        var audience = await SegmentAudience.ComputeAsync(sender, db, query, regions, cancellationToken);
        var c = audience.Counts;
        return new SegmentMessagePreview(c.Cooperatives, c.Inapp, c.Email, c.Sms, c.Total, regions, audience.Fingerprint);
    }
}

internal static class PreviewSegmentMessageEndpoint
{
    public static RouteGroupBuilder MapPreviewSegmentMessage(this RouteGroupBuilder group)
    {
        group.MapGet("/segment-messages/preview", async Task<Results<Ok<SegmentMessagePreview>, ProblemHttpResult>> (
                    string? region, string? province, string? sector, string? status, bool? womenLed, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new PreviewSegmentMessageQuery { Region = region, Province = province, Sector = sector, Status = status, WomenLed = womenLed }, ct)))
            .WithName("PreviewSegmentMessage")
            .WithSummary("How many cooperatives and messages per channel (after consent) a staff message to the directory's filters would reach, and the audience's fingerprint.")
            .ProducesProblems(400, 401, 403);
        return group;
    }
}

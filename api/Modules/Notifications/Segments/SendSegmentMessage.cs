using CoopHub.Notifications.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Notifications.Segments;

/// <summary>A staff message: the audience (the directory's filters), the texts in one or more of ar/fr/en, and the fingerprint of the preview confirmed.</summary>
internal sealed record SendSegmentMessageCommand : ICommand<Result<SegmentMessageDetails>>
{
    public SegmentFilter Filter { get; init; } = new();

    public IReadOnlyList<SegmentMessageText> Texts { get; init; } = [];

    /// <summary>The fingerprint <c>PreviewSegmentMessage</c> answered for these filters.</summary>
    public string Fingerprint { get; init; } = "";
}

internal sealed class SendSegmentMessageValidator : AbstractValidator<SendSegmentMessageCommand>
{
    public SendSegmentMessageValidator(ReferenceData reference)
    {
        RuleFor(x => x.Filter).NotNull().SetValidator(new SegmentFilterValidator(reference));
        RuleFor(x => x.Texts).NotNull().Must(t => t is { Count: >= 1 and <= 3 }).WithText("notifications.segment.texts_one_to_three")
            .Must(t => t is null || t.Select(x => x?.Language).Distinct().Count() == t.Count).WithText("notifications.segment.texts_one_per_language");
        RuleForEach(x => x.Texts).NotNull().SetValidator(new SegmentMessageTextValidator());
        RuleFor(x => x.Fingerprint).NotEmpty().Length(64).Matches("^[0-9a-f]{64}$").WithText("notifications.segment.fingerprint_invalid");
    }
}

internal sealed class SendSegmentMessageAuthorizer(ReferenceData reference) : IAuthorizer<SendSegmentMessageCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(SendSegmentMessageCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(SegmentAccess.Check(user, reference, message.Filter ?? new SegmentFilter()));
}

/// <summary>
/// Records the campaign, once the audience is the one the sender saw: the same fingerprint, else 409 and nothing is
/// sent. The messages are written by the background fan-out (<c>Dispatch/CampaignFanOut</c>), so the request answers
/// at once with 202 and the campaign's address, whose progress the sender follows.
/// </summary>
internal sealed class SendSegmentMessageHandler(DbSession db, ISender sender, IHttpContextAccessor http, TimeProvider clock, AuditTrail audit)
    : ICommandHandler<SendSegmentMessageCommand, Result<SegmentMessageDetails>>
{
    public async ValueTask<Result<SegmentMessageDetails>> Handle(SendSegmentMessageCommand command, CancellationToken cancellationToken)
    {
        var user = CurrentUserServices.FromContext(http);
        var (_, regions) = SegmentAudience.Scope(user, command.Filter);
        var audience = await SegmentAudience.ComputeAsync(sender, db, command.Filter, regions, cancellationToken);
        if (audience.Fingerprint != command.Fingerprint) return Error.Conflict("notifications.audience_changed", ("total", audience.Counts.Total));
        if (audience.Counts.Total == 0) return Error.Conflict("notifications.segment_empty");
        var c = audience.Counts;
        var row = new CampaignRow
        {
            Id = Guid.NewGuid(), CreatedBy = user.Id, CreatedByName = user.Name ?? user.ActorType, CreatedAt = clock.GetUtcNow(),
            FilterJson = CampaignRow.ToJson(new SegmentFilter { Region = command.Filter.Region, Province = command.Filter.Province, Sector = command.Filter.Sector,
                Status = command.Filter.Status, WomenLed = command.Filter.WomenLed }),
            Regions = CampaignRow.JoinRegions(regions), TextsJson = CampaignRow.ToJson(command.Texts), Fingerprint = audience.Fingerprint,
            Cooperatives = c.Cooperatives, PlannedInapp = c.Inapp, PlannedEmail = c.Email, PlannedSms = c.Sms, Total = c.Total, Status = CampaignStates.Preparing,
        };
        await db.ExecuteAsync("""
            INSERT INTO ntf_campaigns (id, created_by, created_by_name, created_at, filter_json, regions, texts_json, fingerprint, cooperatives,
                planned_inapp, planned_email, planned_sms, total, status, claimed_until, fanned_out_at)
            VALUES (@Id, @CreatedBy, @CreatedByName, @CreatedAt, @FilterJson, @Regions, @TextsJson, @Fingerprint, @Cooperatives,
                @PlannedInapp, @PlannedEmail, @PlannedSms, @Total, @Status, NULL, NULL)
            """, row, cancellationToken);
        audit.Record("segmentMessage", row.Id, null, new
        {
            Filter = row.Filter, Regions = row.RegionList, Languages = command.Texts.Select(t => t.Language).ToList(), Subjects = command.Texts.Select(t => t.Subject).ToList(),
            c.Cooperatives, c.Inapp, c.Email, c.Sms, row.Fingerprint,
        });
        return row.ToDetails(new SegmentProgress(row.Total, row.Total, 0, 0));
    }
}

internal static class SendSegmentMessageEndpoint
{
    public static RouteGroupBuilder MapSendSegmentMessage(this RouteGroupBuilder group)
    {
        group.MapPost("/segment-messages", async Task<Results<Accepted<SegmentMessageDetails>, ProblemHttpResult>> (SendSegmentMessageCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command, ct)).Match<Results<Accepted<SegmentMessageDetails>, ProblemHttpResult>>(
                    d => TypedResults.Accepted(NotificationsRoutes.SegmentMessage(d.Id), d), e => e.ToProblem()))
            .WithName("SendSegmentMessage")
            .WithSummary("Sends a message to the segment previewed (same fingerprint, else 409 notifications.audience_changed), in the background: 202 with the campaign's address.")
            .ProducesProblems(400, 401, 403, 409);
        return group;
    }
}

using CoopHub.Contracts.Identity;
using CoopHub.Contracts.Notifications;
using CoopHub.Notifications.Dispatch;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Notifications.AccountMessages;

/// <summary>Identity has already decided the claim waits for staff.</summary>
internal sealed class QueueClaimForReviewAuthorizer : IAuthorizer<QueueClaimForReview>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(QueueClaimForReview message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// A claim with a proof waits for staff: staff whose regions include the cooperative's hear it in their inbox and by
/// e-mail (topic <c>applications</c>, staff's work queue: their preferences apply, <see cref="PreferenceStore"/>), in
/// their language, with a link to the claims queue, queued in the claim's transaction. A region without staff of its
/// own falls to those who cover every region (national staff, administrators), so no claim waits unannounced; otherwise
/// they are not told of every region's claims.
/// </summary>
internal sealed class QueueClaimForReviewHandler(DbSession db, ISender sender, TimeProvider clock, NotificationOptions options) : ICommandHandler<QueueClaimForReview>
{
    public const string TriggerType = "claim.submitted";

    public async ValueTask<Unit> Handle(QueueClaimForReview command, CancellationToken cancellationToken)
    {
        var covering = await sender.Send(new ListStaffActors(command.RegionCode), cancellationToken);
        var regional = covering.Where(a => a.Kind == "user" && a.Roles.Contains(Roles.Staff) && a.Regions.Contains(command.RegionCode)).ToList();
        var told = (regional.Count > 0 ? regional : covering.Where(a => a.Kind == "user")).Select(a => a.Id).ToList();
        if (told.Count == 0) return Unit.Value;
        var accounts = await sender.Send(new ListAccountContacts(told), cancellationToken);
        var link = $"{options.PublicBaseUrl.TrimEnd('/')}/admin/claims";
        var drafts = accounts.SelectMany(a => Audience.Drafts(Audience.OfAccount(a, command.CooperativeId), Topics.Applications, link, _ =>
            {
                var name = (ServerText.Language == "ar" ? command.CooperativeNameAr ?? command.CooperativeNameFr : command.CooperativeNameFr ?? command.CooperativeNameAr)
                    ?? command.RegistrationNumber;
                return (ServerText.Get("notifications.claim_submitted.subject", ("cooperative", name)),
                    ServerText.Get("notifications.claim_submitted.body", ("cooperative", name), ("number", command.RegistrationNumber), ("claimant", command.ClaimantName)));
            }))
            .Select(d => new QueuedDraft(command.ClaimId, TriggerType, d))
            .ToList();
        var connection = await db.ConnectionAsync(cancellationToken);
        var wanted = await PreferenceStore.KeepWantedAsync(connection, drafts, q => q.Draft, db.Transaction);
        await MessageQueue.InsertAsync(connection, db.Transaction!, wanted, clock.GetUtcNow());
        return Unit.Value;
    }
}

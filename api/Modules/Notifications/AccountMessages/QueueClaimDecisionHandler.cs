using CoopHub.Contracts.Notifications;
using CoopHub.Notifications.Dispatch;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Notifications.AccountMessages;

/// <summary>Identity has already decided who hears of a claim's decision.</summary>
internal sealed class QueueClaimDecisionAuthorizer : IAuthorizer<QueueClaimDecision>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(QueueClaimDecision message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// The claimant hears staff's decision in her inbox and by e-mail — by SMS when her account has only its number —, in her
/// language, with the reason as typed. Topic <c>account</c> (never turned off); its SMS waits for the end of the quiet
/// hours like any message that is not a code (<see cref="Channels.SmsChannel"/>).
/// </summary>
internal sealed class QueueClaimDecisionHandler(DbSession db, TimeProvider clock, NotificationOptions options) : ICommandHandler<QueueClaimDecision>
{
    public async ValueTask<Unit> Handle(QueueClaimDecision command, CancellationToken cancellationToken)
    {
        var language = Audience.LanguageOf(command.Language);
        var kind = command.Approved ? "claim_approved" : "claim_refused";
        var (subject, body) = Audience.InLanguage(language, () => (
            ServerText.Get($"notifications.account.{kind}.subject", ("cooperative", command.CooperativeName)),
            ServerText.Get($"notifications.account.{kind}.body", ("cooperative", command.CooperativeName), ("reason", command.Reason ?? ""))));
        var link = $"{options.PublicBaseUrl.TrimEnd('/')}/claim";
        var triggerId = Guid.NewGuid();
        // An account made with a mobile number has no e-mail: the decision goes to its number (ADR 0025 amendment).
        var mobile = string.IsNullOrWhiteSpace(command.Email) ? Audience.MobileOf(command.Mobile) : null;
        var recipient = new Recipient(command.AccountId, RecipientKinds.Account, language, command.Email, mobile, default, null);
        var drafts = recipient.Channels()
            .Select(c => new QueuedDraft(triggerId, "account." + kind,
                new Draft(command.AccountId, c.Channel, c.Address, language, subject, body, link, RecipientKinds.Account, Topics.Account)))
            .ToList();
        var connection = await db.ConnectionAsync(cancellationToken);
        await MessageQueue.InsertAsync(connection, db.Transaction!, drafts, clock.GetUtcNow());
        return Unit.Value;
    }
}

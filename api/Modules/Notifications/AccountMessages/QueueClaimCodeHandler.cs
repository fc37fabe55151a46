using CoopHub.Contracts.Notifications;
using CoopHub.Notifications.Dispatch;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Notifications.AccountMessages;

/// <summary>Identity has already decided where a claim's code goes; nothing more to check here.</summary>
internal sealed class QueueClaimCodeAuthorizer : IAuthorizer<QueueClaimCode>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(QueueClaimCode message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// The code proving a claim, to the registry's contact (recipient kind <c>contact</c>, the cooperative), in the
/// claimant's language, through <see cref="MessageQueue"/> in the claim's transaction: the code exists if and only if
/// its message is queued. Topic <c>account</c>: never dropped, and the dispatcher blanks the body and link once sent.
/// The subject never carries the code: an e-mail has it in its body, an SMS (which is the subject and the link) in its
/// link, <c>/claim?code=…</c>, which also opens the page that takes it.
/// </summary>
internal sealed class QueueClaimCodeHandler(DbSession db, TimeProvider clock, NotificationOptions options) : ICommandHandler<QueueClaimCode>
{
    public async ValueTask<Unit> Handle(QueueClaimCode command, CancellationToken cancellationToken)
    {
        var language = Audience.LanguageOf(command.Language);
        var baseUrl = options.PublicBaseUrl.TrimEnd('/');
        var sms = command.Channel == ClaimCodeChannels.Sms;
        var (subject, body) = Audience.InLanguage(language, () => (
            ServerText.Get("notifications.account.claim_code.subject", ("cooperative", command.CooperativeName)),
            ServerText.Get("notifications.account.claim_code.body", ("cooperative", command.CooperativeName), ("code", command.Code))));
        var link = sms ? $"{baseUrl}/claim?code={command.Code}" : $"{baseUrl}/claim";
        var draft = new Draft(command.CooperativeId, sms ? ChannelNames.Sms : ChannelNames.Email, command.Address, language, subject, body, link,
            RecipientKinds.Contact, Topics.Account);
        var connection = await db.ConnectionAsync(cancellationToken);
        await MessageQueue.InsertAsync(connection, db.Transaction!, [new QueuedDraft(Guid.NewGuid(), "account.claim_code", draft)], clock.GetUtcNow());
        return Unit.Value;
    }
}

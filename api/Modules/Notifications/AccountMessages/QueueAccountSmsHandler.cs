using CoopHub.Contracts.Notifications;
using CoopHub.Notifications.Dispatch;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Notifications.AccountMessages;

/// <summary>Identity has already decided which account gets an account SMS.</summary>
internal sealed class QueueAccountSmsAuthorizer : IAuthorizer<QueueAccountSms>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(QueueAccountSms message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// An account message by SMS (the account has a mobile number and no e-mail), queued through <see cref="MessageQueue"/>
/// in the caller's transaction. An SMS is its subject and its link: the subject says what to do without the code, the
/// link carries the number and the code and opens the page that takes them (<c>/verify-account?phone=…&amp;code=…</c>,
/// <c>/reset-password?phone=…&amp;code=…</c>), so the code is readable in the SMS and blanked from the row once sent.
/// </summary>
internal sealed class QueueAccountSmsHandler(DbSession db, TimeProvider clock, NotificationOptions options) : ICommandHandler<QueueAccountSms>
{
    public async ValueTask<Unit> Handle(QueueAccountSms command, CancellationToken cancellationToken)
    {
        var language = Audience.LanguageOf(command.Language);
        var baseUrl = options.PublicBaseUrl.TrimEnd('/');
        var proof = $"phone={Uri.EscapeDataString(command.Phone)}&code={Uri.EscapeDataString(command.Code)}";
        var link = command.Kind switch
        {
            AccountMessageKinds.PasswordReset => $"{baseUrl}/reset-password?{proof}",
            AccountMessageKinds.Verification => $"{baseUrl}/verify-account?{proof}",
            AccountMessageKinds.AddressCode => $"{baseUrl}/account?code={Uri.EscapeDataString(command.Code)}",
            _ => $"{baseUrl}/sign-in",
        };
        var subject = Audience.InLanguage(language, () => ServerText.Get($"notifications.account.{command.Kind}.sms"));
        var draft = new Draft(command.AccountId, ChannelNames.Sms, command.Phone, language, subject, subject, link, RecipientKinds.Account, Topics.Account);
        var connection = await db.ConnectionAsync(cancellationToken);
        await MessageQueue.InsertAsync(connection, db.Transaction!, [new QueuedDraft(Guid.NewGuid(), "account." + command.Kind, draft)], clock.GetUtcNow());
        return Unit.Value;
    }
}

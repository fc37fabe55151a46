using CoopHub.Contracts.Notifications;
using CoopHub.Notifications.Dispatch;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Notifications.AccountMessages;

/// <summary>The sending module (Identity) has already decided who gets an account message; nothing more to check here.</summary>
internal sealed class QueueAccountMessageAuthorizer : IAuthorizer<QueueAccountMessage>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(QueueAccountMessage message, CurrentUser user, CancellationToken cancellationToken) => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// Queues the account message through <see cref="MessageQueue"/> in the caller's transaction (the request's
/// <see cref="DbSession"/>): the reset or verification exists if and only if its message is queued. E-mail only: someone
/// who cannot sign in has no inbox to read. No preference is read: the topic <c>account</c> cannot be turned off. The
/// link points at the SPA page that takes the token; the code is for typing on another device.
/// </summary>
internal sealed class QueueAccountMessageHandler(DbSession db, TimeProvider clock, NotificationOptions options) : ICommandHandler<QueueAccountMessage>
{
    public async ValueTask<Unit> Handle(QueueAccountMessage command, CancellationToken cancellationToken)
    {
        var language = Audience.LanguageOf(command.Language);
        var baseUrl = options.PublicBaseUrl.TrimEnd('/');
        var link = command.Kind switch
        {
            AccountMessageKinds.PasswordReset => $"{baseUrl}/reset-password?token={Uri.EscapeDataString(command.Token)}",
            AccountMessageKinds.Verification => $"{baseUrl}/verify-account?token={Uri.EscapeDataString(command.Token)}",
            AccountMessageKinds.AddressCode => $"{baseUrl}/account",
            _ => $"{baseUrl}/sign-in",
        };
        var (subject, body) = Audience.InLanguage(language, () => (
            ServerText.Get($"notifications.account.{command.Kind}.subject"),
            ServerText.Get($"notifications.account.{command.Kind}.body", ("code", command.Code), ("email", command.Email))));
        var draft = new Draft(command.AccountId, ChannelNames.Email, command.Email, language, subject, body, link, RecipientKinds.Account, Topics.Account);
        var connection = await db.ConnectionAsync(cancellationToken);
        await MessageQueue.InsertAsync(connection, db.Transaction!, [new QueuedDraft(Guid.NewGuid(), "account." + command.Kind, draft)], clock.GetUtcNow());
        return Unit.Value;
    }
}

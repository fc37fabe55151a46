using System.Globalization;
using CoopHub.Contracts.Notifications;
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
/// Writes the account message into <c>ntf_messages</c> in the caller's transaction (the request's <see cref="DbSession"/>):
/// the reset or verification exists if and only if its message is queued. E-mail only: someone who cannot sign in has no
/// inbox to read. The link points at the SPA page that takes the token; the code is for typing on another device.
/// </summary>
internal sealed class QueueAccountMessageHandler(DbSession db, TimeProvider clock, NotificationOptions options) : ICommandHandler<QueueAccountMessage>
{
    public async ValueTask<Unit> Handle(QueueAccountMessage command, CancellationToken cancellationToken)
    {
        var language = ServerText.Languages.Contains(command.Language) ? command.Language : ServerText.DefaultLanguage;
        var baseUrl = options.PublicBaseUrl.TrimEnd('/');
        var link = command.Kind switch
        {
            AccountMessageKinds.PasswordReset => $"{baseUrl}/reset-password?token={Uri.EscapeDataString(command.Token)}",
            AccountMessageKinds.Verification => $"{baseUrl}/verify-account?token={Uri.EscapeDataString(command.Token)}",
            _ => $"{baseUrl}/sign-in",
        };
        var before = CultureInfo.CurrentUICulture;
        string subject, body;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            subject = ServerText.Get($"notifications.account.{command.Kind}.subject");
            body = ServerText.Get($"notifications.account.{command.Kind}.body", ("code", command.Code), ("email", command.Email));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
        var now = clock.GetUtcNow();
        await db.ExecuteAsync("""
            INSERT INTO ntf_messages (id, trigger_id, trigger_type, recipient_id, recipient_kind, topic, channel, address, language, subject, body, link, status, attempts, next_attempt_at, created_at)
            VALUES (@Id, @TriggerId, @Type, @RecipientId, @RecipientKind, @Topic, @Channel, @Address, @Language, @Subject, @Body, @Link, @Status, 0, @Now, @Now)
            """, new
            {
                Id = Guid.NewGuid(), TriggerId = Guid.NewGuid(), Type = "account." + command.Kind, RecipientId = command.AccountId, RecipientKind = RecipientKinds.Account,
                Topic = Topics.Account, Channel = ChannelNames.Email, Address = command.Email, Language = language, Subject = subject, Body = body, Link = link,
                Status = DeliveryStates.Queued, Now = now,
            }, cancellationToken);
        return Unit.Value;
    }
}

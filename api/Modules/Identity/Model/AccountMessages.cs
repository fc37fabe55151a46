using CoopHub.Contracts.Notifications;
using Mediator;

namespace CoopHub.Identity.Model;

/// <summary>
/// An account message to wherever the account is reached: by e-mail (a link and a code), or by SMS to an account made
/// with its mobile number (the code, in the SMS's link) — both queued through Notifications in the caller's transaction.
/// An account reached at both (it added the other, migration 0034) is written to at the address the request named
/// (<paramref name="toPhone"/>), so a reset asked by number comes by SMS; without one, at its e-mail.
/// </summary>
internal static class AccountMessages
{
    public static async Task SendAsync(ISender sender, UserRow user, string kind, AccountCodes.Issued? issued, CancellationToken ct, bool? toPhone = null)
    {
        var bySms = !string.IsNullOrEmpty(user.Phone) && (toPhone ?? string.IsNullOrEmpty(user.Email));
        if (bySms)
        {
            await sender.Send(new QueueAccountSms(user.Id, user.Phone!, user.Language, kind, issued?.Code ?? ""), ct);
            return;
        }
        await sender.Send(new QueueAccountMessage(user.Id, user.Email, user.Language, kind, issued?.Token ?? "", issued?.Code ?? ""), ct);
    }
}

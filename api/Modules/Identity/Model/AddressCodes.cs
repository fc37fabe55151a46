using CoopHub.Contracts.Notifications;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Identity.Model;

/// <summary>The one answer when a code proving an address is sent, whether or not the address already belongs to another account.</summary>
internal sealed record AccountAddressCodeSent(string Message);

/// <summary>
/// The one way a code proving an address is sent (issue 19): adding the kind of address an account lacks
/// (<c>AddAccountAddress</c>), replacing one (<c>ReplaceAccountAddress</c>) and proving the one it has
/// (<c>VerifyAccountAddress</c>) all issue an account code of purpose <see cref="CodePurposes.Address"/> carrying the
/// address, sent there; <c>ConfirmAccountAddress</c> reads it back and adds, replaces or marks proved. Issuing spends
/// the account's earlier address codes, so one change waits at a time.
/// </summary>
internal static class AddressCodes
{
    /// <param name="address">An e-mail address as typed, or a number in E.164.</param>
    /// <param name="step">What the audit row records the code was sent for: <c>add</c>, <c>replace</c> or <c>verify</c>.</param>
    public static async Task SendAsync(DbSession db, ISender sender, AuditTrail audit, UserRow account, string address, string step,
        TimeSpan lifetime, DateTimeOffset now, CancellationToken ct)
    {
        var byPhone = !address.Contains('@');
        var issued = await AccountCodes.IssueAsync(db, account.Id, CodePurposes.Address, lifetime, now, ct, address);
        if (byPhone) await sender.Send(new QueueAccountSms(account.Id, address, account.Language, AccountMessageKinds.AddressCode, issued.Code), ct);
        else await sender.Send(new QueueAccountMessage(account.Id, address, account.Language, AccountMessageKinds.AddressCode, "", issued.Code), ct);
        audit.Record("user", account.Id, null, step == "add"
            ? new { addressCodeSent = byPhone ? "phone" : "email" }
            : new { addressCodeSent = byPhone ? "phone" : "email", step });
    }
}

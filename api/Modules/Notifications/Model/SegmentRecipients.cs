using CoopHub.Contracts.Identity;
using Mediator;

namespace CoopHub.Notifications.Model;

/// <summary>One person a staff message can reach, with the addresses it has.</summary>
internal sealed record SegmentRecipient(Guid RecipientId, string RecipientKind, string Language, string? Email, string? Phone)
{
    /// <summary>The channels this recipient can be reached on: an account's inbox and e-mail; a registry contact's e-mail and SMS (a contact has no inbox).</summary>
    public IEnumerable<(string Channel, string? Address)> Channels()
    {
        if (RecipientKind == RecipientKinds.Account) yield return (ChannelNames.InApp, null);
        if (!string.IsNullOrWhiteSpace(Email)) yield return (ChannelNames.Email, Email);
        if (RecipientKind == RecipientKinds.Contact && !string.IsNullOrWhiteSpace(Phone)) yield return (ChannelNames.Sms, Phone);
    }
}

/// <summary>The recipients of a set of cooperatives: the accounts bound to each.</summary>
internal static class SegmentRecipients
{
    public static async Task<IReadOnlyList<SegmentRecipient>> OfAsync(ISender sender, IReadOnlyList<Guid> cooperatives, CancellationToken ct)
    {
        var recipients = new List<SegmentRecipient>();
        foreach (var cooperative in cooperatives)
        {
            foreach (var a in await sender.Send(new ListAccountsOfCooperative(cooperative), ct))
            {
                recipients.Add(new SegmentRecipient(a.Id, RecipientKinds.Account, a.Language, a.Email, null));
            }
        }
        return recipients;
    }
}

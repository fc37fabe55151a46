using CoopHub.Contracts.Cooperatives;
using CoopHub.Shared.Data;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Notifications.Model;

/// <summary>
/// A registry contact's consent to announcements (ADR 0024), as staff read and record it on the cooperative's page: one
/// line per channel the contact can be written to (e-mail, SMS), whether it is on, and the proof of the last change; and
/// the contact's objections to the service topics, one line per topic and channel.
/// </summary>
internal sealed record RegistryContactConsent(Guid CooperativeId, IReadOnlyList<RegistryContactConsentChannel> Channels, IReadOnlyList<RegistryContactObjection> Objections);

/// <summary>
/// The contact's word on a service topic (calls, applications, events, networks, ideas) and channel: those reach a contact
/// without an opt-in (ADR 0024), so what is recorded is an objection (<c>objected</c>: true) or its withdrawal. The proof
/// of the last change — its source (staff, the link in a message, the preferences page), how and when the contact said
/// it (staff only), when and by whom it was recorded — or nulls when nothing was ever recorded (no objection).
/// </summary>
internal sealed record RegistryContactObjection(
    string Topic, string Channel, bool Objected, string? Source, string? Method, DateOnly? GivenOn, DateTimeOffset? ChangedAt, Guid? ChangedBy);

/// <summary>
/// One channel: <c>hasAddress</c> says whether the registry holds an e-mail address or a Moroccan mobile for it; the rest
/// is the stored choice (null: none yet, the default — off until an opt-in): its source, how and when the contact gave it,
/// when and by whom it was recorded.
/// </summary>
internal sealed record RegistryContactConsentChannel(
    string Channel, bool HasAddress, bool Enabled, string? Source, string? Method, DateOnly? GivenOn, DateTimeOffset? ChangedAt, Guid? ChangedBy);

/// <summary>The topics staff record a contact's word on: the consent to announcements, an objection to the others (never <c>account</c>, locked on).</summary>
internal static class ContactTopics
{
    /// <summary>The service topics: they reach a contact unless it objects.</summary>
    public static readonly string[] Service = [Topics.Calls, Topics.Applications, Topics.Events, Topics.Networks, Topics.Ideas];

    public static readonly string[] Recordable = [Topics.Announcements, .. Service];
}

/// <summary>Loading a cooperative's contact once, checking the caller may act on its region, and reading its consent.</summary>
internal static class ContactConsents
{
    /// <summary>The contact of the cooperative; not found, or a region the caller does not serve (staff of another region: 403).</summary>
    public static async Task<Result<RegistryContact>> ContactForStaffAsync(ISender sender, CurrentUser user, Guid cooperativeId, CancellationToken ct)
    {
        var contact = (await sender.Send(new ListRegistryContacts([cooperativeId]), ct)).SingleOrDefault();
        if (contact is null) return Error.NotFound("notifications.cooperative_not_found");
        if (!user.CanManageRegion(contact.RegionCode)) return Error.Forbidden("auth.staff_of_region_only", ("region", ReferenceNames.Region(contact.RegionCode)));
        return contact;
    }

    public static bool HasAddress(RegistryContact contact, string channel)
        => channel == ChannelNames.Email ? Audience.EmailOf(contact.Email) is not null : Audience.MobileOf(contact.Phone) is not null;

    public static async Task<RegistryContactConsent> ReadAsync(DbSession db, RegistryContact contact, CancellationToken ct)
    {
        var rows = await PreferenceStore.ReadAsync(db, RecipientKinds.Contact, contact.CooperativeId, ct);
        var stored = rows.Where(r => r.Topic == Topics.Announcements).ToDictionary(r => r.Channel);
        var channels = PreferenceChannels.Of(RecipientKinds.Contact).Select(channel =>
        {
            stored.TryGetValue(channel, out var row);
            return new RegistryContactConsentChannel(channel, HasAddress(contact, channel),
                row?.Enabled ?? PreferenceStore.Default(RecipientKinds.Contact, Topics.Announcements, channel), row?.Source, row?.Method, row?.GivenOn, row?.ChangedAt, row?.ChangedBy);
        }).ToList();
        var objections = ContactTopics.Service.SelectMany(topic => PreferenceChannels.Of(RecipientKinds.Contact).Select(channel =>
        {
            var row = rows.FirstOrDefault(r => r.Topic == topic && r.Channel == channel);
            return new RegistryContactObjection(topic, channel, !(row?.Enabled ?? PreferenceStore.Default(RecipientKinds.Contact, topic, channel)), row?.Source, row?.Method,
                row?.GivenOn, row?.ChangedAt, row?.ChangedBy);
        })).ToList();
        return new RegistryContactConsent(contact.CooperativeId, channels, objections);
    }
}

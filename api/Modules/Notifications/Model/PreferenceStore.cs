using System.Data.Common;
using CoopHub.Notifications.Dispatch;
using CoopHub.Shared.Data;
using Dapper;

namespace CoopHub.Notifications.Model;

/// <summary>The channels a person chooses per topic: the inbox (accounts only, always on), e-mail and SMS.</summary>
internal static class PreferenceChannels
{
    public static readonly string[] All = [ChannelNames.InApp, ChannelNames.Email, ChannelNames.Sms];

    /// <summary>The channels a recipient of this kind can have: a registry contact has no inbox.</summary>
    public static string[] Of(string recipientKind) => recipientKind == RecipientKinds.Account ? All : [ChannelNames.Email, ChannelNames.Sms];
}

/// <summary>Where a consent came from (law 09-08: the proof of the choice names its origin).</summary>
internal static class ConsentSources
{
    /// <summary>The account's own settings page (<c>UpdateNotificationPreferences</c>).</summary>
    public const string AccountSettings = "account-settings";

    /// <summary>The signed link in a message (<c>UnsubscribeFromNotifications</c>, RFC 8058 one-click or the SPA page).</summary>
    public const string UnsubscribeLink = "unsubscribe-link";

    /// <summary>The preferences page reached from the same signed link (<c>UpdateContactPreferences</c>): several switches at once, without signing in.</summary>
    public const string PreferencesLink = "preferences-link";

    /// <summary>A registry import that carried the cooperative's consent.</summary>
    public const string RegistryImport = "registry-import";

    /// <summary>Staff recording what the person asked for (at a counter, by phone).</summary>
    public const string Staff = "staff";
}

/// <summary>How a registry contact gave (or withdrew) a consent staff record (<c>ChangeRegistryContactConsent</c>): the proof names it.</summary>
internal static class ConsentMethods
{
    /// <summary>A form the contact signed (kept by the delegation).</summary>
    public const string SignedForm = "signed-form";

    /// <summary>A phone call with the contact.</summary>
    public const string PhoneCall = "phone-call";

    /// <summary>In person: at a counter, a meeting, an event.</summary>
    public const string InPerson = "in-person";

    /// <summary>A message the contact wrote (a letter, an e-mail, an SMS).</summary>
    public const string WrittenMessage = "written-message";

    public static readonly string[] All = [SignedForm, PhoneCall, InPerson, WrittenMessage];
}

/// <summary>What staff saw of a consent: how the contact expressed it and on which day (see <see cref="ConsentMethods"/>).</summary>
internal sealed record ConsentEvidence(string Method, DateOnly GivenOn);

/// <summary>
/// What a person receives on a channel about a topic: stored choices, else the default (ADR 0024). The inbox and the
/// topic <c>account</c> cannot be turned off; a registry contact hears announcements only after an opt-in.
/// </summary>
internal static class PreferenceStore
{
    /// <summary>True when the person can never turn this off (their own inbox, messages about their account).</summary>
    public static bool Locked(string topic, string channel) => topic == Topics.Account || channel == ChannelNames.InApp;

    /// <summary>
    /// Nothing stored: service messages reach everyone (the cooperative's own calls, applications, events, networks and
    /// ideas); staff announcements reach an account (it signed up to the platform) but a registry contact only once it opted in.
    /// </summary>
    public static bool Default(string recipientKind, string topic, string channel)
        => !(recipientKind == RecipientKinds.Contact && topic == Topics.Announcements);

    /// <summary>One stored choice.</summary>
    internal sealed class Row
    {
        public Guid RecipientId { get; set; }
        public string RecipientKind { get; set; } = "";
        public string Topic { get; set; } = "";
        public string Channel { get; set; } = "";
        public bool Enabled { get; set; }
        public string Source { get; set; } = "";
        public Guid? ChangedBy { get; set; }
        public DateTimeOffset ChangedAt { get; set; }
        public string? Method { get; set; }
        public DateOnly? GivenOn { get; set; }

        public const string Columns = """
            recipient_id AS RecipientId, recipient_kind AS RecipientKind, topic AS Topic, channel AS Channel, enabled AS Enabled,
            source AS Source, changed_by AS ChangedBy, changed_at AS ChangedAt, method AS Method, given_on AS GivenOn
            """;
    }

    /// <summary>The person's whole matrix: every topic × channel of their kind, stored or default.</summary>
    public static async Task<NotificationPreferences> MatrixAsync(DbSession db, string recipientKind, Guid recipientId, CancellationToken ct)
    {
        var stored = (await ReadAsync(db, recipientKind, recipientId, ct)).ToDictionary(r => (r.Topic, r.Channel));
        var items = Topics.All.SelectMany(topic => PreferenceChannels.Of(recipientKind).Select(channel =>
        {
            var locked = Locked(topic, channel);
            stored.TryGetValue((topic, channel), out var row);
            return new NotificationPreference(topic, channel, locked || (row?.Enabled ?? Default(recipientKind, topic, channel)), locked, row?.Source, row?.ChangedAt);
        })).ToList();
        return new NotificationPreferences(items);
    }

    public static async Task<IReadOnlyList<Row>> ReadAsync(DbSession db, string recipientKind, Guid recipientId, CancellationToken ct)
        => (await db.QueryAsync<Row>($"SELECT {Row.Columns} FROM ntf_preferences WHERE recipient_id = @Id AND recipient_kind = @Kind",
            new { Id = recipientId, Kind = recipientKind }, ct)).ToList();

    /// <summary>
    /// Records a choice when it changes what the person receives (or names no source yet): the current state in
    /// <c>ntf_preferences</c>, the change in <c>ntf_consents</c>, with the <paramref name="evidence"/> staff saw (else none).
    /// Returns true when something was written.
    /// </summary>
    public static async Task<bool> SetAsync(DbSession db, string recipientKind, Guid recipientId, string topic, string channel, bool enabled, string source, Guid? changedBy,
        DateTimeOffset now, CancellationToken ct, ConsentEvidence? evidence = null)
    {
        var stored = await db.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Row.Columns} FROM ntf_preferences WHERE recipient_id = @Id AND recipient_kind = @Kind AND topic = @Topic AND channel = @Channel",
            new { Id = recipientId, Kind = recipientKind, Topic = topic, Channel = channel }, ct);
        var current = stored?.Enabled ?? Default(recipientKind, topic, channel);
        if (current == enabled) return false;
        var args = new
        {
            recipient_id = recipientId, recipient_kind = recipientKind, topic, channel, enabled, source, changed_by = changedBy, changed_at = now,
            method = evidence?.Method, given_on = evidence?.GivenOn,
        };
        await db.ExecuteAsync(db.Dialect.Upsert("ntf_preferences", ["recipient_id", "recipient_kind", "topic", "channel"],
            ["enabled", "source", "changed_by", "changed_at", "method", "given_on"]), args, ct);
        await db.ExecuteAsync("""
            INSERT INTO ntf_consents (id, recipient_id, recipient_kind, topic, channel, enabled, source, changed_by, changed_at, method, given_on)
            VALUES (@Id, @recipient_id, @recipient_kind, @topic, @channel, @enabled, @source, @changed_by, @changed_at, @method, @given_on)
            """, new
        {
            Id = Guid.NewGuid(), args.recipient_id, args.recipient_kind, args.topic, args.channel, args.enabled, args.source, args.changed_by, args.changed_at, args.method,
            args.given_on,
        }, ct);
        return true;
    }

    /// <summary>
    /// The fan-out's filter: keeps the drafts their recipient wants, reading the stored choices of all the batch's
    /// recipients at once (a query per 1,000 recipients, under SQL Server's 2,100 parameters), never one per draft.
    /// </summary>
    public static async Task<List<T>> KeepWantedAsync<T>(DbConnection connection, IReadOnlyList<T> items, Func<T, Draft> draftOf, DbTransaction? transaction = null)
    {
        if (items.Count == 0) return [];
        var stored = new Dictionary<(Guid, string, string, string), bool>();
        // As text: Dapper's list expansion skips the Guid type handler (SQLite would get blobs); SQL Server converts the text to uniqueidentifier.
        foreach (var chunk in items.Select(i => draftOf(i).RecipientId.ToString("D")).Distinct().Chunk(1000))
        {
            var rows = await connection.QueryAsync<Row>($"SELECT {Row.Columns} FROM ntf_preferences WHERE recipient_id IN @Ids", new { Ids = chunk }, transaction);
            foreach (var row in rows) stored[(row.RecipientId, row.RecipientKind, row.Topic, row.Channel)] = row.Enabled;
        }
        return items.Where(i =>
        {
            var d = draftOf(i);
            if (Locked(d.Topic, d.Channel)) return true;
            return stored.TryGetValue((d.RecipientId, d.RecipientKind, d.Topic, d.Channel), out var enabled) ? enabled : Default(d.RecipientKind, d.Topic, d.Channel);
        }).ToList();
    }
}

/// <summary>One cell of a person's matrix: whether they receive this topic on this channel, and the consent behind it (none: the default).</summary>
internal sealed record NotificationPreference(string Topic, string Channel, bool Enabled, bool Locked, string? Source, DateTimeOffset? ChangedAt);

/// <summary>A person's choices: every topic × channel, in the catalogue's order.</summary>
internal sealed record NotificationPreferences(IReadOnlyList<NotificationPreference> Items);

namespace CoopHub.Notifications.Model;

/// <summary>The channels a message goes out on; one row per recipient and channel.</summary>
internal static class ChannelNames
{
    public const string InApp = "inapp";
    public const string Email = "email";
    public const string Sms = "sms";
}

/// <summary>Who a message is for: an account (the recipient id is the account's), or the registry contact of a cooperative without an account (the recipient id is the cooperative's).</summary>
internal static class RecipientKinds
{
    public const string Account = "account";
    public const string Contact = "contact";
}

/// <summary>What a message is about: the unit people choose channels for and unsubscribe from (law 09-08).</summary>
internal static class Topics
{
    /// <summary>Calls for applications: a call that fits the cooperative, its closing.</summary>
    public const string Calls = "calls";

    /// <summary>The cooperative's applications: eligibility, decisions, support.</summary>
    public const string Applications = "applications";

    /// <summary>Events: registrations, seats, reminders, cancellations.</summary>
    public const string Events = "events";

    /// <summary>Networks: mandates and bodies.</summary>
    public const string Networks = "networks";

    /// <summary>The project bank: ideas, juries, results.</summary>
    public const string Ideas = "ideas";

    /// <summary>Messages staff send to a segment of the registry.</summary>
    public const string Announcements = "announcements";

    /// <summary>The account itself (verification, password reset): never unsubscribed from.</summary>
    public const string Account = "account";

    public static readonly string[] All = [Calls, Applications, Events, Networks, Ideas, Announcements, Account];
}

/// <summary>A message's delivery states: queued (due or waiting for a retry), sent, failed (will retry), dead (gave up).</summary>
internal static class DeliveryStates
{
    public const string Queued = "queued";
    public const string Sent = "sent";
    public const string Failed = "failed";
    public const string Dead = "dead";

    public static readonly string[] All = [Queued, Sent, Failed, Dead];
}

/// <summary>One row of <c>ntf_messages</c>.</summary>
internal sealed class MessageRow
{
    public Guid Id { get; set; }
    public Guid TriggerId { get; set; }
    public string TriggerType { get; set; } = "";
    public Guid RecipientId { get; set; }
    public string RecipientKind { get; set; } = RecipientKinds.Account;
    public string Topic { get; set; } = "";
    public string Channel { get; set; } = "";
    public string? Address { get; set; }
    public string Language { get; set; } = "fr";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public string? Link { get; set; }
    public string Status { get; set; } = "";
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastAnswer { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
    public string? ProviderId { get; set; }
    public string? Receipt { get; set; }
    public string? ReceiptError { get; set; }
    public DateTimeOffset? ReceiptAt { get; set; }

    public const string Columns = """
        m.id AS Id, m.trigger_id AS TriggerId, m.trigger_type AS TriggerType, m.recipient_id AS RecipientId, m.recipient_kind AS RecipientKind, m.topic AS Topic, m.channel AS Channel, m.address AS Address,
        m.language AS Language, m.subject AS Subject, m.body AS Body, m.link AS Link, m.status AS Status, m.attempts AS Attempts,
        m.next_attempt_at AS NextAttemptAt, m.last_answer AS LastAnswer, m.created_at AS CreatedAt, m.sent_at AS SentAt, m.read_at AS ReadAt,
        m.provider_id AS ProviderId, m.receipt AS Receipt, m.receipt_error AS ReceiptError, m.receipt_at AS ReceiptAt
        """;

    public NotificationDetails ToNotification() => new(Id, TriggerType, Subject, Body, Link, CreatedAt, ReadAt);

    public NotificationDeliveryDetails ToDelivery() => new(Id, TriggerType, TriggerId, RecipientId, RecipientKind, Topic, Channel, Address, Language, Subject, Status, Attempts,
        NextAttemptAt, LastAnswer, CreatedAt, SentAt, ProviderId, Receipt, ReceiptError, ReceiptAt);
}

/// <summary>A message of the caller's inbox.</summary>
internal sealed record NotificationDetails(Guid Id, string Type, string Subject, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>
/// One message of the delivery log, as administrators see it. A sent SMS may carry the provider's id and its delivery
/// receipt: <c>delivered</c>, <c>undelivered</c> or <c>failed</c> (with the provider's error code), when it arrived.
/// </summary>
internal sealed record NotificationDeliveryDetails(
    Guid Id, string Type, Guid TriggerId, Guid RecipientId, string RecipientKind, string Topic, string Channel, string? Address, string Language, string Subject, string Status, int Attempts,
    DateTimeOffset NextAttemptAt, string? LastAnswer, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? ProviderId, string? Receipt, string? ReceiptError,
    DateTimeOffset? ReceiptAt);

/// <summary>The final states a delivery receipt records (Twilio's <c>MessageStatus</c>); its other states (queued, sent…) change nothing.</summary>
internal static class ReceiptStates
{
    public const string Delivered = "delivered";
    public const string Undelivered = "undelivered";
    public const string Failed = "failed";

    public static readonly string[] Final = [Delivered, Undelivered, Failed];
}

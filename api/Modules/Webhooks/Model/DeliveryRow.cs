namespace CoopHub.Webhooks.Model;

/// <summary>A row of <c>app_webhook_deliveries</c> as the delivery log shows it.</summary>
internal sealed class DeliveryRow
{
    public Guid Id { get; set; }
    public string EventType { get; set; } = "";
    public string Status { get; set; } = "";
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public string Payload { get; set; } = "";

    public const string Columns = """
        d.id AS Id, d.event_type AS EventType, d.status AS Status, d.attempts AS Attempts, d.next_attempt_at AS NextAttemptAt, d.last_status_code AS LastStatusCode,
        d.last_error AS LastError, d.created_at AS CreatedAt, d.delivered_at AS DeliveredAt, d.payload AS Payload
        """;

    public DeliveryDetails ToDetails() => new(Id, EventType, Status, Attempts, NextAttemptAt, LastStatusCode, DeliveryErrors.Render(LastError, LastStatusCode), CreatedAt, DeliveredAt, Payload);
}

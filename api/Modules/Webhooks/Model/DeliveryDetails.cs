// One delivery of the log as the API shows it, shared by the delivery list and redelivery.
namespace CoopHub.Webhooks.Model;

internal sealed record DeliveryDetails(Guid Id, string EventType, string Status, int Attempts, DateTimeOffset NextAttemptAt, int? LastStatusCode, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt, string Payload);

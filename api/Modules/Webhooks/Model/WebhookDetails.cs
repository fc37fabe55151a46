// A subscription as the API shows it (never its secret), shared by listing, creating and deactivating.
namespace CoopHub.Webhooks.Model;

internal sealed record WebhookDetails(Guid Id, string Url, IReadOnlyList<string> EventTypes, string? RegionCode, string? Description, bool Active, DateTimeOffset CreatedAt);

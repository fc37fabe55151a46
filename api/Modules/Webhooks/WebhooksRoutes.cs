using CoopHub.Shared.Http;

namespace CoopHub.Webhooks;

/// <summary>Routes of the module, reused by Created answers and the tests.</summary>
internal static class WebhooksRoutes
{
    public const string Prefix = "/webhooks";
    public const string Base = ApiRoutes.V1 + Prefix;

    public static string ById(Guid id) => $"{Base}/{id}";

    public static string Deliveries(Guid webhookId) => $"{ById(webhookId)}/deliveries";

    public static string Redeliver(Guid webhookId, Guid deliveryId) => $"{Deliveries(webhookId)}/{deliveryId}/redeliver";
}

using CoopHub.Shared.Results;

namespace CoopHub.Webhooks.Model;

/// <summary>The module's not-found answers, one code per kind of record.</summary>
internal static class WebhookErrors
{
    public static Error NotFound() => Error.NotFound("webhook.not_found");

    public static Error DeliveryNotFound() => Error.NotFound("delivery.not_found");
}

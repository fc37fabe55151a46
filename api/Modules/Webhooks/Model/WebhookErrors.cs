using CoopHub.Shared.Results;

namespace CoopHub.Webhooks.Model;

/// <summary>The module's not-found answers, one code per kind of record.</summary>
internal static class WebhookErrors
{
    public static Error NotFound(Guid id) => Error.NotFoundUntranslated("webhook.not_found", $"No webhook subscription has id {id}.");

    public static Error DeliveryNotFound() => Error.NotFoundUntranslated("delivery.not_found", "No delivery of this webhook has this id.");
}

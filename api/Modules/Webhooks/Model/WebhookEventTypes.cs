namespace CoopHub.Webhooks.Model;

/// <summary>The event types a subscription may ask for; each is written to the outbox by its module in the change's transaction.</summary>
internal static class WebhookEventTypes
{
    public static readonly string[] All =
    [
        "cooperative.registered", "cooperative.status-changed", "application.decided", "registration.promoted", "idea.published", "network.membership-changed",
        "juror.assigned",
        "idea.returned",
        "event.cancelled",
        "registration.created",
        "application.support-recorded",
        "application.eligibility-checked",
        "call.published",
        "competition.results-published",
    ];
}

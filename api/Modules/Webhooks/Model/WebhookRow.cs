using CoopHub.Shared.Http;

namespace CoopHub.Webhooks.Model;

/// <summary>A row of <c>app_webhooks</c> (event types as a JSON list) and how it is read.</summary>
internal sealed class WebhookRow
{
    public Guid Id { get; set; }
    public string Url { get; set; } = "";
    public string EventTypes { get; set; } = "[]";
    public string? RegionCode { get; set; }
    public string? Description { get; set; }
    public string Secret { get; set; } = "";
    public bool Active { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public const string Select = """
        SELECT id AS Id, url AS Url, event_types AS EventTypes, region_code AS RegionCode, description AS Description, secret AS Secret, active AS Active, created_at AS CreatedAt
        FROM app_webhooks
        """;

    public IReadOnlyList<string> Types => ApiJson.Strings(EventTypes);

    public WebhookDetails ToDetails() => new(Id, Url, Types, RegionCode, Description, Active, CreatedAt);
}

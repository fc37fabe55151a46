using System.Text.Json;
using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using Dapper;

namespace CoopHub.Notifications.Model;

/// <summary>
/// A staff message's stored state: <c>preparing</c> until its messages are all written to <c>ntf_messages</c>
/// (the background fan-out), then <c>fannedOut</c>. Its progress is read from the messages themselves.
/// </summary>
internal static class CampaignStates
{
    public const string Preparing = "preparing";
    public const string FannedOut = "fannedOut";
}

/// <summary>The trigger type of a staff message's rows in <c>ntf_messages</c> (their trigger id is the campaign's id).</summary>
internal static class CampaignTrigger
{
    public const string Type = "segment.message";
}

/// <summary>One row of <c>ntf_campaigns</c>.</summary>
internal sealed class CampaignRow
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Guid Id { get; set; }
    public Guid? CreatedBy { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string FilterJson { get; set; } = "{}";
    public string? Regions { get; set; }
    public string TextsJson { get; set; } = "[]";
    public string Fingerprint { get; set; } = "";
    public int Cooperatives { get; set; }
    public int PlannedInapp { get; set; }
    public int PlannedEmail { get; set; }
    public int PlannedSms { get; set; }
    public int Total { get; set; }
    public string Status { get; set; } = CampaignStates.Preparing;
    public DateTimeOffset? FannedOutAt { get; set; }

    public const string Columns = """
        c.id AS Id, c.created_by AS CreatedBy, c.created_by_name AS CreatedByName, c.created_at AS CreatedAt, c.filter_json AS FilterJson, c.regions AS Regions,
        c.texts_json AS TextsJson, c.fingerprint AS Fingerprint, c.cooperatives AS Cooperatives, c.planned_inapp AS PlannedInapp, c.planned_email AS PlannedEmail,
        c.planned_sms AS PlannedSms, c.total AS Total, c.status AS Status, c.fanned_out_at AS FannedOutAt
        """;

    public SegmentFilter Filter => JsonSerializer.Deserialize<SegmentFilter>(FilterJson, Json) ?? new SegmentFilter();

    public IReadOnlyList<SegmentMessageText> Texts => JsonSerializer.Deserialize<List<SegmentMessageText>>(TextsJson, Json) ?? [];

    /// <summary>The regions the fan-out reaches (null: all).</summary>
    public IReadOnlyList<string>? RegionList => Regions is null ? null : Regions.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static string? JoinRegions(IReadOnlyList<string>? regions) => regions is null ? null : string.Join(',', regions);

    /// <summary>Where the caller may see the campaign: administrators and national staff every one; other staff theirs and those of one of their regions.</summary>
    public static (string? Clause, object? Parameters) VisibleTo(CurrentUser user)
        => user.StaffRegions is null ? (null, null) : ("(c.created_by = @Me OR c.regions IN @Mine)", new { Me = user.Id, Mine = user.StaffRegions.ToArray() });

    public bool IsVisibleTo(CurrentUser user)
        => user.StaffRegions is not { } mine || (user.Id is { } me && CreatedBy == me) || (Regions is not null && mine.Contains(Regions));

    public SegmentMessageDetails ToDetails(SegmentProgress progress)
    {
        var status = Status == CampaignStates.Preparing ? "preparing" : progress.Queued > 0 ? "sending" : "completed";
        return new SegmentMessageDetails(Id, status, CreatedAt, CreatedByName, Filter, RegionList, Texts, Cooperatives,
            new SegmentChannelCounts(PlannedInapp, PlannedEmail, PlannedSms), progress, FannedOutAt);
    }

    /// <summary>
    /// Progress of campaigns from their messages: sent; failed (given up: dead); queued (waiting, retrying, or not yet
    /// written while the fan-out runs). The total is the planned count until the fan-out ends, then the messages written.
    /// </summary>
    public static async Task<Dictionary<Guid, SegmentProgress>> ProgressAsync(DbSession db, IReadOnlyList<CampaignRow> campaigns, CancellationToken ct)
    {
        var result = new Dictionary<Guid, SegmentProgress>();
        if (campaigns.Count == 0) return result;
        var ids = campaigns.Select(c => c.Id.ToString("D")).ToArray();
        var rows = (await db.QueryAsync<ProgressRow>(
            "SELECT trigger_id AS TriggerId, status AS Status, COUNT(*) AS Count FROM ntf_messages WHERE trigger_id IN @Ids GROUP BY trigger_id, status",
            new { Ids = ids }, ct)).ToList();
        foreach (var c in campaigns)
        {
            var mine = rows.Where(r => r.TriggerId == c.Id).ToList();
            var sent = mine.Where(r => r.Status == DeliveryStates.Sent).Sum(r => r.Count);
            var failed = mine.Where(r => r.Status == DeliveryStates.Dead).Sum(r => r.Count);
            var written = mine.Sum(r => r.Count);
            var total = c.Status == CampaignStates.Preparing ? Math.Max(c.Total, written) : c.Total;
            result[c.Id] = new SegmentProgress(total, total - sent - failed, sent, failed);
        }
        return result;
    }
}

internal sealed class ProgressRow
{
    public Guid TriggerId { get; set; }
    public string Status { get; set; } = "";
    public int Count { get; set; }
}

/// <summary>Messages planned per channel at the preview the sender confirmed.</summary>
internal sealed record SegmentChannelCounts(int Inapp, int Email, int Sms);

/// <summary>How far a staff message went: total messages, still queued (or retrying), sent, failed (given up).</summary>
internal sealed record SegmentProgress(int Total, int Queued, int Sent, int Failed);

/// <summary>A staff message to a segment: its filters, texts, audience and progress.</summary>
internal sealed record SegmentMessageDetails(
    Guid Id, string Status, DateTimeOffset CreatedAt, string CreatedBy, SegmentFilter Filter, IReadOnlyList<string>? Regions, IReadOnlyList<SegmentMessageText> Texts,
    int Cooperatives, SegmentChannelCounts Planned, SegmentProgress Progress, DateTimeOffset? FannedOutAt);

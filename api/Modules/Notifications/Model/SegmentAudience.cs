using System.Security.Cryptography;
using System.Text;
using CoopHub.Contracts.Cooperatives;
using CoopHub.Notifications.Dispatch;
using CoopHub.Shared.Data;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;

namespace CoopHub.Notifications.Model;

/// <summary>The directory's filters (region, province, sector, status, women-led) as the audience of a staff message.</summary>
internal record SegmentFilter
{
    /// <summary>Region code, MA-01 to MA-12. Staff limited to some regions: empty means all of theirs; another region is 403.</summary>
    public string? Region { get; init; }

    /// <summary>Province or prefecture code, e.g. MA-OUJ.</summary>
    public string? Province { get; init; }

    /// <summary>Sector code.</summary>
    public string? Sector { get; init; }

    /// <summary>active, dormant, inLiquidation or dissolved.</summary>
    public string? Status { get; init; }

    /// <summary>true: women-led cooperatives only; false: the others only; empty: both.</summary>
    public bool? WomenLed { get; init; }
}

internal abstract class SegmentFilterRules<T> : AbstractValidator<T>
    where T : SegmentFilter
{
    public static readonly string[] Statuses = ["active", "dormant", "inLiquidation", "dissolved"];

    protected SegmentFilterRules(ReferenceData reference)
    {
        RuleFor(x => x.Region).KnownRegion(reference);
        RuleFor(x => x.Province).KnownProvince(reference);
        RuleFor(x => x.Sector).KnownSector(reference);
        RuleFor(x => x.Status).Must(s => s is null || Statuses.Contains(s)).WithText("notifications.segment.unknown_status");
    }
}

internal sealed class SegmentFilterValidator(ReferenceData reference) : SegmentFilterRules<SegmentFilter>(reference);

/// <summary>How many a segment reaches: cooperatives, and messages per channel after consent.</summary>
internal sealed record SegmentCounts(int Cooperatives, int Inapp, int Email, int Sms)
{
    public int Total => Inapp + Email + Sms;
}

/// <summary>The audience of a segment: the messages it would write (one per recipient and channel, consent applied) and its fingerprint.</summary>
internal sealed record SegmentAudienceResult(SegmentCounts Counts, IReadOnlyList<Draft> Drafts, string Fingerprint);

/// <summary>
/// From the directory's filters to the people a staff message reaches: the registry's matching cooperatives
/// (Cooperatives' <see cref="ListMatchingCooperatives"/>), limited to the caller's regions, then their recipients
/// (<see cref="Audience"/>: the accounts bound to each, else its registry contact), one draft per recipient and channel, minus what consent turns off (a registry
/// contact hears announcements only after an opt-in, ADR 0024). The fingerprint names that exact set, so a send can
/// tell that the audience changed since the preview the person confirmed.
/// </summary>
internal static class SegmentAudience
{
    /// <summary>The regions the segment may reach: the filter's, else the caller's (null: every region); null result when the filter names a region outside the caller's.</summary>
    public static (bool Allowed, IReadOnlyList<string>? Regions) Scope(CurrentUser user, SegmentFilter filter)
    {
        var mine = user.StaffRegions;
        if (filter.Region is not null)
        {
            return mine is null || mine.Contains(filter.Region) ? (true, [filter.Region]) : (false, null);
        }
        return (true, mine?.Order(StringComparer.Ordinal).ToList());
    }

    public static async Task<SegmentAudienceResult> ComputeAsync(
        ISender sender, DbSession db, SegmentFilter filter, IReadOnlyList<string>? regions, CancellationToken ct)
    {
        var criteria = new CooperativeCriteria(
            filter.Sector is null ? [] : [filter.Sector],
            regions ?? [],
            filter.Province is null ? [] : [filter.Province],
            filter.Status is null ? [] : [filter.Status],
            null, null, filter.WomenLed == true);
        var cooperatives = regions is { Count: 0 }
            ? []
            : (await sender.Send(new ListMatchingCooperatives(criteria), ct)).Where(c => filter.WomenLed != false || !c.WomenLed).ToList();
        var recipients = await Audience.OfCooperativesAsync(sender, cooperatives.Select(c => c.Id), ct);
        var drafts = new List<Draft>();
        var seen = new HashSet<(Guid, string)>();
        foreach (var r in recipients)
        {
            foreach (var (channel, address) in r.Channels())
            {
                // An account bound to two cooperatives of the segment hears the message once (ntf_messages' unique key too).
                if (!seen.Add((r.Id, channel))) continue;
                drafts.Add(new Draft(r.Id, channel, address, r.Language, "", "", null, r.Kind, Topics.Announcements));
            }
        }
        drafts = await PreferenceStore.KeepWantedAsync(await db.ConnectionAsync(ct), drafts, d => d, db.Transaction);
        drafts = drafts.OrderBy(d => d.RecipientId).ThenBy(d => d.Channel, StringComparer.Ordinal).ToList();
        var counts = new SegmentCounts(cooperatives.Count,
            drafts.Count(d => d.Channel == ChannelNames.InApp), drafts.Count(d => d.Channel == ChannelNames.Email), drafts.Count(d => d.Channel == ChannelNames.Sms));
        return new SegmentAudienceResult(counts, drafts, Fingerprint(drafts));
    }

    /// <summary>SHA-256 over the sorted (recipient, kind, channel, address) lines: the same people on the same channels at the same addresses, the same fingerprint.</summary>
    private static string Fingerprint(IEnumerable<Draft> drafts)
    {
        var text = new StringBuilder();
        foreach (var d in drafts) text.Append(d.RecipientKind).Append(':').Append(d.RecipientId.ToString("N")).Append(':').Append(d.Channel).Append(':').Append(d.Address).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

/// <summary>One text of a staff message, in one language.</summary>
internal sealed record SegmentMessageText(string Language, string Subject, string Body);

internal sealed class SegmentMessageTextValidator : AbstractValidator<SegmentMessageText>
{
    public SegmentMessageTextValidator()
    {
        RuleFor(x => x.Language).Must(l => ServerText.Languages.Contains(l)).WithText("notifications.segment.unknown_language");
        RuleFor(x => x.Subject).NotEmpty().MaximumLength(200).SafeText();
        RuleFor(x => x.Body).NotEmpty().MaximumLength(4000).SafeMultilineText();
    }
}

internal static class SegmentTexts
{
    /// <summary>The text in the recipient's language, else French (the server's default), Arabic, English: the first the sender wrote.</summary>
    public static SegmentMessageText For(IReadOnlyList<SegmentMessageText> texts, string language)
        => texts.FirstOrDefault(t => t.Language == language)
           ?? new[] { ServerText.DefaultLanguage, "ar", "fr", "en" }.Select(l => texts.FirstOrDefault(t => t.Language == l)).FirstOrDefault(t => t is not null)
           ?? texts[0];
}

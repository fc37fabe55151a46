using System.Globalization;
using System.Text;
using CoopHub.Events.Model;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Text;
using CoopHub.Shared.Time;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoopHub.Events.Calendar;

/// <summary>
/// RFC 5545 output: times in Africa/Casablanca with a VTIMEZONE built from the OS tz data for the
/// years the events span (each offset change is one dated STANDARD or DAYLIGHT onset; Morocco's
/// Ramadan changes move every year, so no RRULE could describe them). Lines end in CRLF and are
/// folded at 75 octets; text is escaped.
/// </summary>
internal static class ICalendar
{
    /// <summary>
    /// The calendar for a reader of <paramref name="reader"/> (ar, fr or en): one SUMMARY and one DESCRIPTION per
    /// event, in the reader's language or, where the event has none, another's, tagged with its LANGUAGE and noted
    /// in the description; every word the server adds comes from <see cref="CalendarText"/>.
    /// </summary>
    public static string Write(IReadOnlyList<EventRow> events, DateTimeOffset now, string name, string reader)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR", "VERSION:2.0", $"PRODID:-//CoopHub//Events//{reader.ToUpperInvariant()}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + Escape(name), "X-WR-TIMEZONE:" + Casablanca.ZoneId,
        };
        var years = events.Count == 0 ? [now.Year] : events.SelectMany(e => new[] { e.StartsAt.Year, e.EndsAt.Year }).ToList();
        lines.AddRange(TimeZoneLines(years.Min() - 1, years.Max() + 1));
        foreach (var e in events)
        {
            var venue = ApiJson.Read<EventVenue>(e.Venue);
            var venueName = CalendarText.Pick(reader, venue.NameAr, venue.NameFr, null)?.Text;
            var location = string.Join(", ", new[] { venueName, venue.Address }.Where(v => !string.IsNullOrWhiteSpace(v)));
            var title = CalendarText.Pick(reader, e.TitleAr, e.TitleFr, e.TitleEn) ?? new(CalendarText.Untitled(reader), reader);
            var summary = e.StatusValue == EventStatus.Cancelled ? CalendarText.Cancelled(reader, title.Text) : title.Text;
            var description = CalendarText.Pick(reader, e.DescriptionAr, e.DescriptionFr, e.DescriptionEn);
            var fallback = new[] { title.Language, description?.Language }.FirstOrDefault(l => l is not null && l != reader);
            var descriptionText = string.Join(@"\n\n", new[] { description is null ? null : Escape(description.Text),
                fallback is null ? null : Escape(CalendarText.FallbackNote(reader, fallback)) }.Where(t => t is not null));
            lines.Add("BEGIN:VEVENT");
            lines.Add($"UID:{e.Id}@coophub");
            lines.Add("DTSTAMP:" + Utc(now));
            lines.Add($"DTSTART;TZID={Casablanca.ZoneId}:{Local(e.StartsAt)}");
            lines.Add($"DTEND;TZID={Casablanca.ZoneId}:{Local(e.EndsAt)}");
            // The cancelled prefix is in the reader's language, so the line is tagged with it when the title is too.
            lines.Add($"SUMMARY;LANGUAGE={(summary == title.Text ? title.Language : reader)}:" + Escape(summary));
            if (descriptionText.Length > 0) lines.Add($"DESCRIPTION;LANGUAGE={description?.Language ?? reader}:" + descriptionText);
            if (location.Length > 0) lines.Add("LOCATION:" + Escape(location));
            lines.Add($"CATEGORIES;LANGUAGE={reader}:" + Escape(CalendarText.Kind(reader, e.Kind)));
            lines.Add("STATUS:" + (e.StatusValue == EventStatus.Cancelled ? "CANCELLED" : "CONFIRMED"));
            lines.Add("LAST-MODIFIED:" + Utc(e.UpdatedAt));
            lines.Add("SEQUENCE:" + e.Version.ToString(CultureInfo.InvariantCulture));
            lines.Add("END:VEVENT");
        }
        lines.Add("END:VCALENDAR");
        var text = new StringBuilder();
        foreach (var line in lines) Fold(text, line);
        return text.ToString();
    }

    /// <summary>The calendar as a UTF-8 <c>text/calendar</c> download named <paramref name="fileName"/>.</summary>
    public static FileContentHttpResult File(string text, string fileName)
        => TypedResults.File(Encoding.UTF8.GetBytes(text), "text/calendar; charset=utf-8", fileName);

    /// <summary>The calendar as a download, or the problem.</summary>
    public static Results<FileContentHttpResult, ProblemHttpResult> File(Result<string> result, string fileName)
        => result.Match<Results<FileContentHttpResult, ProblemHttpResult>>(text => File(text, fileName), e => e.ToProblem());

    /// <summary>The zone's offsets from <paramref name="fromYear"/> to <paramref name="toYear"/>, found by scanning hourly in UTC (Morocco changes on the hour).</summary>
    private static IEnumerable<string> TimeZoneLines(int fromYear, int toYear)
    {
        var zone = Casablanca.Zone;
        var start = new DateTimeOffset(fromYear, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var end = new DateTimeOffset(toYear, 12, 31, 23, 0, 0, TimeSpan.Zero);
        yield return "BEGIN:VTIMEZONE";
        yield return "TZID:" + Casablanca.ZoneId;
        var offset = zone.GetUtcOffset(start);
        foreach (var l in Onset(zone.IsDaylightSavingTime(start), start.ToOffset(offset).DateTime, offset, offset)) yield return l;
        for (var t = start.AddHours(1); t <= end; t = t.AddHours(1))
        {
            var next = zone.GetUtcOffset(t);
            if (next == offset) continue;
            // The onset is written in the local time in force before the change.
            foreach (var l in Onset(zone.IsDaylightSavingTime(t), t.ToOffset(offset).DateTime, offset, next)) yield return l;
            offset = next;
        }
        yield return "END:VTIMEZONE";
    }

    private static IEnumerable<string> Onset(bool daylight, DateTime localStart, TimeSpan from, TimeSpan to)
    {
        var kind = daylight ? "DAYLIGHT" : "STANDARD";
        yield return "BEGIN:" + kind;
        yield return "DTSTART:" + localStart.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        yield return "TZOFFSETFROM:" + Offset(from);
        yield return "TZOFFSETTO:" + Offset(to);
        yield return "TZNAME:" + (to < TimeSpan.Zero ? "-" : "+") + Math.Abs(to.Hours).ToString("00", CultureInfo.InvariantCulture);
        yield return "END:" + kind;
    }

    private static string Offset(TimeSpan offset)
        => (offset < TimeSpan.Zero ? "-" : "+") + Math.Abs(offset.Hours).ToString("00", CultureInfo.InvariantCulture) + Math.Abs(offset.Minutes).ToString("00", CultureInfo.InvariantCulture);

    private static string Local(DateTimeOffset instant) => Casablanca.ToLocal(instant).ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    // Control characters stored before the text rule (ADR 0015) are dropped: RFC 5545 text allows none but tab.
    private static string Escape(string text)
        => UnsafeText.WithoutControls(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
            .Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    /// <summary>Folds a content line at 75 octets without splitting a UTF-8 character.</summary>
    private static void Fold(StringBuilder output, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                output.Append("\r\n ");
                octets = 1;
                limit = 75;
            }
            output.Append(rune.ToString());
            octets += size;
        }
        output.Append("\r\n");
    }
}

using CoopHub.Shared.Http;
using CoopHub.Shared.Migrations;
using CoopHub.Shared.Text;

namespace CoopHub.Events.Model;

/// <summary>An event's stored search key (ADR 0021): titles, venue and program code.</summary>
internal static class EventSearch
{
    public static string Key(string? titleAr, string? titleFr, string? titleEn, EventVenue venue, string? programCode)
        => SearchAnalyzer.Key(titleAr, titleFr, titleEn, venue.NameAr, venue.NameFr, venue.Address, programCode);

    /// <summary>Migration 0013: every event's key re-computed.</summary>
    internal sealed class Reindex : SearchKeyReindex<EventRow>
    {
        protected override string SelectSql => $"SELECT {EventRow.Columns} FROM evt_events e";

        protected override string UpdateSql => "UPDATE evt_events SET search_text = @Key WHERE id = @Id";

        protected override (Guid Id, string Key) KeyOf(EventRow row)
            => (row.Id, Key(row.TitleAr, row.TitleFr, row.TitleEn, ApiJson.Read<EventVenue>(row.Venue), row.ProgramCode));
    }
}

using CoopHub.Shared.Data;
using CoopHub.Shared.Http;

namespace CoopHub.ProjectBank.Model;

/// <summary>An idea entered in a competition, as the entries list, the jury and the ranking read it.</summary>
internal sealed record EntryDetails(Guid Id, Guid CompetitionId, Guid IdeaId, string? IdeaTitleAr, string? IdeaTitleFr, Guid? CooperativeId,
    string? CooperativeNameAr, string? CooperativeNameFr, IReadOnlyList<string> Sectors, DateTimeOffset EnteredAt);

/// <summary>A competition's entries in order of entry, with their idea's titles and cooperative: read by entering, listing, the jury and the ranking.</summary>
internal static class Entries
{
    public static async Task<IReadOnlyList<EntryDetails>> ListAsync(DbSession db, Guid competitionId, CancellationToken ct)
        => (await db.QueryAsync<EntryRow>("""
            SELECT e.id AS Id, e.competition_id AS CompetitionId, e.idea_id AS IdeaId, i.title_ar AS IdeaTitleAr, i.title_fr AS IdeaTitleFr, e.cooperative_id AS CooperativeId,
                   i.cooperative_name_ar AS CooperativeNameAr, i.cooperative_name_fr AS CooperativeNameFr, i.sectors AS Sectors, e.entered_at AS EnteredAt
            FROM bank_entries e JOIN bank_ideas i ON i.id = e.idea_id
            WHERE e.competition_id = @Id ORDER BY e.entered_at, e.id
            """, new { Id = competitionId }, ct)).Select(e => new EntryDetails(e.Id, e.CompetitionId, e.IdeaId, e.IdeaTitleAr, e.IdeaTitleFr, e.CooperativeId,
                e.CooperativeNameAr, e.CooperativeNameFr, ApiJson.Strings(e.Sectors), e.EnteredAt)).ToList();

    private sealed class EntryRow
    {
        public Guid Id { get; set; }
        public Guid CompetitionId { get; set; }
        public Guid IdeaId { get; set; }
        public string? IdeaTitleAr { get; set; }
        public string? IdeaTitleFr { get; set; }
        public Guid? CooperativeId { get; set; }
        public string? CooperativeNameAr { get; set; }
        public string? CooperativeNameFr { get; set; }
        public string Sectors { get; set; } = "[]";
        public DateTimeOffset EnteredAt { get; set; }
    }
}

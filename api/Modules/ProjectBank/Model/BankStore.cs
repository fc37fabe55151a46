using CoopHub.Shared.Data;

namespace CoopHub.ProjectBank.Model;

/// <summary>The reads several use cases share: an idea or a competition by id, an idea's financing links.</summary>
internal static class BankStore
{
    public static Task<IdeaRow?> FindIdeaAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<IdeaRow>($"SELECT {IdeaRow.Columns} FROM bank_ideas i WHERE i.id = @Id", new { Id = id }, ct);

    public static Task<CompetitionRow?> FindCompetitionAsync(DbSession db, Guid id, CancellationToken ct)
        => db.QuerySingleOrDefaultAsync<CompetitionRow>($"SELECT {CompetitionRow.Columns} FROM bank_competitions c WHERE c.id = @Id", new { Id = id }, ct);

    public static async Task<IReadOnlyList<FinancingLink>> LinksAsync(DbSession db, Guid ideaId, CancellationToken ct)
        => (await db.QueryAsync<LinkRow>("""
            SELECT call_id AS CallId, program_code AS ProgramCode, call_title_ar AS CallTitleAr, call_title_fr AS CallTitleFr, linked_at AS LinkedAt
            FROM bank_financing_links WHERE idea_id = @Id ORDER BY linked_at
            """, new { Id = ideaId }, ct)).Select(l => new FinancingLink(l.CallId, l.ProgramCode, l.CallTitleAr, l.CallTitleFr, l.LinkedAt)).ToList();

    private sealed class LinkRow
    {
        public Guid CallId { get; set; }
        public string ProgramCode { get; set; } = "";
        public string? CallTitleAr { get; set; }
        public string? CallTitleFr { get; set; }
        public DateTimeOffset LinkedAt { get; set; }
    }
}

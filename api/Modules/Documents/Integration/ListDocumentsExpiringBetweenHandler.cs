using CoopHub.Contracts.Documents;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Documents.Integration;

/// <summary>Answers <see cref="ListDocumentsExpiringBetween"/> from <c>doc_documents</c> (its <c>expires_on</c> index), deleted ones left out.</summary>
internal sealed class ListDocumentsExpiringBetweenHandler(DbSession db) : IQueryHandler<ListDocumentsExpiringBetween, IReadOnlyList<ExpiringDocument>>
{
    public async ValueTask<IReadOnlyList<ExpiringDocument>> Handle(ListDocumentsExpiringBetween query, CancellationToken cancellationToken)
    {
        var rows = await db.QueryAsync<Row>("""
            SELECT id AS Id, cooperative_id AS CooperativeId, kind AS Kind, file_name AS FileName, expires_on AS ExpiresOn
            FROM doc_documents
            WHERE deleted_at IS NULL AND expires_on IS NOT NULL AND expires_on >= @From AND expires_on <= @To
            ORDER BY expires_on, id
            """, new { query.From, query.To }, cancellationToken);
        return rows.Select(r => new ExpiringDocument(r.Id, r.CooperativeId, r.Kind, r.FileName, r.ExpiresOn)).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; set; }
        public Guid CooperativeId { get; set; }
        public string Kind { get; set; } = "";
        public string FileName { get; set; } = "";
        public DateOnly ExpiresOn { get; set; }
    }
}

using CoopHub.Contracts.Networks;
using CoopHub.Shared.Data;
using Mediator;

namespace CoopHub.Networks.Integration;

/// <summary>Answers <see cref="ListMandatesEndingBetween"/>: the mandates whose term ends in the window, with their network and holder.</summary>
internal sealed class ListMandatesEndingBetweenHandler(DbSession db) : IQueryHandler<ListMandatesEndingBetween, IReadOnlyList<MandateEnding>>
{
    public async ValueTask<IReadOnlyList<MandateEnding>> Handle(ListMandatesEndingBetween query, CancellationToken cancellationToken)
        => (await db.QueryAsync<Row>("""
            SELECT m.id AS MandateId, m.network_id AS NetworkId, n.name_ar AS NetworkNameAr, n.name_fr AS NetworkNameFr, m.role AS Role, m.title AS Title,
                m.term_end AS TermEnd, b.name_ar AS HolderNameAr, b.name_fr AS HolderNameFr
            FROM net_mandates m JOIN net_networks n ON n.id = m.network_id JOIN net_members b ON b.id = m.membership_id
            WHERE m.term_end >= @From AND m.term_end <= @To
            ORDER BY m.term_end, m.id
            """, new { query.From, query.To }, cancellationToken))
            .Select(r => new MandateEnding(r.MandateId, r.NetworkId, r.NetworkNameAr, r.NetworkNameFr, r.Role, r.Title, r.TermEnd, r.HolderNameAr, r.HolderNameFr))
            .ToList();

    private sealed class Row
    {
        public Guid MandateId { get; set; }
        public Guid NetworkId { get; set; }
        public string? NetworkNameAr { get; set; }
        public string? NetworkNameFr { get; set; }
        public string Role { get; set; } = "";
        public string? Title { get; set; }
        public DateOnly TermEnd { get; set; }
        public string? HolderNameAr { get; set; }
        public string? HolderNameFr { get; set; }
    }
}

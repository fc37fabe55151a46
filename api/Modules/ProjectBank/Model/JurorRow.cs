using CoopHub.Shared.Http;

namespace CoopHub.ProjectBank.Model;

/// <summary>A seat on a competition's jury (<c>bank_jurors</c>): who, the cooperatives they managed when assigned, the entries named.</summary>
internal sealed class JurorRow
{
    public Guid CompetitionId { get; set; }
    public Guid JurorId { get; set; }
    public string Name { get; set; } = "";
    public string Cooperatives { get; set; } = "[]";
    public string? Entries { get; set; }
    public DateTimeOffset AssignedAt { get; set; }

    public const string Select = """
        SELECT competition_id AS CompetitionId, juror_id AS JurorId, name AS Name, cooperatives AS Cooperatives, entries AS Entries, assigned_at AS AssignedAt
        FROM bank_jurors
        """;

    /// <summary>The entries this juror scores: those assigned (all when none are named), never one of a cooperative they manage.</summary>
    public IReadOnlyList<EntryDetails> AssignedAmong(IReadOnlyList<EntryDetails> entries)
    {
        var only = Entries is null ? null : ApiJson.Guids(Entries).ToHashSet();
        var own = ApiJson.Guids(Cooperatives).ToHashSet();
        return entries.Where(e => (only is null || only.Contains(e.Id)) && !(e.CooperativeId is { } c && own.Contains(c))).ToList();
    }
}

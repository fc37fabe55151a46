namespace CoopHub.ProjectBank.Model;

/// <summary>A juror's work on a competition: entries assigned (never their own cooperative's), scored, and still missing.</summary>
internal sealed record JurorProgress(Guid JurorId, string Name, IReadOnlyList<Guid>? Entries, int Assigned, int Scored, IReadOnlyList<Guid> Missing);

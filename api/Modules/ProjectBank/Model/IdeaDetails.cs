// An idea as every idea use case answers it, and the values it is made of.

namespace CoopHub.ProjectBank.Model;

/// <summary>draft → submitted → published | returned (with comments) → archived; a returned idea is edited and submitted again.</summary>
internal enum IdeaStatus { Draft, Submitted, Published, Returned, Archived }

internal sealed record Attachment(string? Label, string Url);

internal sealed record ExpectedJobs(int? Total, int? Women, int? Youth);

internal sealed record ExpectedImpact(string? Social, string? Economic, string? Environmental);

internal sealed record FinancingLink(Guid CallId, string ProgramCode, string? CallTitleAr, string? CallTitleFr, DateTimeOffset LinkedAt);

internal sealed record IdeaDetails(
    Guid Id, string? TitleAr, string? TitleFr, string Problem, string Solution, IReadOnlyList<string> Sectors, IReadOnlyList<string> Regions,
    string? Beneficiaries, decimal? Investment, ExpectedJobs Jobs, ExpectedImpact Impact, IReadOnlyList<int> Sdgs, IReadOnlyList<Attachment> Attachments,
    Guid? CooperativeId, string? CooperativeNameAr, string? CooperativeNameFr, IdeaStatus Status, string? CurationComment, DateTimeOffset? PublishedAt,
    int Adoptions, IReadOnlyList<FinancingLink> FinancingLinks, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

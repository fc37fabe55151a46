// The shapes the module answers with, shared by several use cases: defined once so each OpenAPI schema has one name and one home.
namespace CoopHub.Programs.Model;

internal enum PartnerRole { Funder, Partner, Implementer }

internal enum CallStatus { Draft, Published, Cancelled }

internal enum ApplicationStatus { Draft, Submitted, Eligible, Ineligible, UnderReview, Selected, Waitlisted, Rejected, Supported, Completed, Withdrawn }

internal enum SupportKind { Equipment, Training, Coaching, Financing }

/// <summary>A partner as sent: the organisation (from the partner directory) and its role.</summary>
internal sealed record PartnerInput(Guid? OrganisationId, PartnerRole? Role);

/// <summary>A partner as stored and shown, with the directory's names at the time it was added.</summary>
internal sealed record ProgramPartner(Guid OrganisationId, PartnerRole Role, string? NameAr, string? NameFr, string? Acronym);

/// <summary>A support axis, e.g. equipment for production, or capacity building.</summary>
internal sealed record SupportAxis(string Code, string? NameAr, string? NameFr, string? NameEn);

/// <summary>An outcome indicator with its target, e.g. jobs created: 120.</summary>
internal sealed record OutcomeIndicator(string Code, string? NameAr, string? NameFr, string? NameEn, string? Unit, decimal? Target);

internal sealed record ProgramDetails(
    Guid Id, string Code, string? NameAr, string? NameFr, string? NameEn, IReadOnlyList<string> Goals, IReadOnlyList<ProgramPartner> Partners,
    decimal? Budget, string Currency, DateOnly? StartsOn, DateOnly? EndsOn, IReadOnlyList<string> Regions, IReadOnlyList<string> Sectors,
    IReadOnlyList<SupportAxis> SupportAxes, IReadOnlyList<OutcomeIndicator> Indicators, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record ProgramPage(IReadOnlyList<ProgramDetails> Items, int Page, int PageSize, int Total);

/// <summary>
/// Who may apply. Empty lists and nulls do not restrict; statuses default to active only.
/// MaxPreviousAwards counts the cooperative's applications selected, supported or completed in other calls.
/// </summary>
internal sealed record EligibilityRules(
    IReadOnlyList<string>? Sectors = null, IReadOnlyList<string>? Regions = null, IReadOnlyList<string>? Provinces = null,
    IReadOnlyList<string>? Statuses = null, int? MinAgeMonths = null, int? MinMembers = null, bool? WomenLedOnly = null, int? MaxPreviousAwards = null);

/// <summary>
/// A document the call asks for. <c>Kind</c>, when given, is the vault's kind that fits it (statutes,
/// registrationCertificate…): the application form offers the vault's documents of that kind first.
/// </summary>
internal sealed record RequiredDocument(string Key, string? NameAr, string? NameFr, string? NameEn, bool Mandatory, string? Kind = null);

/// <summary>A criterion reviewers score from 0 to 10; the weights of a call sum to 100.</summary>
internal sealed record EvaluationCriterion(string Key, string? NameAr, string? NameFr, string? NameEn, int Weight);

internal sealed record CallProgram(Guid Id, string Code, string? NameAr, string? NameFr, string? NameEn);

/// <summary>
/// A call for expressions of interest. OpensAt and ClosesAt are wall-clock times in Africa/Casablanca;
/// the Utc fields are the same instants.
/// </summary>
internal sealed record CallDetails(
    Guid Id, CallProgram Program, string? TitleAr, string? TitleFr, string? TitleEn, string? DescriptionAr, string? DescriptionFr, string? DescriptionEn,
    DateTime OpensAt, DateTime ClosesAt, DateTimeOffset OpensAtUtc, DateTimeOffset ClosesAtUtc, string TimeZone, CallStatus Status, bool IsOpen,
    EligibilityRules Rules, IReadOnlyList<RequiredDocument> Documents, IReadOnlyList<EvaluationCriterion> Criteria, int Places,
    int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record CallPage(IReadOnlyList<CallDetails> Items, int Page, int PageSize, int Total);

/// <summary>How a required document (by its key) is filled: a typed <c>url</c>, or a <c>documentId</c> of the cooperative's vault (one of the two).</summary>
internal sealed record DocumentLink(string Key, string? Url = null, Guid? DocumentId = null);

/// <summary>
/// A required document as the application holds it (and stores it): the link, or the vault document picked with
/// <c>file</c>, what it is (ADR 0030) — as picked while the application is a draft, and as it was at submission
/// afterwards (<c>pinnedAt</c> set), whatever the vault does later.
/// </summary>
internal sealed record ApplicationDocument(string Key, string? Url = null, Guid? DocumentId = null, PickedDocument? File = null);

/// <summary>A vault document as an application keeps it; its bytes are at <c>contentUrl</c> for the application's viewers, reviewers included.</summary>
internal sealed record PickedDocument(
    string Kind, string FileName, string ContentType, long SizeBytes, string Sha256, DateOnly? IssuedOn, DateOnly? ExpiresOn, DateTimeOffset UploadedAt,
    DateTimeOffset? PinnedAt, string? ContentUrl = null);

/// <summary>A rule the cooperative does not meet: rule is status, sector, region, province, age, members, womenLed or previousAwards.</summary>
internal sealed record EligibilityFailure(string Rule, string Message);

internal sealed record ApplicationDetails(
    Guid Id, Guid CallId, Guid ProgramId, Guid CooperativeId, string? CooperativeNameAr, string? CooperativeNameFr, string RegionCode, string ProvinceCode,
    IReadOnlyList<string> Sectors, bool WomenLed, ApplicationStatus Status, string? ProjectSummary, IReadOnlyList<string> RequestedAxes, decimal? RequestedAmount,
    IReadOnlyList<ApplicationDocument> Documents, IReadOnlyList<EligibilityFailure> Eligibility, bool EligibilityOverridden, DateTimeOffset? SubmittedAt,
    string? DecisionReason, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record ApplicationPage(IReadOnlyList<ApplicationDetails> Items, int Page, int PageSize, int Total);

internal sealed record ApplicationTransition(int Sequence, ApplicationStatus? From, ApplicationStatus To, string? Reason, string Actor, DateTimeOffset At);

internal sealed record CriterionScore(string Criterion, int Score, string? Comment);

internal sealed record ReviewDetails(
    Guid Id, Guid ApplicationId, Guid ReviewerId, string ReviewerName, IReadOnlyList<CriterionScore> Scores, decimal WeightedScore, string? Comment,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

internal sealed record ReviewerAssignment(Guid ReviewerId, string Name, DateTimeOffset AssignedAt, int Reviewed, int ToReview);

internal sealed record ReviewerCandidate(Guid Id, string Name, IReadOnlyList<string> Regions);

internal sealed record CriterionAverage(string Criterion, decimal Average);

/// <summary>One line of a call's ranking: the mean of the reviewers' weighted scores (0–10), ties broken by earlier submission.</summary>
internal sealed record RankedApplication(
    int Rank, Guid ApplicationId, Guid CooperativeId, string? CooperativeNameAr, string? CooperativeNameFr, ApplicationStatus Status,
    decimal? Score, int Reviews, IReadOnlyList<CriterionAverage> Criteria, DateTimeOffset? SubmittedAt);

internal sealed record CallRanking(Guid CallId, int Places, int Selected, IReadOnlyList<RankedApplication> Items);

internal sealed record SupportRecord(Guid Id, Guid ApplicationId, string Axis, SupportKind Kind, decimal? Amount, DateOnly DeliveredOn, string? Description);

internal sealed record OutcomeRecord(Guid Id, Guid ApplicationId, string Indicator, decimal Value, DateOnly MeasuredOn, string? Note);

using CoopHub.Shared.Http;

namespace CoopHub.Programs.Model;

/// <summary>An application as stored in prog_applications, with the cooperative snapshot taken at creation and refreshed at submission.</summary>
internal sealed class ApplicationRow
{
    public Guid Id { get; set; }
    public Guid CallId { get; set; }
    public Guid ProgramId { get; set; }
    public Guid CooperativeId { get; set; }
    public string? CooperativeNameAr { get; set; }
    public string? CooperativeNameFr { get; set; }
    public string RegionCode { get; set; } = "";
    public string ProvinceCode { get; set; } = "";
    public string Sectors { get; set; } = "[]";
    public bool WomenLed { get; set; }
    public string Status { get; set; } = "draft";
    public string Answers { get; set; } = "{}";
    public string Documents { get; set; } = "[]";
    public string Eligibility { get; set; } = "[]";
    public bool EligibilityOverridden { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? DecisionReason { get; set; }
    public string? DecisionReasonCode { get; set; }
    public string? DecisionReasonArgs { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public const string Columns = """
        a.id AS Id, a.call_id AS CallId, a.program_id AS ProgramId, a.cooperative_id AS CooperativeId, a.cooperative_name_ar AS CooperativeNameAr,
        a.cooperative_name_fr AS CooperativeNameFr, a.region_code AS RegionCode, a.province_code AS ProvinceCode, a.sectors AS Sectors,
        a.women_led AS WomenLed, a.status AS Status, a.answers AS Answers, a.documents AS Documents, a.eligibility AS Eligibility,
        a.eligibility_overridden AS EligibilityOverridden, a.submitted_at AS SubmittedAt, a.decision_reason AS DecisionReason,
        a.decision_reason_code AS DecisionReasonCode, a.decision_reason_args AS DecisionReasonArgs, a.version AS Version,
        a.created_at AS CreatedAt, a.updated_at AS UpdatedAt
        """;

    public ApplicationStatus StatusValue => ApiJson.Parse<ApplicationStatus>(Status);

    /// <summary>The reason of the last decision: a person's text as typed, or what the system wrote as a code (rendered when read).</summary>
    public StoredReason? Decision
    {
        get => StoredReason.Read(DecisionReason, DecisionReasonCode, DecisionReasonArgs);
        set
        {
            DecisionReason = value?.Text;
            DecisionReasonCode = value?.Code;
            DecisionReasonArgs = value?.ArgsJson;
        }
    }

    /// <summary>The eligibility reasons as stored (codes with arguments).</summary>
    public IReadOnlyList<StoredFailure> Failures => ApiJson.List<StoredFailure>(Eligibility);

    /// <summary>The required documents as stored: links, and vault documents with what they were when picked or pinned.</summary>
    public IReadOnlyList<ApplicationDocument> DocumentList => ApiJson.List<ApplicationDocument>(Documents);

    public ApplicationAnswers AnswerSet => ApiJson.Read<ApplicationAnswers>(Answers);

    public ApplicationDetails ToDetails()
    {
        var answers = AnswerSet;
        return new(Id, CallId, ProgramId, CooperativeId, CooperativeNameAr, CooperativeNameFr, RegionCode, ProvinceCode, ApiJson.List<string>(Sectors),
            WomenLed, StatusValue, answers.ProjectSummary, answers.RequestedAxes ?? [], answers.RequestedAmount, ApplicationDocuments.Shown(Id, DocumentList),
            CoopHub.Programs.Model.Eligibility.Render(Failures), EligibilityOverridden, SubmittedAt, Decision?.Render(), Version, CreatedAt, UpdatedAt);
    }
}

/// <summary>What a cooperative answers in its dossier (stored as one JSON column).</summary>
internal sealed record ApplicationAnswers(string? ProjectSummary, IReadOnlyList<string>? RequestedAxes, decimal? RequestedAmount);

using CoopHub.Shared.Localization;
using CoopHub.Programs.Model;
using CoopHub.Programs.Catalogue;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Time;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using CoopHub.Shared.Http;

namespace CoopHub.Programs.Calls;

internal abstract record CallFields
{
    public string? TitleAr { get; init; }

    public string? TitleFr { get; init; }

    public string? TitleEn { get; init; }

    public string? DescriptionAr { get; init; }

    public string? DescriptionFr { get; init; }

    public string? DescriptionEn { get; init; }

    /// <summary>Wall-clock time in Africa/Casablanca, without an offset, e.g. 2025-09-01T09:00.</summary>
    public DateTime? OpensAt { get; init; }

    /// <summary>Wall-clock time in Africa/Casablanca, without an offset, e.g. 2025-09-30T23:59.</summary>
    public DateTime? ClosesAt { get; init; }

    /// <summary>draft (the default), published or cancelled. Only published calls are public.</summary>
    public CallStatus? Status { get; init; }

    public EligibilityRules? Rules { get; init; }

    public IReadOnlyList<RequiredDocument>? Documents { get; init; }

    /// <summary>Evaluation criteria; their weights sum to 100.</summary>
    public IReadOnlyList<EvaluationCriterion>? Criteria { get; init; }

    /// <summary>How many applications can be selected.</summary>
    public int? Places { get; init; }

    public CallRow ToRow(Guid id, Guid programId, int version, DateTimeOffset createdAt, DateTimeOffset updatedAt) => new()
    {
        Id = id, ProgramId = programId, TitleAr = Clean(TitleAr), TitleFr = Clean(TitleFr), TitleEn = Clean(TitleEn),
        DescriptionAr = Clean(DescriptionAr), DescriptionFr = Clean(DescriptionFr), DescriptionEn = Clean(DescriptionEn),
        OpensAt = Casablanca.ToUtc(OpensAt!.Value), ClosesAt = Casablanca.ToUtc(ClosesAt!.Value), Status = ApiJson.Api(Status ?? CallStatus.Draft),
        Rules = ApiJson.Write(Normalised(Rules ?? new EligibilityRules())), Documents = ApiJson.Write(Documents ?? []),
        Criteria = ApiJson.Write(Criteria ?? []), Places = Places!.Value, Version = version, CreatedAt = createdAt, UpdatedAt = updatedAt,
    };

    private static EligibilityRules Normalised(EligibilityRules r) => r with
    {
        Sectors = (r.Sectors ?? []).Distinct().ToList(), Regions = (r.Regions ?? []).Distinct().ToList(), Provinces = (r.Provinces ?? []).Distinct().ToList(),
        Statuses = r.Statuses is { Count: > 0 } s ? s.Distinct().ToList() : Eligibility.DefaultStatuses,
    };

    private static string? Clean(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}

internal abstract class CallFieldsValidator<T> : AbstractValidator<T>
    where T : CallFields
{
    private static readonly string[] CooperativeStatuses = ["active", "dormant", "inLiquidation", "dissolved"];

    protected CallFieldsValidator(ReferenceData reference)
    {
        RuleFor(x => x.TitleAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.TitleAr) || !string.IsNullOrWhiteSpace(x.TitleFr))
            .WithText("programs.give_calls_title_arabic_french_least").MaximumLength(300).WithText("programs.title_most_300_characters");
        RuleFor(x => x.TitleFr).SafeText().MaximumLength(300).WithText("programs.title_most_300_characters");
        RuleFor(x => x.TitleEn).SafeText().MaximumLength(300).WithText("programs.title_most_300_characters");
        RuleFor(x => x.DescriptionAr).SafeMultilineText().MaximumLength(5000).WithText("programs.description_most_5000_characters");
        RuleFor(x => x.DescriptionFr).SafeMultilineText().MaximumLength(5000).WithText("programs.description_most_5000_characters");
        RuleFor(x => x.DescriptionEn).SafeMultilineText().MaximumLength(5000).WithText("programs.description_most_5000_characters");
        RuleFor(x => x.OpensAt).NotNull().WithText("programs.give_opening_date_time_casablanca_time")
            .Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithText("programs.give_local_time_casablanca_without_offset");
        RuleFor(x => x.ClosesAt).NotNull().WithText("programs.give_closing_date_time_casablanca_time")
            .Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithText("programs.give_local_time_casablanca_without_offset")
            .Must((x, c) => c is null || x.OpensAt is null || c > x.OpensAt).WithText("programs.call_must_close_after_opens");
        RuleFor(x => x.Places).NotNull().WithText("programs.give_number_places").InclusiveBetween(1, 100_000).WithText("programs.places_between_1_100000");
        RuleFor(x => x.Rules!.Sectors).Must(s => s is null || s.All(c => reference.FindSector(c) is not null)).When(x => x.Rules is not null)
            .WithText("reference.unknown_sector_named", (_, s) => [("code", s!.First(c => reference.FindSector(c) is null))]);
        RuleFor(x => x.Rules!.Regions).Must(s => s is null || s.All(c => reference.FindRegion(c) is not null)).When(x => x.Rules is not null)
            .WithText("reference.unknown_region_named", (_, s) => [("code", s!.First(c => reference.FindRegion(c) is null))]);
        RuleFor(x => x.Rules!.Provinces).Must(s => s is null || s.All(c => reference.FindProvince(c) is not null)).When(x => x.Rules is not null)
            .WithText("reference.unknown_province_named", (_, s) => [("code", s!.First(c => reference.FindProvince(c) is null))]);
        RuleFor(x => x.Rules!.Statuses).Must(s => s is null || s.All(CooperativeStatuses.Contains)).When(x => x.Rules is not null).WithText("programs.statuses_active_dormant_inliquidation_dissolved");
        RuleFor(x => x.Rules!.MinAgeMonths).InclusiveBetween(0, 1200).When(x => x.Rules is not null).WithText("programs.minimum_age_between_0_1200_months");
        RuleFor(x => x.Rules!.MinMembers).InclusiveBetween(1, 100_000).When(x => x.Rules is not null).WithText("programs.minimum_number_members_between_1_100000");
        RuleFor(x => x.Rules!.MaxPreviousAwards).InclusiveBetween(0, 1000).When(x => x.Rules is not null).WithText("programs.maximum_previous_awards_between_0_1000");
        RuleFor(x => x.Documents).Must(d => d is null || d.Count <= 30).WithText("programs.list_most_30_documents")
            .Must(d => d is null || d.Where(x => x?.Key is not null).GroupBy(x => x.Key).All(g => g.Count() == 1)).WithText("programs.each_document_own_key");
        RuleForEach(x => x.Documents).ChildRules(d =>
        {
            d.RuleFor(x => x.Key).SafeText().NotEmpty().WithText("programs.give_document_key_e_g_statutes")
                .Must(k => k is null || ProgramFields.KeyPattern().IsMatch(k)).WithText("programs.key_lower_case_letters_digits_most");
            d.ApplyNames(x => x.NameAr, x => x.NameFr, x => x.NameEn, "programs.name_document_arabic_french");
            d.RuleFor(x => x.Kind).SafeText().Must(k => k is null || CoopHub.Contracts.Documents.VaultDocumentKinds.All.Contains(k)).WithText("programs.document_kind_unknown");
        });
        RuleFor(x => x.Criteria).NotEmpty().WithText("programs.give_least_one_evaluation_criterion")
            .Must(c => c is null || c.Count <= 12).WithText("programs.list_most_12_criteria")
            .Must(c => c is null || c.Count == 0 || c.Any(x => x is null) || c.Sum(x => x.Weight) == 100).WithText("programs.criterias_weights_must_sum_100")
            .Must(c => c is null || c.Where(x => x?.Key is not null).GroupBy(x => x.Key).All(g => g.Count() == 1)).WithText("programs.each_criterion_own_key");
        RuleForEach(x => x.Criteria).ChildRules(c =>
        {
            c.RuleFor(x => x.Key).SafeText().NotEmpty().WithText("programs.give_criterion_key_e_g_social")
                .Must(k => k is null || ProgramFields.KeyPattern().IsMatch(k)).WithText("programs.key_lower_case_letters_digits_most");
            c.RuleFor(x => x.NameAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.NameAr) || !string.IsNullOrWhiteSpace(x.NameFr))
                .WithText("programs.name_criterion_arabic_french").MaximumLength(200).WithText("programs.name_most_200_characters");
            c.RuleFor(x => x.NameFr).SafeText();
            c.RuleFor(x => x.NameEn).SafeText();
            c.RuleFor(x => x.Weight).InclusiveBetween(1, 100).WithText("programs.weight_between_1_100");
        });
    }
}

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
            .WithMessage("Give the call's title in Arabic or in French (at least one).").MaximumLength(300).WithMessage("A title has at most 300 characters.");
        RuleFor(x => x.TitleFr).SafeText().MaximumLength(300).WithMessage("A title has at most 300 characters.");
        RuleFor(x => x.TitleEn).SafeText().MaximumLength(300).WithMessage("A title has at most 300 characters.");
        RuleFor(x => x.DescriptionAr).SafeMultilineText().MaximumLength(5000).WithMessage("A description has at most 5000 characters.");
        RuleFor(x => x.DescriptionFr).SafeMultilineText().MaximumLength(5000).WithMessage("A description has at most 5000 characters.");
        RuleFor(x => x.DescriptionEn).SafeMultilineText().MaximumLength(5000).WithMessage("A description has at most 5000 characters.");
        RuleFor(x => x.OpensAt).NotNull().WithMessage("Give the opening date and time (Casablanca time).")
            .Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithMessage("Give the local time in Casablanca without an offset or Z, e.g. 2025-09-01T09:00.");
        RuleFor(x => x.ClosesAt).NotNull().WithMessage("Give the closing date and time (Casablanca time).")
            .Must(d => d is null || d.Value.Kind == DateTimeKind.Unspecified).WithMessage("Give the local time in Casablanca without an offset or Z, e.g. 2025-09-30T23:59.")
            .Must((x, c) => c is null || x.OpensAt is null || c > x.OpensAt).WithMessage("The call must close after it opens.");
        RuleFor(x => x.Places).NotNull().WithMessage("Give the number of places.").InclusiveBetween(1, 100_000).WithMessage("Places are between 1 and 100000.");
        RuleFor(x => x.Rules!.Sectors).Must(s => s is null || s.All(c => reference.FindSector(c) is not null)).When(x => x.Rules is not null).WithMessage(ReferenceRules.UnknownSector);
        RuleFor(x => x.Rules!.Regions).Must(s => s is null || s.All(c => reference.FindRegion(c) is not null)).When(x => x.Rules is not null).WithMessage(ReferenceRules.UnknownRegion);
        RuleFor(x => x.Rules!.Provinces).Must(s => s is null || s.All(c => reference.FindProvince(c) is not null)).When(x => x.Rules is not null).WithMessage(ReferenceRules.UnknownProvince);
        RuleFor(x => x.Rules!.Statuses).Must(s => s is null || s.All(CooperativeStatuses.Contains)).When(x => x.Rules is not null).WithMessage("Statuses are active, dormant, inLiquidation or dissolved.");
        RuleFor(x => x.Rules!.MinAgeMonths).InclusiveBetween(0, 1200).When(x => x.Rules is not null).WithMessage("A minimum age is between 0 and 1200 months.");
        RuleFor(x => x.Rules!.MinMembers).InclusiveBetween(1, 100_000).When(x => x.Rules is not null).WithMessage("A minimum number of members is between 1 and 100000.");
        RuleFor(x => x.Rules!.MaxPreviousAwards).InclusiveBetween(0, 1000).When(x => x.Rules is not null).WithMessage("A maximum of previous awards is between 0 and 1000.");
        RuleFor(x => x.Documents).Must(d => d is null || d.Count <= 30).WithMessage("List at most 30 documents.")
            .Must(d => d is null || d.Where(x => x?.Key is not null).GroupBy(x => x.Key).All(g => g.Count() == 1)).WithMessage("Each document has its own key.");
        RuleForEach(x => x.Documents).ChildRules(d =>
        {
            d.RuleFor(x => x.Key).SafeText().NotEmpty().WithMessage("Give the document a key, e.g. statutes.")
                .Must(k => k is null || ProgramFields.KeyPattern().IsMatch(k)).WithMessage("A key has lower-case letters, digits, '-' or '_' (at most 40).");
            d.ApplyNames(x => x.NameAr, x => x.NameFr, x => x.NameEn, "Name the document in Arabic or in French.");
        });
        RuleFor(x => x.Criteria).NotEmpty().WithMessage("Give at least one evaluation criterion.")
            .Must(c => c is null || c.Count <= 12).WithMessage("List at most 12 criteria.")
            .Must(c => c is null || c.Count == 0 || c.Any(x => x is null) || c.Sum(x => x.Weight) == 100).WithMessage("The criteria's weights must sum to 100.")
            .Must(c => c is null || c.Where(x => x?.Key is not null).GroupBy(x => x.Key).All(g => g.Count() == 1)).WithMessage("Each criterion has its own key.");
        RuleForEach(x => x.Criteria).ChildRules(c =>
        {
            c.RuleFor(x => x.Key).SafeText().NotEmpty().WithMessage("Give the criterion a key, e.g. social_impact.")
                .Must(k => k is null || ProgramFields.KeyPattern().IsMatch(k)).WithMessage("A key has lower-case letters, digits, '-' or '_' (at most 40).");
            c.RuleFor(x => x.NameAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.NameAr) || !string.IsNullOrWhiteSpace(x.NameFr))
                .WithMessage("Name the criterion in Arabic or in French.").MaximumLength(200).WithMessage("A name has at most 200 characters.");
            c.RuleFor(x => x.NameFr).SafeText();
            c.RuleFor(x => x.NameEn).SafeText();
            c.RuleFor(x => x.Weight).InclusiveBetween(1, 100).WithMessage("A weight is between 1 and 100.");
        });
    }
}

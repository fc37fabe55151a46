using CoopHub.Shared.Localization;
using CoopHub.ProjectBank.Model;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Text;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using CoopHub.Shared.Http;

namespace CoopHub.ProjectBank.Ideas;

/// <summary>What an idea says, shared by CreateIdea and UpdateIdea (the body both send).</summary>
internal abstract record IdeaFields
{
    public string? TitleAr { get; init; }

    public string? TitleFr { get; init; }

    /// <summary>The problem the idea answers.</summary>
    public string? Problem { get; init; }

    public string? Solution { get; init; }

    public IReadOnlyList<string>? Sectors { get; init; }

    /// <summary>Regions where the idea fits; none means anywhere.</summary>
    public IReadOnlyList<string>? Regions { get; init; }

    /// <summary>Who benefits, e.g. rural women of the oasis.</summary>
    public string? Beneficiaries { get; init; }

    /// <summary>Estimated investment in MAD.</summary>
    public decimal? Investment { get; init; }

    public ExpectedJobs? Jobs { get; init; }

    public ExpectedImpact? Impact { get; init; }

    /// <summary>Sustainable Development Goals, 1 to 17.</summary>
    public IReadOnlyList<int>? Sdgs { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public void ApplyTo(IdeaRow row)
    {
        row.TitleAr = Clean(TitleAr);
        row.TitleFr = Clean(TitleFr);
        row.Problem = Problem!.Trim();
        row.Solution = Solution!.Trim();
        row.Sectors = ApiJson.Write((Sectors ?? []).Distinct().ToList());
        row.Regions = ApiJson.Write((Regions ?? []).Distinct().ToList());
        row.Beneficiaries = Clean(Beneficiaries);
        row.Investment = Investment;
        row.Jobs = Jobs?.Total;
        row.JobsWomen = Jobs?.Women;
        row.JobsYouth = Jobs?.Youth;
        row.ImpactSocial = Clean(Impact?.Social);
        row.ImpactEconomic = Clean(Impact?.Economic);
        row.ImpactEnvironmental = Clean(Impact?.Environmental);
        row.Sdgs = ApiJson.Write((Sdgs ?? []).Distinct().Order().ToList());
        row.Attachments = ApiJson.Write((Attachments ?? []).Select(a => new Attachment(Clean(a.Label), a.Url.Trim())).ToList());
        row.SearchText = IdeaSearch.Key(row);
    }

    private static string? Clean(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}

/// <summary>The rules of <see cref="IdeaFields"/>, the same for CreateIdea and UpdateIdea.</summary>
internal abstract class IdeaFieldsValidator<T> : AbstractValidator<T>
    where T : IdeaFields
{
    private static (string Name, object? Value)[] JobsMax(T fields, int? jobs) => [("max", 100_000)];

    protected IdeaFieldsValidator(ReferenceData reference)
    {
        RuleFor(x => x.TitleAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.TitleAr) || !string.IsNullOrWhiteSpace(x.TitleFr))
            .WithText("bank.idea.title_required").MaximumLength(200);
        RuleFor(x => x.TitleFr).SafeText().MaximumLength(200);
        RuleFor(x => x.Problem).SafeMultilineText().NotEmpty().WithText("bank.idea.problem_required").MaximumLength(4000);
        RuleFor(x => x.Solution).SafeMultilineText().NotEmpty().WithText("bank.idea.solution_required").MaximumLength(4000);
        RuleFor(x => x.Sectors).NotEmpty().WithText("bank.idea.sector_required")
            .Must(s => s is null || s.Count <= 5).WithText("bank.idea.sectors_at_most", (_, _) => [("max", 5)]);
        RuleForEach(x => x.Sectors).EachKnownSector(reference);
        RuleFor(x => x.Regions).Must(r => r is null || r.Count <= 12).WithText("bank.idea.regions_at_most", (_, _) => [("max", 12)]);
        RuleForEach(x => x.Regions).EachKnownRegion(reference);
        RuleFor(x => x.Beneficiaries).SafeMultilineText().MaximumLength(1000);
        RuleFor(x => x.Investment).GreaterThanOrEqualTo(0).WithText("bank.idea.investment_negative")
            .LessThan(1_000_000_000m).WithText("bank.idea.investment_too_large", (_, _) => [("max", 1_000_000_000m)]);
        RuleFor(x => x.Jobs!.Total).InclusiveBetween(0, 100_000).When(x => x.Jobs is not null).WithText("bank.idea.jobs_range", JobsMax);
        RuleFor(x => x.Jobs!.Women).InclusiveBetween(0, 100_000).When(x => x.Jobs is not null).WithText("bank.idea.jobs_range", JobsMax)
            .Must((x, w) => w is null || x.Jobs!.Total is null || w <= x.Jobs.Total).When(x => x.Jobs is not null).WithText("bank.idea.women_jobs_over_total");
        RuleFor(x => x.Jobs!.Youth).InclusiveBetween(0, 100_000).When(x => x.Jobs is not null).WithText("bank.idea.jobs_range", JobsMax)
            .Must((x, y) => y is null || x.Jobs!.Total is null || y <= x.Jobs.Total).When(x => x.Jobs is not null).WithText("bank.idea.youth_jobs_over_total");
        RuleFor(x => x.Impact!.Social).SafeMultilineText().MaximumLength(2000).When(x => x.Impact is not null);
        RuleFor(x => x.Impact!.Economic).SafeMultilineText().MaximumLength(2000).When(x => x.Impact is not null);
        RuleFor(x => x.Impact!.Environmental).SafeMultilineText().MaximumLength(2000).When(x => x.Impact is not null);
        RuleFor(x => x.Sdgs).Must(s => s is null || s.Count <= 17).WithText("bank.idea.sdgs_at_most", (_, _) => [("max", 17)]);
        RuleForEach(x => x.Sdgs).InclusiveBetween(1, 17).WithText("bank.idea.sdg_unknown");
        RuleFor(x => x.Attachments).Must(a => a is null || a.Count <= 10).WithText("bank.idea.attachments_at_most", (_, _) => [("max", 10)]);
        RuleForEach(x => x.Attachments).ChildRules(a =>
        {
            a.RuleFor(x => x.Label).SafeText().MaximumLength(200);
            a.RuleFor(x => x.Url).SafeText().NotEmpty().WithText("bank.idea.attachment_link_required").MaximumLength(2000)
                .Must(u => u is null || (Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
                .WithText("bank.idea.attachment_link_invalid");
        });
    }
}

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
        row.SearchText = SearchText.Normalize(string.Join(' ', TitleAr, TitleFr, Problem, Solution, Beneficiaries));
    }

    private static string? Clean(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}

/// <summary>The rules of <see cref="IdeaFields"/>, the same for CreateIdea and UpdateIdea.</summary>
internal abstract class IdeaFieldsValidator<T> : AbstractValidator<T>
    where T : IdeaFields
{
    protected IdeaFieldsValidator(ReferenceData reference)
    {
        RuleFor(x => x.TitleAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.TitleAr) || !string.IsNullOrWhiteSpace(x.TitleFr))
            .WithText("bank.give_ideas_title_arabic_french_least").MaximumLength(200).WithText("bank.title_most_200_characters");
        RuleFor(x => x.TitleFr).SafeText().MaximumLength(200).WithText("bank.title_most_200_characters");
        RuleFor(x => x.Problem).SafeMultilineText().NotEmpty().WithText("bank.describe_problem_idea_answers").MaximumLength(4000).WithText("bank.most_4000_characters");
        RuleFor(x => x.Solution).SafeMultilineText().NotEmpty().WithText("bank.describe_solution").MaximumLength(4000).WithText("bank.most_4000_characters");
        RuleFor(x => x.Sectors).NotEmpty().WithText("bank.give_least_one_sector").Must(s => s is null || s.Count <= 5).WithText("bank.list_most_5_sectors");
        RuleForEach(x => x.Sectors).EachKnownSector(reference);
        RuleFor(x => x.Regions).Must(r => r is null || r.Count <= 12).WithText("bank.list_most_12_regions");
        RuleForEach(x => x.Regions).EachKnownRegion(reference);
        RuleFor(x => x.Beneficiaries).SafeMultilineText().MaximumLength(1000).WithText("bank.most_1000_characters");
        RuleFor(x => x.Investment).GreaterThanOrEqualTo(0).WithText("bank.investment_cannot_negative").LessThan(1_000_000_000m).WithText("bank.investment_too_large");
        RuleFor(x => x.Jobs!.Total).InclusiveBetween(0, 100_000).When(x => x.Jobs is not null).WithText("bank.expected_jobs_between_0_100000");
        RuleFor(x => x.Jobs!.Women).InclusiveBetween(0, 100_000).When(x => x.Jobs is not null).WithText("bank.expected_jobs_between_0_100000")
            .Must((x, w) => w is null || x.Jobs!.Total is null || w <= x.Jobs.Total).When(x => x.Jobs is not null).WithText("bank.womens_jobs_cannot_exceed_jobs_expected");
        RuleFor(x => x.Jobs!.Youth).InclusiveBetween(0, 100_000).When(x => x.Jobs is not null).WithText("bank.expected_jobs_between_0_100000")
            .Must((x, y) => y is null || x.Jobs!.Total is null || y <= x.Jobs.Total).When(x => x.Jobs is not null).WithText("bank.youth_jobs_cannot_exceed_jobs_expected");
        RuleFor(x => x.Impact!.Social).SafeMultilineText().MaximumLength(2000).When(x => x.Impact is not null).WithText("bank.most_2000_characters");
        RuleFor(x => x.Impact!.Economic).SafeMultilineText().MaximumLength(2000).When(x => x.Impact is not null).WithText("bank.most_2000_characters");
        RuleFor(x => x.Impact!.Environmental).SafeMultilineText().MaximumLength(2000).When(x => x.Impact is not null).WithText("bank.most_2000_characters");
        RuleFor(x => x.Sdgs).Must(s => s is null || s.Count <= 17).WithText("bank.list_most_17_goals");
        RuleForEach(x => x.Sdgs).InclusiveBetween(1, 17).WithText("bank.sustainable_development_goals_numbered_1_17");
        RuleFor(x => x.Attachments).Must(a => a is null || a.Count <= 10).WithText("bank.link_most_10_attachments");
        RuleForEach(x => x.Attachments).ChildRules(a =>
        {
            a.RuleFor(x => x.Label).SafeText().MaximumLength(200).WithText("bank.label_most_200_characters");
            a.RuleFor(x => x.Url).SafeText().NotEmpty().WithText("bank.give_link").MaximumLength(2000).WithText("bank.link_most_2000_characters")
                .Must(u => u is null || (Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
                .WithText("bank.give_full_http_s_link");
        });
    }
}

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
    protected IdeaFieldsValidator(ReferenceData reference)
    {
        RuleFor(x => x.TitleAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.TitleAr) || !string.IsNullOrWhiteSpace(x.TitleFr))
            .WithMessage("Give the idea's title in Arabic or in French (at least one).").MaximumLength(200).WithMessage("A title has at most 200 characters.");
        RuleFor(x => x.TitleFr).SafeText().MaximumLength(200).WithMessage("A title has at most 200 characters.");
        RuleFor(x => x.Problem).SafeMultilineText().NotEmpty().WithMessage("Describe the problem the idea answers.").MaximumLength(4000).WithMessage("At most 4000 characters.");
        RuleFor(x => x.Solution).SafeMultilineText().NotEmpty().WithMessage("Describe the solution.").MaximumLength(4000).WithMessage("At most 4000 characters.");
        RuleFor(x => x.Sectors).NotEmpty().WithMessage("Give at least one sector.").Must(s => s is null || s.Count <= 5).WithMessage("List at most 5 sectors.");
        RuleForEach(x => x.Sectors).EachKnownSector(reference);
        RuleFor(x => x.Regions).Must(r => r is null || r.Count <= 12).WithMessage("List at most 12 regions.");
        RuleForEach(x => x.Regions).EachKnownRegion(reference);
        RuleFor(x => x.Beneficiaries).SafeMultilineText().MaximumLength(1000).WithMessage("At most 1000 characters.");
        RuleFor(x => x.Investment).GreaterThanOrEqualTo(0).WithMessage("The investment cannot be negative.").LessThan(1_000_000_000m).WithMessage("The investment is too large.");
        RuleFor(x => x.Jobs!.Total).InclusiveBetween(0, 100_000).When(x => x.Jobs is not null).WithMessage("Expected jobs are between 0 and 100000.");
        RuleFor(x => x.Jobs!.Women).InclusiveBetween(0, 100_000).When(x => x.Jobs is not null).WithMessage("Expected jobs are between 0 and 100000.")
            .Must((x, w) => w is null || x.Jobs!.Total is null || w <= x.Jobs.Total).When(x => x.Jobs is not null).WithMessage("Women's jobs cannot exceed the jobs expected.");
        RuleFor(x => x.Jobs!.Youth).InclusiveBetween(0, 100_000).When(x => x.Jobs is not null).WithMessage("Expected jobs are between 0 and 100000.")
            .Must((x, y) => y is null || x.Jobs!.Total is null || y <= x.Jobs.Total).When(x => x.Jobs is not null).WithMessage("Youth jobs cannot exceed the jobs expected.");
        RuleFor(x => x.Impact!.Social).SafeMultilineText().MaximumLength(2000).When(x => x.Impact is not null).WithMessage("At most 2000 characters.");
        RuleFor(x => x.Impact!.Economic).SafeMultilineText().MaximumLength(2000).When(x => x.Impact is not null).WithMessage("At most 2000 characters.");
        RuleFor(x => x.Impact!.Environmental).SafeMultilineText().MaximumLength(2000).When(x => x.Impact is not null).WithMessage("At most 2000 characters.");
        RuleFor(x => x.Sdgs).Must(s => s is null || s.Count <= 17).WithMessage("List at most 17 goals.");
        RuleForEach(x => x.Sdgs).InclusiveBetween(1, 17).WithMessage("Sustainable Development Goals are numbered 1 to 17.");
        RuleFor(x => x.Attachments).Must(a => a is null || a.Count <= 10).WithMessage("Link at most 10 attachments.");
        RuleForEach(x => x.Attachments).ChildRules(a =>
        {
            a.RuleFor(x => x.Label).SafeText().MaximumLength(200).WithMessage("A label has at most 200 characters.");
            a.RuleFor(x => x.Url).SafeText().NotEmpty().WithMessage("Give the link.").MaximumLength(2000).WithMessage("A link has at most 2000 characters.")
                .Must(u => u is null || (Uri.TryCreate(u.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
                .WithMessage("Give a full http(s) link.");
        });
    }
}

using System.Text.RegularExpressions;
using CoopHub.Contracts.Networks;
using CoopHub.Programs.Model;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using CoopHub.Shared.Text;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;
using CoopHub.Shared.Http;

namespace CoopHub.Programs.Catalogue;

internal abstract partial record ProgramFields
{
    /// <summary>Short unique code, e.g. DELIO.</summary>
    public string? Code { get; init; }

    public string? NameAr { get; init; }

    public string? NameFr { get; init; }

    public string? NameEn { get; init; }

    /// <summary>e.g. gender equality, rural women's economic empowerment.</summary>
    public IReadOnlyList<string>? Goals { get; init; }

    /// <summary>Funders, partners and implementers, from the partner directory.</summary>
    public IReadOnlyList<PartnerInput>? Partners { get; init; }

    public decimal? Budget { get; init; }

    /// <summary>ISO 4217 code; MAD when omitted.</summary>
    public string? Currency { get; init; }

    public DateOnly? StartsOn { get; init; }

    public DateOnly? EndsOn { get; init; }

    /// <summary>Regions the program covers; none means national.</summary>
    public IReadOnlyList<string>? Regions { get; init; }

    public IReadOnlyList<string>? Sectors { get; init; }

    public IReadOnlyList<SupportAxis>? SupportAxes { get; init; }

    public IReadOnlyList<OutcomeIndicator>? Indicators { get; init; }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,29}$")]
    public static partial Regex CodePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,39}$")]
    public static partial Regex KeyPattern();

    public ProgramRow ToRow(Guid id, IReadOnlyList<ProgramPartner> partners, int version, DateTimeOffset createdAt, DateTimeOffset updatedAt) => new()
    {
        Id = id, Code = Code!.Trim(), CodeKey = SearchText.Normalize(Code), NameAr = Clean(NameAr), NameFr = Clean(NameFr), NameEn = Clean(NameEn),
        Goals = ApiJson.Write((Goals ?? []).Select(g => g.Trim()).Where(g => g.Length > 0).ToList()), Partners = ApiJson.Write(partners),
        Budget = Budget, Currency = string.IsNullOrWhiteSpace(Currency) ? "MAD" : Currency.Trim().ToUpperInvariant(), StartsOn = StartsOn, EndsOn = EndsOn,
        Regions = ApiJson.Write((Regions ?? []).Distinct().ToList()), Sectors = ApiJson.Write((Sectors ?? []).Distinct().ToList()),
        SupportAxes = ApiJson.Write(SupportAxes ?? []), Indicators = ApiJson.Write(Indicators ?? []),
        SearchText = ProgramSearch.Key(Code!.Trim(), Clean(NameAr), Clean(NameFr), Clean(NameEn)), Version = version, CreatedAt = createdAt, UpdatedAt = updatedAt,
    };

    /// <summary>Each partner with the directory's names; an unknown organisation is a 400 on its field.</summary>
    public async Task<Result<IReadOnlyList<ProgramPartner>>> ResolvePartnersAsync(ISender sender, CancellationToken ct)
    {
        var partners = new List<ProgramPartner>();
        var list = Partners ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            var org = await sender.Send(new GetOrganisationSummary(list[i].OrganisationId!.Value), ct);
            if (org is null) return Error.Invalid($"partners[{i}].organisationId", $"No organisation has id {list[i].OrganisationId}; add it to the partner directory first.");
            partners.Add(new ProgramPartner(org.Id, list[i].Role!.Value, org.NameAr, org.NameFr, org.Acronym));
        }
        return partners;
    }

    private static string? Clean(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}

internal abstract class ProgramFieldsValidator<T> : AbstractValidator<T>
    where T : ProgramFields
{
    protected ProgramFieldsValidator(ReferenceData reference)
    {
        RuleFor(x => x.Code).SafeText().NotEmpty().WithMessage("Give the program's code, e.g. DELIO.")
            .Must(c => c is null || ProgramFields.CodePattern().IsMatch(c.Trim())).WithMessage("A code has 1 to 30 letters, digits, '-' or '_'.");
        this.ApplyNames(x => x.NameAr, x => x.NameFr, x => x.NameEn, "Give the program's name in Arabic or in French (at least one).");
        RuleFor(x => x.Goals).Must(g => g is null || g.Count <= 10).WithMessage("List at most 10 goals.");
        RuleForEach(x => x.Goals).SafeText().NotEmpty().WithMessage("A goal cannot be empty.").MaximumLength(200).WithMessage("A goal has at most 200 characters.");
        RuleFor(x => x.Partners).Must(p => p is null || p.Count <= 20).WithMessage("List at most 20 partners.")
            .Must(p => p is null || p.Where(x => x?.OrganisationId is not null).GroupBy(x => (x.OrganisationId, x.Role)).All(g => g.Count() == 1))
            .WithMessage("Each organisation appears once per role.");
        RuleForEach(x => x.Partners).ChildRules(p =>
        {
            p.RuleFor(x => x.OrganisationId).NotNull().WithMessage("Give the partner organisation's id.");
            p.RuleFor(x => x.Role).NotNull().WithMessage("Give the partner's role: funder, partner or implementer.");
        });
        RuleFor(x => x.Budget).GreaterThanOrEqualTo(0).WithMessage("The budget cannot be negative.")
            .LessThan(1_000_000_000_000m).WithMessage("The budget is too large.");
        RuleFor(x => x.Currency).SafeText().Matches("^[A-Za-z]{3}$").When(x => !string.IsNullOrEmpty(x.Currency)).WithMessage("Give a three-letter currency code such as MAD or EUR.");
        RuleFor(x => x.EndsOn).Must((x, end) => end is null || x.StartsOn is null || end >= x.StartsOn).WithMessage("The program cannot end before it starts.");
        RuleFor(x => x.Regions).Must(r => r is null || r.Count <= 12).WithMessage("List at most 12 regions.");
        RuleForEach(x => x.Regions).EachKnownRegion(reference);
        RuleFor(x => x.Sectors).Must(s => s is null || s.Count <= 20).WithMessage("List at most 20 sectors.");
        RuleForEach(x => x.Sectors).EachKnownSector(reference);
        RuleFor(x => x.SupportAxes).Must(a => a is null || a.Count <= 10).WithMessage("List at most 10 support axes.")
            .Must(a => a is null || a.Where(x => x?.Code is not null).GroupBy(x => x.Code).All(g => g.Count() == 1)).WithMessage("Each support axis has its own code.");
        RuleForEach(x => x.SupportAxes).ChildRules(a =>
        {
            a.RuleFor(x => x.Code).SafeText().NotEmpty().WithMessage("Give the axis a code, e.g. equipment.")
                .Must(c => c is null || ProgramFields.KeyPattern().IsMatch(c)).WithMessage("A code has lower-case letters, digits, '-' or '_' (at most 40).");
            a.ApplyNames(x => x.NameAr, x => x.NameFr, x => x.NameEn, "Name the axis in Arabic or in French.", maxLength: 300);
        });
        RuleFor(x => x.Indicators).Must(a => a is null || a.Count <= 20).WithMessage("List at most 20 indicators.")
            .Must(a => a is null || a.Where(x => x?.Code is not null).GroupBy(x => x.Code).All(g => g.Count() == 1)).WithMessage("Each indicator has its own code.");
        RuleForEach(x => x.Indicators).ChildRules(a =>
        {
            a.RuleFor(x => x.Code).SafeText().NotEmpty().WithMessage("Give the indicator a code, e.g. jobs_created.")
                .Must(c => c is null || ProgramFields.KeyPattern().IsMatch(c)).WithMessage("A code has lower-case letters, digits, '-' or '_' (at most 40).");
            a.RuleFor(x => x.NameAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.NameAr) || !string.IsNullOrWhiteSpace(x.NameFr))
                .WithMessage("Name the indicator in Arabic or in French.").MaximumLength(200).WithMessage("A name has at most 200 characters.");
            a.RuleFor(x => x.NameFr).SafeText();
            a.RuleFor(x => x.NameEn).SafeText();
            a.RuleFor(x => x.Unit).SafeText().MaximumLength(30).WithMessage("A unit has at most 30 characters.");
            a.RuleFor(x => x.Target).GreaterThanOrEqualTo(0).WithMessage("A target cannot be negative.");
        });
    }
}

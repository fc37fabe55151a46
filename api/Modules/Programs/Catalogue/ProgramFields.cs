using CoopHub.Shared.Localization;
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
            if (org is null) return Error.Invalid($"partners[{i}].organisationId", "programs.organisation_unknown");
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
        RuleFor(x => x.Code).SafeText().NotEmpty().WithText("programs.give_programs_code_e_g_delio")
            .Must(c => c is null || ProgramFields.CodePattern().IsMatch(c.Trim())).WithText("programs.code_1_30_letters_digits");
        this.ApplyNames(x => x.NameAr, x => x.NameFr, x => x.NameEn, "programs.give_programs_name_arabic_french_least");
        RuleFor(x => x.Goals).Must(g => g is null || g.Count <= 10).WithText("programs.list_most_10_goals");
        RuleForEach(x => x.Goals).SafeText().NotEmpty().WithText("programs.goal_cannot_empty").MaximumLength(200).WithText("programs.goal_most_200_characters");
        RuleFor(x => x.Partners).Must(p => p is null || p.Count <= 20).WithText("programs.list_most_20_partners")
            .Must(p => p is null || p.Where(x => x?.OrganisationId is not null).GroupBy(x => (x.OrganisationId, x.Role)).All(g => g.Count() == 1))
            .WithText("programs.each_organisation_appears_once_per_role");
        RuleForEach(x => x.Partners).ChildRules(p =>
        {
            p.RuleFor(x => x.OrganisationId).NotNull().WithText("programs.give_partner_organisations_id");
            p.RuleFor(x => x.Role).NotNull().WithText("programs.give_partners_role_funder_partner_implementer");
        });
        RuleFor(x => x.Budget).GreaterThanOrEqualTo(0).WithText("programs.budget_cannot_negative")
            .LessThan(1_000_000_000_000m).WithText("programs.budget_too_large");
        RuleFor(x => x.Currency).SafeText().Matches("^[A-Za-z]{3}$").When(x => !string.IsNullOrEmpty(x.Currency)).WithText("programs.give_three_letter_currency_code_such");
        RuleFor(x => x.EndsOn).Must((x, end) => end is null || x.StartsOn is null || end >= x.StartsOn).WithText("programs.program_cannot_end_before_starts");
        RuleFor(x => x.Regions).Must(r => r is null || r.Count <= 12).WithText("programs.list_most_12_regions");
        RuleForEach(x => x.Regions).EachKnownRegion(reference);
        RuleFor(x => x.Sectors).Must(s => s is null || s.Count <= 20).WithText("programs.list_most_20_sectors");
        RuleForEach(x => x.Sectors).EachKnownSector(reference);
        RuleFor(x => x.SupportAxes).Must(a => a is null || a.Count <= 10).WithText("programs.list_most_10_support_axes")
            .Must(a => a is null || a.Where(x => x?.Code is not null).GroupBy(x => x.Code).All(g => g.Count() == 1)).WithText("programs.each_support_axis_own_code");
        RuleForEach(x => x.SupportAxes).ChildRules(a =>
        {
            a.RuleFor(x => x.Code).SafeText().NotEmpty().WithText("programs.give_axis_code_e_g_equipment")
                .Must(c => c is null || ProgramFields.KeyPattern().IsMatch(c)).WithText("programs.code_lower_case_letters_digits_most");
            a.ApplyNames(x => x.NameAr, x => x.NameFr, x => x.NameEn, "programs.name_axis_arabic_french", maxLength: 300);
        });
        RuleFor(x => x.Indicators).Must(a => a is null || a.Count <= 20).WithText("programs.list_most_20_indicators")
            .Must(a => a is null || a.Where(x => x?.Code is not null).GroupBy(x => x.Code).All(g => g.Count() == 1)).WithText("programs.each_indicator_own_code");
        RuleForEach(x => x.Indicators).ChildRules(a =>
        {
            a.RuleFor(x => x.Code).SafeText().NotEmpty().WithText("programs.give_indicator_code_e_g_jobs")
                .Must(c => c is null || ProgramFields.KeyPattern().IsMatch(c)).WithText("programs.code_lower_case_letters_digits_most");
            a.RuleFor(x => x.NameAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.NameAr) || !string.IsNullOrWhiteSpace(x.NameFr))
                .WithText("programs.name_indicator_arabic_french").MaximumLength(200).WithText("programs.name_most_200_characters");
            a.RuleFor(x => x.NameFr).SafeText();
            a.RuleFor(x => x.NameEn).SafeText();
            a.RuleFor(x => x.Unit).SafeText().MaximumLength(30).WithText("programs.unit_most_30_characters");
            a.RuleFor(x => x.Target).GreaterThanOrEqualTo(0).WithText("programs.target_cannot_negative");
        });
    }
}

using System.Linq.Expressions;
using CoopHub.Shared.Reference;
using FluentValidation;

namespace CoopHub.Shared.Pipeline;

/// <summary>
/// The rules every module shares for codes from the reference data (regions MA-01…MA-12, provinces, sectors) and
/// for names given in Arabic or French, written once so the message a user reads is the same on every screen.
/// A null code passes: whether a field is required is the caller's rule.
/// </summary>
public static class ReferenceRules
{
    public const string UnknownRegion = "Unknown region; use a code from MA-01 to MA-12.";
    public const string UnknownProvince = "Unknown province code; see GET /api/v1/reference/regions.";
    public const string UnknownSector = "Unknown sector code; see GET /api/v1/reference/sectors.";

    public static IRuleBuilderOptions<T, string?> KnownRegion<T>(this IRuleBuilder<T, string?> rule, ReferenceData reference)
        => rule.Must(code => code is null || reference.FindRegion(code) is not null).WithMessage(UnknownRegion);

    public static IRuleBuilderOptions<T, string?> KnownProvince<T>(this IRuleBuilder<T, string?> rule, ReferenceData reference)
        => rule.Must(code => code is null || reference.FindProvince(code) is not null).WithMessage(UnknownProvince);

    public static IRuleBuilderOptions<T, string?> KnownSector<T>(this IRuleBuilder<T, string?> rule, ReferenceData reference)
        => rule.Must(code => code is null || reference.FindSector(code) is not null).WithMessage(UnknownSector);

    /// <summary>Every code of a list is a region (the message names the wrong one).</summary>
    public static IRuleBuilderOptions<T, string> EachKnownRegion<T>(this IRuleBuilderInitialCollection<T, string> rule, ReferenceData reference)
        => rule.Must(code => reference.FindRegion(code) is not null).WithMessage((_, code) => $"Unknown region '{code}'; use a code from MA-01 to MA-12.");

    /// <summary>Every code of a list is a province (the message names the wrong one).</summary>
    public static IRuleBuilderOptions<T, string> EachKnownProvince<T>(this IRuleBuilderInitialCollection<T, string> rule, ReferenceData reference)
        => rule.Must(code => reference.FindProvince(code) is not null).WithMessage((_, code) => $"Unknown province '{code}'; see GET /api/v1/reference/regions.");

    /// <summary>Every code of a list is a sector (the message names the wrong one).</summary>
    public static IRuleBuilderOptions<T, string> EachKnownSector<T>(this IRuleBuilderInitialCollection<T, string> rule, ReferenceData reference)
        => rule.Must(code => reference.FindSector(code) is not null).WithMessage((_, code) => $"Unknown sector '{code}'; see GET /api/v1/reference/sectors.");

    /// <summary>The province, when both are known codes, lies in the region.</summary>
    public static IRuleBuilderOptions<T, string?> ProvinceInRegion<T>(this IRuleBuilder<T, string?> rule, ReferenceData reference, Func<T, string?> region)
        => rule.Must((x, code) => code is null || reference.FindProvince(code) is null || reference.FindRegion(region(x)) is null || reference.ProvinceBelongsTo(code, region(x)))
            .WithMessage(x => $"This province is not in region {region(x)}.");

    /// <summary>
    /// A name in Arabic or in French (at least one; <paramref name="missing"/> says what to name), each of the three
    /// languages at most <paramref name="maxLength"/> characters of safe single-line text.
    /// </summary>
    public static void ApplyNames<T>(
        this AbstractValidator<T> validator,
        Expression<Func<T, string?>> arabic, Expression<Func<T, string?>> french, Expression<Func<T, string?>>? english,
        string missing, int maxLength = 200)
    {
        var ar = arabic.Compile();
        var fr = french.Compile();
        var tooLong = $"A name has at most {maxLength} characters.";
        validator.RuleFor(arabic).SafeText()
            .Must((x, _) => !string.IsNullOrWhiteSpace(ar(x)) || !string.IsNullOrWhiteSpace(fr(x))).WithMessage(missing)
            .MaximumLength(maxLength).WithMessage(tooLong);
        validator.RuleFor(french).SafeText().MaximumLength(maxLength).WithMessage(tooLong);
        if (english is not null) validator.RuleFor(english).SafeText().MaximumLength(maxLength).WithMessage(tooLong);
    }
}

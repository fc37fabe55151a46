using System.Linq.Expressions;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Localization;
using FluentValidation;

namespace CoopHub.Shared.Pipeline;

/// <summary>
/// The rules every module shares for codes from the reference data (regions MA-01…MA-12, provinces, sectors) and
/// for names given in Arabic or French, written once so the message a user reads is the same on every screen.
/// A null code passes: whether a field is required is the caller's rule.
/// </summary>
public static class ReferenceRules
{
    public const string UnknownRegion = "reference.unknown_region";
    public const string UnknownProvince = "reference.unknown_province";
    public const string UnknownSector = "reference.unknown_sector";

    public static IRuleBuilderOptions<T, string?> KnownRegion<T>(this IRuleBuilder<T, string?> rule, ReferenceData reference)
        => rule.Must(code => code is null || reference.FindRegion(code) is not null).WithText(UnknownRegion);

    public static IRuleBuilderOptions<T, string?> KnownProvince<T>(this IRuleBuilder<T, string?> rule, ReferenceData reference)
        => rule.Must(code => code is null || reference.FindProvince(code) is not null).WithText(UnknownProvince);

    public static IRuleBuilderOptions<T, string?> KnownSector<T>(this IRuleBuilder<T, string?> rule, ReferenceData reference)
        => rule.Must(code => code is null || reference.FindSector(code) is not null).WithText(UnknownSector);

    /// <summary>Every code of a list is a region (the message names the wrong one).</summary>
    public static IRuleBuilderOptions<T, string> EachKnownRegion<T>(this IRuleBuilderInitialCollection<T, string> rule, ReferenceData reference)
        => rule.Must(code => reference.FindRegion(code) is not null).WithText("reference.unknown_region_named", (_, code) => [("code", code)]);

    /// <summary>Every code of a list is a province (the message names the wrong one).</summary>
    public static IRuleBuilderOptions<T, string> EachKnownProvince<T>(this IRuleBuilderInitialCollection<T, string> rule, ReferenceData reference)
        => rule.Must(code => reference.FindProvince(code) is not null).WithText("reference.unknown_province_named", (_, code) => [("code", code)]);

    /// <summary>Every code of a list is a sector (the message names the wrong one).</summary>
    public static IRuleBuilderOptions<T, string> EachKnownSector<T>(this IRuleBuilderInitialCollection<T, string> rule, ReferenceData reference)
        => rule.Must(code => reference.FindSector(code) is not null).WithText("reference.unknown_sector_named", (_, code) => [("code", code)]);

    /// <summary>The province, when both are known codes, lies in the region.</summary>
    public static IRuleBuilderOptions<T, string?> ProvinceInRegion<T>(this IRuleBuilder<T, string?> rule, ReferenceData reference, Func<T, string?> region)
        => rule.Must((x, code) => code is null || reference.FindProvince(code) is null || reference.FindRegion(region(x)) is null || reference.ProvinceBelongsTo(code, region(x)))
            .WithText("reference.province_not_in_region", (x, _) => [("region", ReferenceNames.Region(region(x)))]);

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
        validator.RuleFor(arabic).SafeText()
            .Must((x, _) => !string.IsNullOrWhiteSpace(ar(x)) || !string.IsNullOrWhiteSpace(fr(x))).WithText(missing)
            .MaximumLength(maxLength).WithText("reference.name_too_long", (_, _) => [("max", maxLength)]);
        validator.RuleFor(french).SafeText().MaximumLength(maxLength).WithText("reference.name_too_long", (_, _) => [("max", maxLength)]);
        if (english is not null) validator.RuleFor(english).SafeText().MaximumLength(maxLength).WithText("reference.name_too_long", (_, _) => [("max", maxLength)]);
    }
}

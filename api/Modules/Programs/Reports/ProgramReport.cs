using CoopHub.Programs.Model;

namespace CoopHub.Programs.Reports;

internal sealed record StatusCount(ApplicationStatus Status, int Count);

internal sealed record GroupCount(string Key, int Count);

internal sealed record SupportByAxis(string Axis, int Deliveries, decimal Amount);

internal sealed record SupportByKind(SupportKind Kind, int Deliveries, decimal Amount);

internal sealed record IndicatorProgress(string Code, string? NameAr, string? NameFr, string? NameEn, string? Unit, decimal? Target, decimal Actual, decimal? PercentOfTarget);

/// <summary>
/// A program's figures for donors, recomputed from the rows on every request. Beneficiaries are
/// applications selected, supported or completed; a cooperative counts once in each of its sectors.
/// </summary>
internal sealed record ProgramReport(
    Guid ProgramId, string Code, string Currency, int Applications, IReadOnlyList<StatusCount> ApplicationsByStatus, int Beneficiaries,
    IReadOnlyList<GroupCount> BeneficiariesByRegion, IReadOnlyList<GroupCount> BeneficiariesBySector, int WomenLedBeneficiaries,
    decimal SupportTotal, IReadOnlyList<SupportByAxis> SupportByAxis, IReadOnlyList<SupportByKind> SupportByKind, IReadOnlyList<IndicatorProgress> Indicators);

using CoopHub.Shared.Localization;
using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Reference;
using FluentValidation;
using Mediator;

namespace CoopHub.Cooperatives.GetCooperativeStatistics;

internal enum CooperativeStatisticsGrouping
{
    Region,
    Province,
    Sector,
    Status,
}

internal sealed record GetCooperativeStatisticsQuery : CooperativeFilter, IQuery<CooperativeStatistics>
{
    /// <summary>region (default), province, sector or status.</summary>
    public string? GroupBy { get; init; }
}

internal sealed record CooperativeStatisticsRow(string Key, string NameFr, string NameAr, int Cooperatives, long Members, long Women, long Youth);

internal sealed record CooperativeStatisticsTotals(int Cooperatives, long Members, long Women, long Youth);

/// <summary>Counts per group; a cooperative in two sectors counts in both rows but once in the totals.</summary>
internal sealed record CooperativeStatistics(CooperativeStatisticsGrouping GroupBy, IReadOnlyList<CooperativeStatisticsRow> Rows, CooperativeStatisticsTotals Totals);

internal sealed class GetCooperativeStatisticsValidator : CooperativeFilterValidator<GetCooperativeStatisticsQuery>
{
    public GetCooperativeStatisticsValidator(ReferenceData reference)
        : base(reference)
    {
        RuleFor(x => x.GroupBy)
            .Must(g => g is null || Enum.GetNames<CooperativeStatisticsGrouping>().Contains(g, StringComparer.OrdinalIgnoreCase))
            .WithText("cooperatives.statistics.unknown_grouping");
    }
}

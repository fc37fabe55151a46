using CoopHub.Contracts.Programs;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Text;
using Mediator;

namespace CoopHub.Programs.Integration;

/// <summary>A call row as other modules see it.</summary>
internal static class CallSummaries
{
    public static CallSummary ToSummary(this CallRow c, DateTimeOffset now)
        => new(c.Id, c.ProgramId, c.ProgramCode, c.TitleAr, c.TitleFr, c.ClosesAt, c.IsOpenAt(now), c.RuleSet.Sectors ?? [], c.RuleSet.Regions ?? []);
}

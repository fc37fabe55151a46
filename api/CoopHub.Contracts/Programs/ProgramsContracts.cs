using Mediator;

namespace CoopHub.Contracts.Programs;

/// <summary>A support program as other modules see it (an event's linked program); null when unknown.</summary>
public sealed record GetProgramSummary(Guid ProgramId) : IQuery<ProgramSummary?>;

public sealed record ProgramSummary(Guid Id, string Code, string? NameAr, string? NameFr, IReadOnlyList<string> Regions);

/// <summary>The program with this code (case- and accent-insensitive); null when none.</summary>
public sealed record FindProgramByCode(string Code) : IQuery<ProgramSummary?>;

/// <summary>
/// Published calls accepting applications now whose rules fit the given sectors and regions (a
/// call without a sector or region rule fits any): ProjectBank's path to financing.
/// </summary>
public sealed record ListOpenCallsMatching(IReadOnlyList<string> Sectors, IReadOnlyList<string> Regions) : IQuery<IReadOnlyList<CallSummary>>;

/// <summary>A call for expressions of interest; null when unknown. ClosesAt is a UTC instant.</summary>
public sealed record GetCallSummary(Guid CallId) : IQuery<CallSummary?>;

public sealed record CallSummary(Guid Id, Guid ProgramId, string ProgramCode, string? TitleAr, string? TitleFr, DateTimeOffset ClosesAt, bool IsOpen,
    IReadOnlyList<string> Sectors, IReadOnlyList<string> Regions);

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

/// <summary>
/// The ids of the registry cooperatives meeting every rule of the call (the registry's criteria and the previous awards)
/// that have not applied to it: whom to tell about it. Empty for an unknown call.
/// </summary>
public sealed record ListEligibleCooperativeIds(Guid CallId) : IQuery<IReadOnlyList<Guid>>;

/// <summary>
/// Writes <see cref="CallPublishedEvent"/> for every published call whose opening time has arrived and that was not
/// announced yet (once per call, whatever the instances); returns how many. Sent by the notifications scheduler.
/// </summary>
public sealed record AnnounceOpenedCalls : ICommand<int>;

/// <summary>The cooperatives with an application to the call still in draft (not submitted): whom to remind before it closes.</summary>
public sealed record ListDraftApplicants(Guid CallId) : IQuery<IReadOnlyList<Guid>>;

/// <summary>Published calls closing within [From, To) (UTC instants).</summary>
public sealed record ListCallsClosingBetween(DateTimeOffset From, DateTimeOffset To) : IQuery<IReadOnlyList<CallSummary>>;

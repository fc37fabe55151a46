using Mediator;

namespace CoopHub.Contracts.Programs;

/// <summary>A support program as other modules see it (an event's linked program); null when unknown.</summary>
public sealed record GetProgramSummary(Guid ProgramId) : IQuery<ProgramSummary?>;

public sealed record ProgramSummary(Guid Id, string Code, string? NameAr, string? NameFr, IReadOnlyList<string> Regions);

/// <summary>The program with this code (case- and accent-insensitive); null when none.</summary>
public sealed record FindProgramByCode(string Code) : IQuery<ProgramSummary?>;

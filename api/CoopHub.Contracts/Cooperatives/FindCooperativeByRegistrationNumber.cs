using Mediator;

namespace CoopHub.Contracts.Cooperatives;

/// <summary>
/// The registry's cooperative with this registration number (as the registry compares them: trimmed, case and
/// digit forms folded), with its contact for a claim; null when no cooperative has it. Identity asks it when an account
/// claims a cooperative (issue 19).
/// </summary>
public sealed record FindCooperativeByRegistrationNumber(string RegistrationNumber) : IQuery<RegistryContact?>;

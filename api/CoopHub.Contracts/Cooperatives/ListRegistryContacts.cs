using Mediator;

namespace CoopHub.Contracts.Cooperatives;

/// <summary>
/// The registry's contact of each of these cooperatives (unknown ids are left out), in one query per call: the e-mail
/// and the phone as recorded (not validated), and the names for a greeting. Notifications asks per chunk of at most 500.
/// </summary>
public sealed record ListRegistryContacts(IReadOnlyList<Guid> CooperativeIds) : IQuery<IReadOnlyList<RegistryContact>>;

/// <summary>One contact; <c>language</c> is the one the registry records for it (ar, fr, en), null when none is recorded.</summary>
public sealed record RegistryContact(Guid CooperativeId, string? NameAr, string? NameFr, string RegionCode, string Status, string? Email, string? Phone, string? Language = null);

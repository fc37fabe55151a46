using Mediator;

namespace CoopHub.Contracts.Notifications;

/// <summary>
/// Records, in the caller's transaction, that the registry contacts of these cooperatives consented to receive
/// announcements by e-mail and SMS (law 09-08, ADR 0024): <c>source</c> is <see cref="RegistryContactConsentSources"/>,
/// <c>recordedBy</c> the account that recorded it. Cooperatives sends it when staff register a cooperative or import a
/// file with the contact's consent; a choice already stored the same way is not recorded again.
/// </summary>
public sealed record RecordRegistryContactConsent(IReadOnlyList<Guid> CooperativeIds, string Source, Guid? RecordedBy) : ICommand;

/// <summary>Where a registry contact's consent came from.</summary>
public static class RegistryContactConsentSources
{
    /// <summary>Staff registering the cooperative (a signed form, a call).</summary>
    public const string Staff = "staff";

    /// <summary>A registry import whose row carried the consent.</summary>
    public const string Import = "registry-import";
}

using CoopHub.Contracts.Notifications;
using CoopHub.Notifications.Dispatch;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Notifications.Preferences;

/// <summary>The sending module (Cooperatives) has already checked that the caller may register or import these cooperatives.</summary>
internal sealed class RecordRegistryContactConsentAuthorizer : IAuthorizer<RecordRegistryContactConsent>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(RecordRegistryContactConsent message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// Records the consent of registry contacts to announcements, on e-mail and SMS, in the caller's transaction (the
/// request's <see cref="DbSession"/>): the current choice in <c>ntf_preferences</c> and the proof in <c>ntf_consents</c>
/// (source, who, when), as <see cref="PreferenceStore.SetAsync"/> does for every other source. Only a consent is ever
/// recorded here — nothing this command says can turn a contact's messages off, or on again without it.
/// </summary>
internal sealed class RecordRegistryContactConsentHandler(DbSession db, TimeProvider clock) : ICommandHandler<RecordRegistryContactConsent>
{
    private static readonly string[] Sources = [ConsentSources.Staff, ConsentSources.RegistryImport];

    public async ValueTask<Unit> Handle(RecordRegistryContactConsent command, CancellationToken cancellationToken)
    {
        if (!Sources.Contains(command.Source)) throw new ArgumentException($"Unknown consent source {command.Source}.", nameof(command));
        var now = clock.GetUtcNow();
        foreach (var cooperative in command.CooperativeIds.Distinct())
        {
            foreach (var channel in new[] { ChannelNames.Email, ChannelNames.Sms })
            {
                await PreferenceStore.SetAsync(db, RecipientKinds.Contact, cooperative, Topics.Announcements, channel, true, command.Source, command.RecordedBy, now, cancellationToken);
            }
        }
        return Unit.Value;
    }
}

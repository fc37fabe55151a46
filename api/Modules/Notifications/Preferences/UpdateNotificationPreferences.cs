using CoopHub.Notifications.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Notifications.Preferences;

/// <summary>One choice to record: receive (or not) this topic on this channel.</summary>
internal sealed record NotificationPreferenceChoice
{
    /// <summary>calls, applications, events, networks, ideas, announcements or account.</summary>
    public string? Topic { get; init; }

    /// <summary>inapp, email or sms.</summary>
    public string? Channel { get; init; }

    public bool? Enabled { get; init; }
}

/// <summary>Records a set of choices for one recipient, whoever makes them (the signed-in settings, the contact's page).</summary>
internal static class NotificationPreferenceChoices
{
    /// <summary>
    /// Sets each cell named (the first of any repeated one; locked cells are left on), each change in the consent log;
    /// returns the cells that changed, for the audit row.
    /// </summary>
    public static async Task<List<object>> SetAllAsync(DbSession db, string recipientKind, Guid recipientId, IEnumerable<NotificationPreferenceChoice> choices,
        string source, Guid? changedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = new List<object>();
        foreach (var choice in choices.DistinctBy(c => (c.Topic, c.Channel)))
        {
            if (PreferenceStore.Locked(choice.Topic!, choice.Channel!)) continue;
            if (await PreferenceStore.SetAsync(db, recipientKind, recipientId, choice.Topic!, choice.Channel!, choice.Enabled!.Value, source, changedBy, now, cancellationToken))
            {
                changed.Add(new { choice.Topic, choice.Channel, choice.Enabled });
            }
        }
        return changed;
    }
}

/// <summary>
/// One cell of the matrix, whoever sets it (the signed-in settings, the contact's page behind the signed link): a known topic
/// and channel, a value, and never "off" for a locked cell.
/// </summary>
internal sealed class NotificationPreferenceChoiceValidator : AbstractValidator<NotificationPreferenceChoice>
{
    public NotificationPreferenceChoiceValidator()
    {
        RuleFor(c => c.Topic).Must(t => t is not null && Topics.All.Contains(t)).WithText("notifications.unknown_topic");
        RuleFor(c => c.Channel).Must(c => c is not null && PreferenceChannels.All.Contains(c)).WithText("notifications.unknown_channel");
        RuleFor(c => c.Enabled).NotNull();
        RuleFor(c => c.Enabled).Must(e => e != false).When(c => c.Topic is not null && c.Channel is not null && PreferenceStore.Locked(c.Topic, c.Channel))
            .WithText("notifications.preference_locked");
    }
}

/// <summary>The cells of the matrix to set; cells not named keep their state.</summary>
internal sealed record UpdateNotificationPreferencesCommand : ICommand<Result<NotificationPreferences>>
{
    public IReadOnlyList<NotificationPreferenceChoice>? Items { get; init; }
}

internal sealed class UpdateNotificationPreferencesValidator : AbstractValidator<UpdateNotificationPreferencesCommand>
{
    public UpdateNotificationPreferencesValidator()
    {
        RuleFor(x => x.Items).NotNull();
        RuleFor(x => x.Items).Must(i => i is null || i.Count <= Topics.All.Length * PreferenceChannels.All.Length).WithText("notifications.too_many_preferences");
        RuleForEach(x => x.Items).NotNull().SetValidator(new NotificationPreferenceChoiceValidator());
    }
}

internal sealed class UpdateNotificationPreferencesAuthorizer : IAuthorizer<UpdateNotificationPreferencesCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UpdateNotificationPreferencesCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>Records the caller's choices (source <c>account-settings</c>), each change in the consent log and one audit row; returns the whole matrix.</summary>
internal sealed class UpdateNotificationPreferencesHandler(DbSession db, CurrentUser user, TimeProvider clock, AuditTrail audit)
    : ICommandHandler<UpdateNotificationPreferencesCommand, Result<NotificationPreferences>>
{
    public async ValueTask<Result<NotificationPreferences>> Handle(UpdateNotificationPreferencesCommand command, CancellationToken cancellationToken)
    {
        var account = user.Id ?? Guid.Empty;
        var changed = await NotificationPreferenceChoices.SetAllAsync(db, RecipientKinds.Account, account, command.Items!, ConsentSources.AccountSettings, account,
            clock.GetUtcNow(), cancellationToken);
        if (changed.Count > 0) audit.Record("notificationPreferences", account, null, new { Source = ConsentSources.AccountSettings, Changed = changed });
        return await PreferenceStore.MatrixAsync(db, RecipientKinds.Account, account, cancellationToken);
    }
}

internal static class UpdateNotificationPreferencesEndpoint
{
    public static RouteGroupBuilder MapUpdateNotificationPreferences(this RouteGroupBuilder group)
    {
        group.MapPut("/preferences", async Task<Results<Ok<NotificationPreferences>, ProblemHttpResult>> (UpdateNotificationPreferencesCommand body, ISender sender,
                CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(body, ct)))
            .WithName("UpdateNotificationPreferences").WithSummary("Sets the caller's choices per topic and channel (the inbox and the topic account stay on).")
            .ProducesProblems(400, 401);
        return group;
    }
}

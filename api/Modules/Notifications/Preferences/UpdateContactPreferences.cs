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

/// <summary>The signed token of a message's unsubscribe link and the cells of the matrix to set; cells not named keep their state.</summary>
internal sealed record UpdateContactPreferencesCommand : ICommand<Result<ContactPreferences>>
{
    /// <summary>The signed token of the link (the same one the one-click unsubscribe takes).</summary>
    public string? Token { get; init; }

    public IReadOnlyList<NotificationPreferenceChoice>? Items { get; init; }
}

internal sealed class UpdateContactPreferencesValidator : AbstractValidator<UpdateContactPreferencesCommand>
{
    public UpdateContactPreferencesValidator()
    {
        RuleFor(x => x.Items).NotNull();
        RuleFor(x => x.Items).Must(i => i is null || i.Count <= Topics.All.Length * PreferenceChannels.All.Length).WithText("notifications.too_many_preferences");
        RuleForEach(x => x.Items).NotNull().SetValidator(new NotificationPreferenceChoiceValidator());
    }
}

/// <summary>Anyone: the signed unsubscribe token is the credential (the route is rate-limited).</summary>
internal sealed class UpdateContactPreferencesAuthorizer : IAuthorizer<UpdateContactPreferencesCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(UpdateContactPreferencesCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult<AccessDenied?>(null);
}

/// <summary>
/// Records the choices of the recipient the token names (source <c>preferences-link</c>, ADR 0024), each change in the consent
/// log and one audit row; returns the whole matrix. A forged token is refused on <c>token</c>; a registry contact's inbox
/// (she has none) is refused on the cell's <c>channel</c>.
/// </summary>
internal sealed class UpdateContactPreferencesHandler(DbSession db, UnsubscribeTokens tokens, TimeProvider clock, AuditTrail audit)
    : ICommandHandler<UpdateContactPreferencesCommand, Result<ContactPreferences>>
{
    public async ValueTask<Result<ContactPreferences>> Handle(UpdateContactPreferencesCommand command, CancellationToken cancellationToken)
    {
        var target = await tokens.ReadAsync(command.Token, cancellationToken);
        if (target is null) return Error.Invalid("token", "notifications.unsubscribe_token_invalid");
        var channels = PreferenceChannels.Of(target.RecipientKind);
        for (var i = 0; i < command.Items!.Count; i++)
        {
            if (!channels.Contains(command.Items[i].Channel)) return Error.Invalid($"items[{i}].channel", "notifications.unknown_channel");
        }
        var changedBy = target.RecipientKind == RecipientKinds.Account ? target.RecipientId : (Guid?)null;
        var changed = await NotificationPreferenceChoices.SetAllAsync(db, target.RecipientKind, target.RecipientId, command.Items, ConsentSources.PreferencesLink,
            changedBy, clock.GetUtcNow(), cancellationToken);
        if (changed.Count > 0)
        {
            audit.Record("notificationPreferences", target.RecipientId, null,
                new { target.RecipientKind, Source = ConsentSources.PreferencesLink, Changed = changed });
        }
        return await ContactPreferences.ReadAsync(db, target, cancellationToken);
    }
}

internal static class UpdateContactPreferencesEndpoint
{
    public static RouteGroupBuilder MapUpdateContactPreferences(this RouteGroupBuilder group)
    {
        group.MapPut("/contact-preferences", async Task<Results<Ok<ContactPreferences>, ProblemHttpResult>> (UpdateContactPreferencesCommand body, ISender sender,
                CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(body, ct)))
            .AllowAnonymous()
            .WithName("UpdateContactPreferences")
            .WithSummary("Sets several choices, per topic and channel, of the recipient a message's signed unsubscribe link names, without signing in (locked ones stay on).")
            .ProducesProblems(400, 429);
        return group;
    }
}

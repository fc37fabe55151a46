using System.Text.Json.Serialization;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Notifications.Preferences;

/// <summary>The body of POST /notifications/registry-contacts/{cooperativeId}/consent: what the contact said, how and when.</summary>
internal sealed record ChangeRegistryContactConsentCommand : ICommand<Result<RegistryContactConsent>>
{
    [JsonIgnore]
    public Guid CooperativeId { get; init; }

    /// <summary>
    /// The topic: <c>announcements</c> (the default) records a consent or its withdrawal; a service topic (calls,
    /// applications, events, networks, ideas) records an objection (<c>enabled</c>: false) or its withdrawal (true).
    /// </summary>
    public string? Topic { get; init; }

    /// <summary>email, sms, or both.</summary>
    public IReadOnlyList<string>? Channels { get; init; }

    /// <summary>true: the contact agrees to receive the topic (a consent, or an objection withdrawn); false: the contact withdrew the consent, or objects.</summary>
    public bool? Enabled { get; init; }

    /// <summary>How the contact said it: signed-form, phone-call, in-person or written-message.</summary>
    public string? Method { get; init; }

    /// <summary>The day the contact said it (Casablanca date; not in the future).</summary>
    public DateOnly? GivenOn { get; init; }
}

internal sealed class ChangeRegistryContactConsentValidator : AbstractValidator<ChangeRegistryContactConsentCommand>
{
    public ChangeRegistryContactConsentValidator(TimeProvider clock)
    {
        RuleFor(x => x.Channels).Must(c => c is { Count: > 0 } && c.All(x => x is ChannelNames.Email or ChannelNames.Sms) && c.Distinct().Count() == c.Count)
            .WithText("notifications.consent.channels");
        RuleFor(x => x.Topic).Must(t => t is null || ContactTopics.Recordable.Contains(t)).WithText("notifications.consent.topic");
        RuleFor(x => x.Enabled).NotNull().WithText("notifications.consent.enabled_required");
        RuleFor(x => x.Method).Must(m => m is not null && ConsentMethods.All.Contains(m)).WithText("notifications.consent.method");
        RuleFor(x => x.GivenOn)
            .NotNull().WithText("notifications.consent.given_on_required")
            .Must(d => d is null || d <= Casablanca.Today(clock)).WithText("notifications.consent.given_on_future")
            .Must(d => d is null || d >= new DateOnly(2000, 1, 1)).WithText("notifications.consent.given_on_before_2000");
    }
}

internal sealed class ChangeRegistryContactConsentAuthorizer : IAuthorizer<ChangeRegistryContactConsentCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ChangeRegistryContactConsentCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "auth.staff_only"));
}

/// <summary>
/// Staff of the cooperative's region (and administrators) record that its registry contact gave — or withdrew — consent
/// to announcements on the channels named, after the cooperative's registration, or objected to a service topic — or
/// withdrew the objection (ADR 0024 amendment): source <c>staff</c>, the
/// staff account, now, and how and on which day the contact said it, through <see cref="PreferenceStore.SetAsync"/> like
/// every other source (the current choice and one proof row per change). A consent on a channel the registry has no
/// address for is refused; a choice that changes nothing is not recorded again. One audit row when something changed.
/// </summary>
internal sealed class ChangeRegistryContactConsentHandler(DbSession db, ISender sender, CurrentUser user, TimeProvider clock, AuditTrail audit)
    : ICommandHandler<ChangeRegistryContactConsentCommand, Result<RegistryContactConsent>>
{
    public async ValueTask<Result<RegistryContactConsent>> Handle(ChangeRegistryContactConsentCommand command, CancellationToken cancellationToken)
    {
        var found = await ContactConsents.ContactForStaffAsync(sender, user, command.CooperativeId, cancellationToken);
        if (found.IsFailure) return found.Error!;
        var contact = found.Value;
        var enabled = command.Enabled!.Value;
        var topic = command.Topic ?? Topics.Announcements;
        // A consent needs an address to be of use; withdrawing an objection only restores the default, address or not.
        if (enabled && topic == Topics.Announcements && command.Channels!.FirstOrDefault(c => !ContactConsents.HasAddress(contact, c)) is { } missing)
        {
            return Error.Invalid("channels", missing == ChannelNames.Email ? "notifications.consent.no_email" : "notifications.consent.no_mobile");
        }
        var before = await ContactConsents.ReadAsync(db, contact, cancellationToken);
        var evidence = new ConsentEvidence(command.Method!, command.GivenOn!.Value);
        var now = clock.GetUtcNow();
        var changed = new List<string>();
        foreach (var channel in command.Channels!)
        {
            if (await PreferenceStore.SetAsync(db, RecipientKinds.Contact, contact.CooperativeId, topic, channel, enabled, ConsentSources.Staff, user.Id, now,
                    cancellationToken, evidence))
            {
                changed.Add(channel);
            }
        }
        var after = await ContactConsents.ReadAsync(db, contact, cancellationToken);
        if (changed.Count > 0)
        {
            object beforeLines = topic == Topics.Announcements
                ? before.Channels.Where(c => changed.Contains(c.Channel)).ToList()
                : before.Objections.Where(o => o.Topic == topic && changed.Contains(o.Channel)).ToList();
            audit.Record("registryContactConsent", contact.CooperativeId, beforeLines,
                new { Topic = topic, Channels = changed, Enabled = enabled, Objected = topic == Topics.Announcements ? (bool?)null : !enabled, Source = ConsentSources.Staff,
                    evidence.Method, evidence.GivenOn });
        }
        return after;
    }
}

internal static class ChangeRegistryContactConsentEndpoint
{
    public static RouteGroupBuilder MapChangeRegistryContactConsent(this RouteGroupBuilder group)
    {
        group.MapPost("/registry-contacts/{cooperativeId:guid}/consent", async Task<Results<Ok<RegistryContactConsent>, ProblemHttpResult>> (Guid cooperativeId,
                ChangeRegistryContactConsentCommand command, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(command with { CooperativeId = cooperativeId }, ct)))
            .WithName("ChangeRegistryContactConsent")
            .WithSummary("Staff of the cooperative's region (or administrators) record that its registry contact gave or withdrew consent to announcements, or objected to a service topic or withdrew the objection, by e-mail or SMS, how and when.")
            .ProducesProblems(400, 401, 403, 404);
        return group;
    }
}

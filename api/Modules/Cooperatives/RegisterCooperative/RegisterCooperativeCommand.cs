using CoopHub.Shared.Localization;
using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using FluentValidation;
using Mediator;

namespace CoopHub.Cooperatives.RegisterCooperative;

/// <summary>The body of POST /cooperatives; also one row of an import.</summary>
internal sealed record RegisterCooperativeCommand : CooperativeFields, ICommand<Result<CooperativeDetails>>
{
    /// <summary>
    /// Set by an import row only (a registration through the API starts active; later changes go
    /// through ChangeCooperativeStatus with a date and a reason).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public CooperativeStatus? Status { get; init; }

    /// <summary>
    /// True when staff record that the registry contact consented to receive announcements (law 09-08; the proof — a
    /// signed form, a call — is theirs to keep): recorded by Notifications with source <c>staff</c> (an import:
    /// <c>registry-import</c>), who and when. Null or false: nothing recorded, the contact hears only about its own affairs.
    /// </summary>
    public bool? ContactConsent { get; init; }
}

internal sealed class RegisterCooperativeValidator : CooperativeFieldsValidator<RegisterCooperativeCommand>
{
    public RegisterCooperativeValidator(ReferenceData reference, TimeProvider clock)
        : base(reference, clock)
    {
        RuleFor(x => x.ContactConsent)
            .Must((x, consent) => consent != true || !string.IsNullOrWhiteSpace(x.Contact?.Email) || !string.IsNullOrWhiteSpace(x.Contact?.Phone))
            .WithText("cooperatives.contact.consent_without_contact");
    }
}

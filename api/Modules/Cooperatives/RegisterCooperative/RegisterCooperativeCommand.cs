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
}

internal sealed class RegisterCooperativeValidator : CooperativeFieldsValidator<RegisterCooperativeCommand>
{
    public RegisterCooperativeValidator(ReferenceData reference, TimeProvider clock)
        : base(reference, clock)
    {
    }
}

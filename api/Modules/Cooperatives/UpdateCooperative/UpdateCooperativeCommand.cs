using System.Text.Json.Serialization;
using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Results;
using Mediator;

namespace CoopHub.Cooperatives.UpdateCooperative;

/// <summary>The body of PUT /cooperatives/{id}: the whole profile; status changes have their own route.</summary>
internal sealed record UpdateCooperativeCommand : CooperativeFields, ICommand<Result<CooperativeDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>From If-Match; null when the client sent <c>*</c>.</summary>
    [JsonIgnore]
    public int? ExpectedVersion { get; init; }
}

internal sealed class UpdateCooperativeValidator : CooperativeFieldsValidator<UpdateCooperativeCommand>
{
    public UpdateCooperativeValidator(ReferenceData reference, TimeProvider clock)
        : base(reference, clock)
    {
    }
}

using System.Text.Json.Serialization;
using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using FluentValidation;
using Mediator;

namespace CoopHub.Cooperatives.ChangeCooperativeStatus;

/// <summary>The body of POST /cooperatives/{id}/status.</summary>
internal sealed record ChangeCooperativeStatusCommand : ICommand<Result<CooperativeDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    /// <summary>From If-Match when sent; the change is then refused if the cooperative moved on.</summary>
    [JsonIgnore]
    public int? ExpectedVersion { get; init; }

    public CooperativeStatus? Status { get; init; }

    /// <summary>The day the new status takes effect (not in the future).</summary>
    public DateOnly? EffectiveOn { get; init; }

    public string? Reason { get; init; }
}

internal sealed class ChangeCooperativeStatusValidator : AbstractValidator<ChangeCooperativeStatusCommand>
{
    public ChangeCooperativeStatusValidator(TimeProvider clock)
    {
        RuleFor(x => x.Status).NotNull().WithMessage("Give the new status: active, dormant, inLiquidation or dissolved.");
        RuleFor(x => x.EffectiveOn)
            .NotNull().WithMessage("Give the date the new status takes effect.")
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The effective date cannot be in the future.")
            .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithMessage("The effective date is before 1900.");
        RuleFor(x => x.Reason)
            .MaximumLength(1000).WithMessage("The reason has at most 1000 characters.")
            .SafeMultilineText()
            .Must((x, reason) => x.Status is not (CooperativeStatus.InLiquidation or CooperativeStatus.Dissolved) || !string.IsNullOrWhiteSpace(reason))
            .WithMessage("Give the reason (for example the general assembly's decision) for a liquidation or dissolution.");
    }
}

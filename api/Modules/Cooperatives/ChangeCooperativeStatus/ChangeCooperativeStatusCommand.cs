using CoopHub.Shared.Localization;
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
        RuleFor(x => x.Status).NotNull().WithText("cooperatives.status_change.status_required");
        RuleFor(x => x.EffectiveOn)
            .NotNull().WithText("cooperatives.status_change.effective_on_required")
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithText("cooperatives.status_change.effective_on_future")
            .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithText("cooperatives.status_change.effective_on_before_1900");
        RuleFor(x => x.Reason)
            .MaximumLength(1000)
            .SafeMultilineText()
            .Must((x, reason) => x.Status is not (CooperativeStatus.InLiquidation or CooperativeStatus.Dissolved) || !string.IsNullOrWhiteSpace(reason))
            .WithText("cooperatives.status_change.reason_required");
    }
}

using FluentValidation;
using Mediator;

namespace CoopHub.Shared.Pipeline;

/// <summary>The one place requests are validated: before any handler runs.</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }
        if (failures.Count > 0)
        {
            throw new RequestValidationException(failures
                .GroupBy(f => f.PropertyName)
                .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray()),
                // Only codes the rules set themselves (dotted, like problem codes), not FluentValidation's validator names.
                failures.Where(f => f.ErrorCode?.Contains('.', StringComparison.Ordinal) == true).GroupBy(f => f.PropertyName)
                    .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorCode).Distinct().ToArray()),
                failures.Select(f => f.ErrorCode).Distinct().ToList() is [{ } code] && code.Contains('.', StringComparison.Ordinal) ? code : "validation");
        }
        return await next(message, cancellationToken);
    }
}

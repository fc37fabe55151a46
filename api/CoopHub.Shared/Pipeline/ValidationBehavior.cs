using CoopHub.Shared.Localization;
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
            // Every failure has a code: the one its rule names (dotted, from the catalogue), else FluentValidation's
            // validator as field.<validator> (field.maximum_length).
            static string CodeOf(FluentValidation.Results.ValidationFailure f)
                => f.ErrorCode?.Contains('.', StringComparison.Ordinal) == true ? f.ErrorCode : ValidationText.FieldCode(f.ErrorCode ?? "Predicate");
            var codes = failures.Select(CodeOf).Distinct().ToList();
            throw new RequestValidationException(
                failures.GroupBy(f => f.PropertyName).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray()),
                failures.GroupBy(f => f.PropertyName).ToDictionary(g => g.Key, g => g.Select(CodeOf).Distinct().ToArray()),
                codes is [{ } code] && !code.StartsWith("field.", StringComparison.Ordinal) ? code : "validation");
        }
        return await next(message, cancellationToken);
    }
}

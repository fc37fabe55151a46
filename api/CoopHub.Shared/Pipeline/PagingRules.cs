using System.Linq.Expressions;
using FluentValidation;

namespace CoopHub.Shared.Pipeline;

/// <summary>The bounds every list shares: pages from 1, page sizes from 1 to 100, searches of at most 200 characters.</summary>
public static class PagingRules
{
    public const int MaxPageSize = 100;

    public const int MaxSearchLength = 200;

    /// <summary>A list's free-text search: at most 200 characters.</summary>
    public static IRuleBuilderOptions<T, string?> SearchText<T>(this IRuleBuilder<T, string?> rule)
        => rule.MaximumLength(MaxSearchLength).WithMessage("Search with at most 200 characters.");

    public static void ApplyPaging<T>(this AbstractValidator<T> validator, Expression<Func<T, int?>> page, Expression<Func<T, int?>> pageSize)
    {
        validator.RuleFor(page).GreaterThanOrEqualTo(1).WithMessage("Pages start at 1.");
        validator.RuleFor(pageSize).InclusiveBetween(1, MaxPageSize).WithMessage("The page size is between 1 and 100.");
    }
}

using System.Linq.Expressions;
using CoopHub.Shared.Localization;
using FluentValidation;

namespace CoopHub.Shared.Pipeline;

/// <summary>The bounds every list shares: pages from 1, page sizes from 1 to 100, searches of at most 200 characters.</summary>
public static class PagingRules
{
    public const int MaxPageSize = 100;

    public const int MaxSearchLength = 200;

    /// <summary>A list's free-text search: at most 200 characters.</summary>
    public static IRuleBuilderOptions<T, string?> SearchText<T>(this IRuleBuilder<T, string?> rule)
        => rule.MaximumLength(MaxSearchLength).WithText("paging.search_too_long");

    public static void ApplyPaging<T>(this AbstractValidator<T> validator, Expression<Func<T, int?>> page, Expression<Func<T, int?>> pageSize)
    {
        validator.RuleFor(page).GreaterThanOrEqualTo(1).WithText("paging.page_from_one");
        validator.RuleFor(pageSize).InclusiveBetween(1, MaxPageSize).WithText("paging.page_size_range");
    }
}

using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Reference;
using FluentValidation;
using Mediator;

namespace CoopHub.Cooperatives.ListCooperatives;

internal sealed record ListCooperativesQuery : CooperativeFilter, IQuery<CooperativePage>
{
    public static readonly string[] Sorts = ["name", "-name", "foundedOn", "-foundedOn", "members", "-members", "registrationNumber"];

    /// <summary>name, -name, foundedOn, -foundedOn, members, -members, registrationNumber. Default: relevance when searching, else name.</summary>
    public string? Sort { get; init; }

    /// <summary>From 1.</summary>
    public int? Page { get; init; }

    /// <summary>From 1 to 100; default 20.</summary>
    public int? PageSize { get; init; }
}

internal sealed class ListCooperativesValidator : CooperativeFilterValidator<ListCooperativesQuery>
{
    public ListCooperativesValidator(ReferenceData reference)
        : base(reference)
    {
        RuleFor(x => x.Sort).Must(s => s is null || ListCooperativesQuery.Sorts.Contains(s))
            .WithMessage($"Sort by one of: {string.Join(", ", ListCooperativesQuery.Sorts)}.");
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1).WithMessage("Pages start at 1.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100).WithMessage("The page size is between 1 and 100.");
    }
}

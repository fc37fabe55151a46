using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Localization;
using CoopHub.Shared.Reference;
using CoopHub.Shared.Pipeline;
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
            .WithText("cooperatives.list.unknown_sort");
        this.ApplyPaging(x => x.Page, x => x.PageSize);
    }
}

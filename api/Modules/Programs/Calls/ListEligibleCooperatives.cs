using CoopHub.Contracts.Cooperatives;
using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Programs.Calls;

internal sealed record EligibleCooperative(Guid Id, string RegistrationNumber, string? NameAr, string? NameFr, string RegionCode, string ProvinceCode,
    IReadOnlyList<string> Sectors, int MembersTotal, bool WomenLed, DateOnly? FoundedOn);

internal sealed record EligibleCooperativePage(IReadOnlyList<EligibleCooperative> Items, int Page, int PageSize, int Total);

internal sealed record ListEligibleCooperativesQuery : IQuery<Result<EligibleCooperativePage>>
{
    public Guid CallId { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }
}

internal sealed class ListEligibleCooperativesValidator : AbstractValidator<ListEligibleCooperativesQuery>
{
    public ListEligibleCooperativesValidator() => this.ApplyPaging(x => x.Page, x => x.PageSize);
}

internal sealed class ListEligibleCooperativesAuthorizer : IAuthorizer<ListEligibleCooperativesQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(ListEligibleCooperativesQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(ProgramAccess.Staff(user, "list_invitable"));
}

/// <summary>
/// Registry cooperatives meeting every rule of the call that have not applied to it: whom staff running the
/// program can invite. The registry filters through the Cooperatives contract; awards and applications are counted here.
/// </summary>
internal sealed class ListEligibleCooperativesHandler(DbSession db, ISender sender, TimeProvider clock, CurrentUser user)
    : IQueryHandler<ListEligibleCooperativesQuery, Result<EligibleCooperativePage>>
{
    public async ValueTask<Result<EligibleCooperativePage>> Handle(ListEligibleCooperativesQuery query, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, query.CallId, cancellationToken);
        if (call is null) return ProgramStore.CallNotFound(query.CallId);
        if (ProgramAccess.Forbid(user, call.ProgramRegionList, "list_invitable") is { } forbidden) return forbidden;
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var eligible = await Eligibility.EligibleCooperativesAsync(db, sender, call, Casablanca.Today(clock), cancellationToken);
        return new EligibleCooperativePage(eligible.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new EligibleCooperative(c.Id, c.RegistrationNumber, c.NameAr, c.NameFr, c.RegionCode, c.ProvinceCode, c.Sectors, c.MembersTotal, c.WomenLed, c.FoundedOn))
            .ToList(), page, pageSize, eligible.Count);
    }
}

internal static class ListEligibleCooperativesEndpoint
{
    public static RouteGroupBuilder MapListEligibleCooperatives(this RouteGroupBuilder calls)
    {
        calls.MapGet("/{id:guid}/eligible-cooperatives", async Task<Results<Ok<EligibleCooperativePage>, ProblemHttpResult>> (
                Guid id, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListEligibleCooperativesQuery { CallId = id, Page = page, PageSize = pageSize }, ct)))
            .WithName("ListEligibleCooperatives")
            .RequireAuthorization()
            .WithSummary("Registry cooperatives meeting every rule of the call that have not applied: whom to invite.")
            .ProducesProblems(400, 401, 403, 404);
        return calls;
    }
}

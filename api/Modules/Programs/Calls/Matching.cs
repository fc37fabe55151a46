using CoopHub.Contracts.Cooperatives;
using CoopHub.Programs.Model;
using CoopHub.Programs.Reviews;
using CoopHub.Shared.Data;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Time;
using FluentValidation;
using Mediator;

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

internal sealed class ListEligibleCooperativesAuthorizer(DbSession db) : IAuthorizer<ListEligibleCooperativesQuery>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(ListEligibleCooperativesQuery message, CurrentUser user, CancellationToken cancellationToken)
        => await CallStaff.CheckAsync(db, user, message.CallId, "list the cooperatives to invite", cancellationToken);
}

/// <summary>
/// Registry cooperatives meeting every rule of the call that have not applied to it: whom staff can
/// invite. The registry filters through the Cooperatives contract; awards and applications are counted here.
/// </summary>
internal sealed class ListEligibleCooperativesHandler(DbSession db, ISender sender, TimeProvider clock)
    : IQueryHandler<ListEligibleCooperativesQuery, Result<EligibleCooperativePage>>
{
    public async ValueTask<Result<EligibleCooperativePage>> Handle(ListEligibleCooperativesQuery query, CancellationToken cancellationToken)
    {
        var call = await ProgramStore.FindCallAsync(db, query.CallId, cancellationToken);
        if (call is null) return ProgramStore.CallNotFound(query.CallId);
        var page = query.Page ?? 1;
        var pageSize = query.PageSize ?? 20;
        var rules = call.RuleSet;
        var candidates = await sender.Send(new ListMatchingCooperatives(Eligibility.ToCriteria(rules, Casablanca.Today(clock))), cancellationToken);
        var applied = (await db.QueryAsync<Guid>("SELECT cooperative_id FROM prog_applications WHERE call_id = @Id", new { call.Id }, cancellationToken)).ToHashSet();
        var overAwarded = new HashSet<Guid>();
        if (rules.MaxPreviousAwards is { } max)
        {
            overAwarded = (await db.QueryAsync<Guid>($"""
                SELECT cooperative_id FROM prog_applications WHERE call_id <> @Id AND status IN {ApplicationFlow.AwardedSql}
                GROUP BY cooperative_id HAVING COUNT(*) > @Max
                """, new { call.Id, Max = max }, cancellationToken)).ToHashSet();
        }
        var eligible = candidates.Where(c => !applied.Contains(c.Id) && !overAwarded.Contains(c.Id)).ToList();
        return new EligibleCooperativePage(eligible.Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new EligibleCooperative(c.Id, c.RegistrationNumber, c.NameAr, c.NameFr, c.RegionCode, c.ProvinceCode, c.Sectors, c.MembersTotal, c.WomenLed, c.FoundedOn))
            .ToList(), page, pageSize, eligible.Count);
    }
}

/// <summary>An open call seen from one cooperative: whether it may apply, why not, and its application if it has one (shown to its manager and staff).</summary>
internal sealed record OpenCallForCooperative(CallDetails Call, bool Eligible, IReadOnlyList<EligibilityFailure> Failures, Guid? ApplicationId, ApplicationStatus? ApplicationStatus);

internal sealed record ListOpenCallsForCooperativeQuery(Guid CooperativeId) : IQuery<Result<IReadOnlyList<OpenCallForCooperative>>>;

internal sealed class ListOpenCallsForCooperativeHandler(DbSession db, ISender sender, TimeProvider clock, CurrentUser user)
    : IQueryHandler<ListOpenCallsForCooperativeQuery, Result<IReadOnlyList<OpenCallForCooperative>>>
{
    public async ValueTask<Result<IReadOnlyList<OpenCallForCooperative>>> Handle(ListOpenCallsForCooperativeQuery query, CancellationToken cancellationToken)
    {
        var coop = await sender.Send(new GetCooperativeSummary(query.CooperativeId), cancellationToken);
        if (coop is null) return Error.NotFound("cooperative.not_found", $"No cooperative has id {query.CooperativeId}.");
        var now = clock.GetUtcNow();
        var today = Casablanca.Today(clock);
        var calls = (await db.QueryAsync<CallRow>($"SELECT {CallRow.Columns} {CallRow.From} WHERE c.status = 'published' ORDER BY c.closes_at, c.id", null, cancellationToken))
            .Where(c => c.IsOpenAt(now)).ToList();
        var applications = (await db.QueryAsync<ApplicationRow>($"SELECT {ApplicationRow.Columns} FROM prog_applications a WHERE a.cooperative_id = @Id", new { coop.Id }, cancellationToken))
            .ToDictionary(a => a.CallId);
        var result = new List<OpenCallForCooperative>();
        foreach (var call in calls)
        {
            var failures = Eligibility.Evaluate(call.RuleSet, coop, await Eligibility.PreviousAwardsAsync(db, coop.Id, call.Id, cancellationToken), today);
            var application = applications.GetValueOrDefault(call.Id);
            var showApplication = application is not null && ProgramAccess.CanActForApplicant(user, coop.Id, coop.RegionCode, call.ProgramRegionList);
            result.Add(new OpenCallForCooperative(call.ToDetails(now), failures.Count == 0, failures,
                showApplication ? application!.Id : null, showApplication ? application!.StatusValue : null));
        }
        return result;
    }
}

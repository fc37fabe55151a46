using CoopHub.Programs.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Programs.Support;

internal sealed record ApplicationSupport(IReadOnlyList<SupportRecord> Support, IReadOnlyList<OutcomeRecord> Outcomes);

internal sealed record GetApplicationSupportQuery(Guid ApplicationId) : IQuery<Result<ApplicationSupport>>;

internal sealed class GetApplicationSupportAuthorizer : IAuthorizer<GetApplicationSupportQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetApplicationSupportQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>Support delivered and outcomes measured, for those who may see the application.</summary>

internal sealed class GetApplicationSupportHandler(DbSession db, CurrentUser user) : IQueryHandler<GetApplicationSupportQuery, Result<ApplicationSupport>>
{
    public async ValueTask<Result<ApplicationSupport>> Handle(GetApplicationSupportQuery query, CancellationToken cancellationToken)
    {
        if (await ProgramStore.FindApplicationInCallAsync(db, query.ApplicationId, cancellationToken) is not { } loaded) return ProgramStore.ApplicationNotFound(query.ApplicationId);
        if (await ApplicationAccess.ForViewerAsync(db, user, loaded, cancellationToken) is { } forbidden) return forbidden;
        var support = await db.QueryAsync<SupportRow>("""
            SELECT id AS Id, application_id AS ApplicationId, axis AS Axis, kind AS Kind, amount AS Amount, delivered_on AS DeliveredOn, description AS Description
            FROM prog_support WHERE application_id = @Id ORDER BY delivered_on, id
            """, new { Id = query.ApplicationId }, cancellationToken);
        var outcomes = await db.QueryAsync<OutcomeRecordRow>("""
            SELECT id AS Id, application_id AS ApplicationId, indicator AS Indicator, value AS Value, measured_on AS MeasuredOn, note AS Note
            FROM prog_outcomes WHERE application_id = @Id ORDER BY measured_on, indicator
            """, new { Id = query.ApplicationId }, cancellationToken);
        return new ApplicationSupport(
            support.Select(s => new SupportRecord(s.Id, s.ApplicationId, s.Axis, ApiJson.Parse<SupportKind>(s.Kind), s.Amount, s.DeliveredOn, s.Description)).ToList(),
            outcomes.Select(o => new OutcomeRecord(o.Id, o.ApplicationId, o.Indicator, o.Value, o.MeasuredOn, o.Note)).ToList());
    }

    private sealed class SupportRow
    {
        public Guid Id { get; set; }
        public Guid ApplicationId { get; set; }
        public string Axis { get; set; } = "";
        public string Kind { get; set; } = "";
        public decimal? Amount { get; set; }
        public DateOnly DeliveredOn { get; set; }
        public string? Description { get; set; }
    }

    private sealed class OutcomeRecordRow
    {
        public Guid Id { get; set; }
        public Guid ApplicationId { get; set; }
        public string Indicator { get; set; } = "";
        public decimal Value { get; set; }
        public DateOnly MeasuredOn { get; set; }
        public string? Note { get; set; }
    }
}

internal static class GetApplicationSupportEndpoint
{
    public static RouteGroupBuilder MapGetApplicationSupport(this RouteGroupBuilder applications)
    {
        applications.MapGet("/{id:guid}/support", async Task<Results<Ok<ApplicationSupport>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new GetApplicationSupportQuery(id), ct)))
            .WithName("GetApplicationSupport")
            .RequireAuthorization()
            .WithSummary("Support delivered to the beneficiary and outcomes measured.")
            .ProducesProblems(401, 403, 404);
        return applications;
    }
}

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

namespace CoopHub.Programs.Applications;

internal sealed record GetApplicationQuery(Guid Id) : IQuery<Result<ApplicationDetails>>;

internal sealed class GetApplicationAuthorizer : IAuthorizer<GetApplicationQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetApplicationQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(Require.SignedIn(user));
}

/// <summary>The applicant side, staff of its region or program, and the call's reviewers once it is under review (403 for others).</summary>
internal sealed class GetApplicationHandler(DbSession db, CurrentUser user) : IQueryHandler<GetApplicationQuery, Result<ApplicationDetails>>
{
    public async ValueTask<Result<ApplicationDetails>> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        if (await ProgramStore.FindApplicationInCallAsync(db, query.Id, cancellationToken) is not { } loaded) return ProgramStore.ApplicationNotFound(query.Id);
        if (await ApplicationAccess.ForViewerAsync(db, user, loaded, cancellationToken) is { } forbidden) return forbidden;
        return loaded.Application.ToDetails();
    }
}

internal static class GetApplicationEndpoint
{
    public static RouteGroupBuilder MapGetApplication(this RouteGroupBuilder applications)
    {
        applications.MapGet("/{id:guid}", async Task<Results<Ok<ApplicationDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetApplicationQuery(id), ct)).OkWithETag(response, a => a.Version))
            .WithName("GetApplication")
            .RequireAuthorization()
            .WithSummary("One application with its eligibility reasons.")
            .ProducesProblems(401, 403, 404);
        return applications;
    }
}

using CoopHub.Identity.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.GetUser;

internal sealed record GetUserQuery(Guid Id) : IQuery<Result<UserDetails>>;

internal sealed class GetUserAuthorizer : IAuthorizer<GetUserQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetUserQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsUser && user.Id == message.Id ? null : Require.Admin(user));
}

internal sealed class GetUserHandler(DbSession db) : IQueryHandler<GetUserQuery, Result<UserDetails>>
{
    public async ValueTask<Result<UserDetails>> Handle(GetUserQuery query, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM idn_users WHERE id = @Id", new { query.Id }, cancellationToken);
        return row is null ? NotFound() : row.ToDetails();
    }

    public static Error NotFound() => Error.NotFound("user.not_found");
}

internal static class GetUserEndpoint
{
    public static RouteGroupBuilder MapGetUser(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}", async Task<Results<Ok<UserDetails>, ProblemHttpResult>> (Guid id, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(new GetUserQuery(id), ct)).OkWithETag(response, user => user.Version))
            .WithName("GetUser")
            .WithSummary("One account (administrators, or the user themself).")
            .ProducesProblems(401, 403, 404);
        return group;
    }
}

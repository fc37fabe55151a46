using CoopHub.Identity.Model;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Identity.CreateUser;

internal static class CreateUserEndpoint
{
    public static RouteGroupBuilder MapCreateUser(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Results<Created<UserDetails>, ProblemHttpResult>> (CreateUserCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
                (await sender.Send(command, ct)).CreatedWithETag(response, user => IdentityRoutes.User(user.Id), user => user.Version))
            .WithName("CreateUser")
            .WithSummary("Creates an account (administrators).")
            .ProducesProblems(400, 401, 403, 409);
        return group;
    }
}

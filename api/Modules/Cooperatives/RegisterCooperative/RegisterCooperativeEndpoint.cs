using CoopHub.Cooperatives.Model;
using CoopHub.Shared.Http;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Cooperatives.RegisterCooperative;

internal static class RegisterCooperativeEndpoint
{
    public static RouteGroupBuilder MapRegisterCooperative(this RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Results<Created<CooperativeDetails>, ProblemHttpResult>> (
                RegisterCooperativeCommand command, ISender sender, HttpResponse response, CancellationToken ct) =>
            (await sender.Send(command, ct)).CreatedWithETag(response, created => CooperativesRoutes.ById(created.Id), created => created.Version))
            .WithName("RegisterCooperative")
            .RequireAuthorization()
            .WithSummary("Registers a cooperative; the registration number must be new.")
            .ProducesProblems(400, 409, 413);
        return group;
    }
}

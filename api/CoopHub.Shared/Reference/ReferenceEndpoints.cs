using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Shared.Reference;

public static class ReferenceEndpoints
{
    public const string Route = "/reference";

    public static RouteGroupBuilder MapReference(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(Route).WithTags("Reference");
        group.MapGet("/regions", (ReferenceData data) => TypedResults.Ok(data.Regions))
            .WithName("ListRegions").WithSummary("The 12 regions, each with its prefectures and provinces.");
        group.MapGet("/sectors", (ReferenceData data) => TypedResults.Ok(data.Sectors))
            .WithName("ListSectors").WithSummary("Sectors of cooperative activity.");
        group.MapGet("/legal-forms", (ReferenceData data) => TypedResults.Ok(data.LegalForms))
            .WithName("ListLegalForms").WithSummary("Legal forms a registered organisation may take.");
        return api;
    }
}

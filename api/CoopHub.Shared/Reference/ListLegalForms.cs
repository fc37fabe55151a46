using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Shared.Reference;

internal static class ListLegalFormsEndpoint
{
    public static RouteGroupBuilder MapListLegalForms(this RouteGroupBuilder group)
    {
        group.MapGet("/legal-forms", (ReferenceData data) => TypedResults.Ok(data.LegalForms))
            .WithName("ListLegalForms").WithSummary("Legal forms a registered organisation may take.");
        return group;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Shared.Reference;

/// <summary>The reference data every module validates against, public and cacheable (ADR 0007).</summary>
public static class ReferenceEndpoints
{
    public const string Route = "/reference";

    public static RouteGroupBuilder MapReference(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(Route).WithTags("Reference");
        group.MapListRegions().MapListSectors().MapListLegalForms();
        return api;
    }
}

namespace CoopHub.Shared.Http;

/// <summary>The API's version prefix; module <c>…Routes</c> files build their paths on it, so no path spells it again.</summary>
public static class ApiRoutes
{
    public const string V1 = "/api/v1";
}

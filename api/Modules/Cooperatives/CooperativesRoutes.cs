namespace CoopHub.Cooperatives;

/// <summary>Routes of the module, reused by the tests.</summary>
internal static class CooperativesRoutes
{
    public const string Prefix = "/cooperatives";
    public const string Base = CoopHub.Shared.Http.ApiRoutes.V1 + Prefix;

    public static string ById(Guid id) => $"{Base}/{id}";
}

namespace CoopHub.Identity;

/// <summary>Routes of the module, reused by the tests.</summary>
internal static class IdentityRoutes
{
    public const string Users = CoopHub.Shared.Http.ApiRoutes.V1 + "/users";
    public const string ApiKeys = CoopHub.Shared.Http.ApiRoutes.V1 + "/api-keys";

    public static string User(Guid id) => $"{Users}/{id}";

    public static string ApiKey(Guid id) => $"{ApiKeys}/{id}";
}

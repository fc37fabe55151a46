using CoopHub.Shared.Http;

namespace CoopHub.Documents;

/// <summary>Routes of the module, reused by Created answers and the tests.</summary>
internal static class DocumentsRoutes
{
    public const string Prefix = "/documents";
    public const string Base = ApiRoutes.V1 + Prefix;

    /// <summary>A cooperative's vault hangs under the registry's path, as the SPA shows it on the cooperative's page.</summary>
    public const string CooperativesPrefix = "/cooperatives";

    public static string ById(Guid id) => $"{Base}/{id}";

    public static string Content(Guid id) => $"{ById(id)}/content";

    public static string Thumbnail(Guid id) => $"{ById(id)}/thumbnail";

    public static string OfCooperative(Guid cooperativeId) => $"{ApiRoutes.V1}{CooperativesPrefix}/{cooperativeId}/documents";
}

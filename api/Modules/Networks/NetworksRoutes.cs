using CoopHub.Shared.Http;

namespace CoopHub.Networks;

/// <summary>Routes of the module, reused by Created answers and the tests.</summary>
internal static class NetworksRoutes
{
    public const string OrganisationsPrefix = "/organisations";
    public const string NetworksPrefix = "/networks";
    public const string Organisations = ApiRoutes.V1 + OrganisationsPrefix;
    public const string Networks = ApiRoutes.V1 + NetworksPrefix;

    public static string Organisation(Guid id) => $"{Organisations}/{id}";

    public static string Network(Guid id) => $"{Networks}/{id}";

    public static string Members(Guid networkId) => $"{Network(networkId)}/members";

    public static string Member(Guid networkId, Guid membershipId) => $"{Members(networkId)}/{membershipId}";

    public static string Bodies(Guid networkId) => $"{Network(networkId)}/bodies";

    public static string Body(Guid networkId, Guid bodyId) => $"{Bodies(networkId)}/{bodyId}";

    public static string Mandates(Guid networkId, Guid bodyId) => $"{Body(networkId, bodyId)}/mandates";

    public static string Mandate(Guid networkId, Guid mandateId) => $"{Network(networkId)}/mandates/{mandateId}";

    public static string Projects(Guid networkId) => $"{Network(networkId)}/projects";

    public static string Project(Guid networkId, Guid projectId) => $"{Projects(networkId)}/{projectId}";

    public static string Assessment(Guid networkId, Guid projectId, Guid assessmentId) => $"{Project(networkId, projectId)}/assessments/{assessmentId}";

    public static string Impact(Guid networkId) => $"{Network(networkId)}/impact";
}

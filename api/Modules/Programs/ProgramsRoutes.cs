using CoopHub.Shared.Http;

namespace CoopHub.Programs;

/// <summary>Routes of the module, reused by Created answers and the tests.</summary>
internal static class ProgramsRoutes
{
    public const string ProgramsPrefix = "/programs";
    public const string CallsPrefix = "/calls";
    public const string ApplicationsPrefix = "/applications";

    public const string Programs = ApiRoutes.V1 + ProgramsPrefix;
    public const string Calls = ApiRoutes.V1 + CallsPrefix;
    public const string Applications = ApiRoutes.V1 + ApplicationsPrefix;
    public const string ReviewQueue = ApiRoutes.V1 + "/reviews/queue";

    public static string Program(Guid id) => $"{Programs}/{id}";

    public static string Call(Guid id) => $"{Calls}/{id}";

    public static string CallReviewer(Guid callId, Guid reviewerId) => $"{Calls}/{callId}/reviewers/{reviewerId}";

    public static string Application(Guid id) => $"{Applications}/{id}";

    /// <summary>Where an application's support and outcomes are read (they have no URL of their own).</summary>
    public static string ApplicationSupport(Guid applicationId) => $"{Applications}/{applicationId}/support";

    public static string OpenCallsForCooperative(Guid cooperativeId) => $"{ApiRoutes.V1}/cooperatives/{cooperativeId}/open-calls";
}

using CoopHub.Shared.Results;

namespace CoopHub.Networks.Model;

/// <summary>The module's not-found answers, one code per kind of record, so clients can tell which id was wrong.</summary>
internal static class NetworkErrors
{
    public static Error NetworkNotFound() => Error.NotFound("network.not_found");

    public static Error OrganisationNotFound() => Error.NotFound("organisation.not_found");

    public static Error MembershipNotFound() => Error.NotFound("network.member_not_found");

    public static Error BodyNotFound() => Error.NotFound("network.body_not_found");

    public static Error MandateNotFound() => Error.NotFound("network.mandate_not_found");

    public static Error ProjectNotFound() => Error.NotFound("network.project_not_found");
}

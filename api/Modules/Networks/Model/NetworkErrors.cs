using CoopHub.Shared.Results;

namespace CoopHub.Networks.Model;

/// <summary>The module's not-found answers, one code per kind of record, so clients can tell which id was wrong.</summary>
internal static class NetworkErrors
{
    public static Error NetworkNotFound(Guid id) => Error.NotFoundUntranslated("network.not_found", $"No network has id {id}.");

    public static Error OrganisationNotFound(Guid id) => Error.NotFoundUntranslated("organisation.not_found", $"No organisation has id {id}.");

    public static Error MembershipNotFound(Guid membershipId) => Error.NotFoundUntranslated("network.member_not_found", $"No membership {membershipId} in this network.");

    public static Error BodyNotFound(Guid networkId, Guid bodyId) => Error.NotFoundUntranslated("network.body_not_found", $"No body {bodyId} in network {networkId}.");

    public static Error MandateNotFound(Guid networkId, Guid mandateId) => Error.NotFoundUntranslated("network.mandate_not_found", $"No mandate {mandateId} in network {networkId}.");

    public static Error ProjectNotFound(Guid networkId, Guid projectId) => Error.NotFoundUntranslated("network.project_not_found", $"No project {projectId} in network {networkId}.");
}

using CoopHub.Notifications.Model;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Notifications.Preferences;

internal sealed record GetRegistryContactConsentQuery(Guid CooperativeId) : IQuery<Result<RegistryContactConsent>>;

internal sealed class GetRegistryContactConsentAuthorizer : IAuthorizer<GetRegistryContactConsentQuery>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(GetRegistryContactConsentQuery message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(user.IsStaff ? null : AccessDenied.For(user, "auth.staff_only"));
}

/// <summary>Staff of the cooperative's region (and administrators) read its registry contact's consent to announcements, per channel, with its proof.</summary>
internal sealed class GetRegistryContactConsentHandler(DbSession db, ISender sender, CurrentUser user)
    : IQueryHandler<GetRegistryContactConsentQuery, Result<RegistryContactConsent>>
{
    public async ValueTask<Result<RegistryContactConsent>> Handle(GetRegistryContactConsentQuery query, CancellationToken cancellationToken)
    {
        var contact = await ContactConsents.ContactForStaffAsync(sender, user, query.CooperativeId, cancellationToken);
        if (contact.IsFailure) return contact.Error!;
        return await ContactConsents.ReadAsync(db, contact.Value, cancellationToken);
    }
}

internal static class GetRegistryContactConsentEndpoint
{
    public static RouteGroupBuilder MapGetRegistryContactConsent(this RouteGroupBuilder group)
    {
        group.MapGet("/registry-contacts/{cooperativeId:guid}/consent", async Task<Results<Ok<RegistryContactConsent>, ProblemHttpResult>> (Guid cooperativeId, ISender sender,
                CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(new GetRegistryContactConsentQuery(cooperativeId), ct)))
            .WithName("GetRegistryContactConsent")
            .WithSummary("A cooperative's registry contact's consent to announcements, per channel, with how, when and by whom it was recorded (staff of its region, administrators).")
            .ProducesProblems(401, 403, 404);
        return group;
    }
}

using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Contracts.Networks;
using CoopHub.Networks.Model;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Outbox;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Networks.Members;

internal sealed record EndNetworkMembershipCommand : ICommand<Result<NetworkMember>>
{
    [JsonIgnore]
    public Guid NetworkId { get; init; }

    [JsonIgnore]
    public Guid MembershipId { get; init; }

    public DateOnly? LeftOn { get; init; }

    public string? Reason { get; init; }
}

internal sealed class EndNetworkMembershipValidator : AbstractValidator<EndNetworkMembershipCommand>
{
    public EndNetworkMembershipValidator(TimeProvider clock)
    {
        RuleFor(x => x.LeftOn).NotNull().WithText("networks.left_on_required")
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithText("networks.left_in_future");
        RuleFor(x => x.Reason).SafeMultilineText().NotEmpty().WithText("networks.leave_reason_required").MaximumLength(1000);
    }
}

internal sealed class EndNetworkMembershipAuthorizer : IAuthorizer<EndNetworkMembershipCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(EndNetworkMembershipCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(NetworkAccess.MayManageNetworks(user));
}

internal sealed class EndNetworkMembershipHandler(DbSession db, AuditTrail audit, DomainEvents events, TimeProvider clock, CurrentUser user)
    : ICommandHandler<EndNetworkMembershipCommand, Result<NetworkMember>>
{
    public async ValueTask<Result<NetworkMember>> Handle(EndNetworkMembershipCommand command, CancellationToken cancellationToken)
    {
        var notFound = NetworkErrors.MembershipNotFound();
        var loaded = await NetworkAccess.LoadToManageAsync(db, user, command.NetworkId, notFound, cancellationToken);
        if (loaded.Error is { } refused) return refused;
        var row = await MemberRow.FindAsync(db, command.NetworkId, command.MembershipId, cancellationToken);
        if (row is null) return notFound;
        if (row.LeftOn is not null) return Error.Conflict("network.member_already_left", ("leftOn", row.LeftOn));
        if (command.LeftOn < row.JoinedOn) return Error.Invalid("leftOn", "networks.left_before_joining", ("joinedOn", row.JoinedOn));
        var before = row.ToApi();
        var reason = command.Reason!.Trim();
        await MembershipEnd.EndAsync(db, [row.Id], command.LeftOn!.Value, null, reason, cancellationToken);
        row.LeftOn = command.LeftOn;
        row.LeaveReason = reason;
        var after = row.ToApi();
        audit.Record("networkMember", row.Id, before, after);
        events.Raise(new NetworkMembershipChanged(command.NetworkId, row.MemberType, row.MemberId, "left", row.LeftOn.Value, row.LeaveReason));
        await Outbox.WriteAsync(db, new NetworkMembershipChangedEvent(command.NetworkId, row.MemberType, row.MemberId, "left", row.LeftOn.Value, row.LeaveReason),
            clock.GetUtcNow(), cancellationToken);
        return after;
    }
}

internal static class EndNetworkMembershipEndpoint
{
    public static RouteGroupBuilder MapEndNetworkMembership(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/members/{membershipId:guid}/leave", async Task<Results<Ok<NetworkMember>, ProblemHttpResult>> (
                Guid id, Guid membershipId, EndNetworkMembershipCommand command, ISender sender, CancellationToken ct) =>
                EndpointResults.Ok(await sender.Send(command with { NetworkId = id, MembershipId = membershipId }, ct)))
            .WithName("EndNetworkMembership")
            .RequireAuthorization()
            .WithSummary("Records that a member left, with the date and reason; its mandates end that day.")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}

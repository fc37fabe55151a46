using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Contracts.Cooperatives;
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

internal sealed record AddNetworkMemberCommand : ICommand<Result<NetworkMember>>
{
    [JsonIgnore]
    public Guid NetworkId { get; init; }

    /// <summary>cooperative or organisation.</summary>
    public MemberType? MemberType { get; init; }

    /// <summary>The cooperative's or organisation's id.</summary>
    public Guid? MemberId { get; init; }

    public DateOnly? JoinedOn { get; init; }
}

internal sealed class AddNetworkMemberValidator : AbstractValidator<AddNetworkMemberCommand>
{
    public AddNetworkMemberValidator(TimeProvider clock)
    {
        RuleFor(x => x.MemberType).NotNull().WithText("networks.member_type_required");
        RuleFor(x => x.MemberId).NotNull().WithText("networks.member_required");
        RuleFor(x => x.JoinedOn).NotNull().WithText("networks.joined_on_required")
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithText("networks.joined_in_future")
            .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithText("networks.joined_before_1900");
    }
}

internal sealed class AddNetworkMemberAuthorizer : IAuthorizer<AddNetworkMemberCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(AddNetworkMemberCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(NetworkAccess.MayManageNetworks(user));
}

internal sealed class AddNetworkMemberHandler(DbSession db, ISender sender, AuditTrail audit, DomainEvents events, TimeProvider clock, CurrentUser user)
    : ICommandHandler<AddNetworkMemberCommand, Result<NetworkMember>>
{
    public async ValueTask<Result<NetworkMember>> Handle(AddNetworkMemberCommand command, CancellationToken cancellationToken)
    {
        var loaded = await NetworkAccess.LoadToManageAsync(db, user, command.NetworkId, NetworkErrors.NetworkNotFound(), cancellationToken);
        if (loaded.Error is { } refused) return refused;
        var memberId = command.MemberId!.Value;
        string? nameAr, nameFr;
        if (command.MemberType == MemberType.Cooperative)
        {
            var cooperative = await sender.Send(new GetCooperativeSummary(memberId), cancellationToken);
            if (cooperative is null) return Error.Invalid("memberId", "networks.member_unknown_cooperative");
            if (cooperative.Status == "dissolved") return Error.Conflict("network.member_dissolved");
            (nameAr, nameFr) = (cooperative.NameAr, cooperative.NameFr);
        }
        else
        {
            var organisation = await OrganisationRow.FindAsync(db, memberId, cancellationToken);
            if (organisation is null) return Error.Invalid("memberId", "networks.member_unknown_organisation");
            (nameAr, nameFr) = (organisation.NameAr, organisation.NameFr ?? organisation.NameEn);
        }
        var type = ApiJson.Api(command.MemberType!.Value);
        var already = await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM net_members WHERE network_id = @NetworkId AND member_type = @Type AND member_id = @MemberId AND left_on IS NULL",
            new { command.NetworkId, Type = type, MemberId = memberId }, cancellationToken);
        if (already > 0) return Error.Conflict("network.already_member");

        var row = new MemberRow
        {
            Id = Guid.NewGuid(), NetworkId = command.NetworkId, MemberType = type, MemberId = memberId,
            NameAr = nameAr, NameFr = nameFr, JoinedOn = command.JoinedOn!.Value,
        };
        await db.ExecuteAsync("""
            INSERT INTO net_members (id, network_id, member_type, member_id, name_ar, name_fr, joined_on, left_on, leave_reason, created_at)
            VALUES (@Id, @NetworkId, @MemberType, @MemberId, @NameAr, @NameFr, @JoinedOn, NULL, NULL, @CreatedAt)
            """, new { row.Id, row.NetworkId, row.MemberType, row.MemberId, row.NameAr, row.NameFr, row.JoinedOn, CreatedAt = clock.GetUtcNow() }, cancellationToken);
        var member = row.ToApi();
        audit.Record("networkMember", row.Id, null, member);
        events.Raise(new NetworkMembershipChanged(command.NetworkId, type, memberId, "joined", row.JoinedOn, null));
        await Outbox.WriteAsync(db, new NetworkMembershipChangedEvent(command.NetworkId, type, memberId, "joined", row.JoinedOn, null), clock.GetUtcNow(), cancellationToken);
        return member;
    }
}

internal static class AddNetworkMemberEndpoint
{
    public static RouteGroupBuilder MapAddNetworkMember(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/members", async Task<Results<Created<NetworkMember>, ProblemHttpResult>> (Guid id, AddNetworkMemberCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { NetworkId = id }, ct)).ToCreated(member => NetworksRoutes.Member(id, member.Id)))
            .WithName("AddNetworkMember")
            .RequireAuthorization()
            .WithSummary("Adds a cooperative or an organisation to a network.")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}

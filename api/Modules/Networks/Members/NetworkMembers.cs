using System.Text.Json.Serialization;
using CoopHub.Contracts.Cooperatives;
using CoopHub.Contracts.Networks;
using CoopHub.Networks.Model;
using CoopHub.Networks.Networks;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Networks.Members;

internal sealed record ListNetworkMembersQuery(Guid NetworkId, bool CurrentOnly) : IQuery<Result<IReadOnlyList<NetworkMember>>>;

internal sealed class ListNetworkMembersHandler(DbSession db) : IQueryHandler<ListNetworkMembersQuery, Result<IReadOnlyList<NetworkMember>>>
{
    public async ValueTask<Result<IReadOnlyList<NetworkMember>>> Handle(ListNetworkMembersQuery query, CancellationToken cancellationToken)
    {
        if (await NetworkQueries.FindAsync(db, query.NetworkId, cancellationToken) is null) return NetworkAccess.NetworkNotFound(query.NetworkId);
        var rows = await db.QueryAsync<MemberRow>($"""
            SELECT {MemberRow.Columns} FROM net_members m
            WHERE m.network_id = @NetworkId {(query.CurrentOnly ? "AND m.left_on IS NULL" : "")}
            ORDER BY m.joined_on, m.id
            """, new { query.NetworkId }, cancellationToken);
        return rows.Select(r => r.ToApi()).ToList();
    }
}

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
        RuleFor(x => x.MemberType).NotNull().WithMessage("Give the member type: cooperative or organisation.");
        RuleFor(x => x.MemberId).NotNull().WithMessage("Give the member's id.");
        RuleFor(x => x.JoinedOn).NotNull().WithMessage("Give the date the member joined.")
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The joining date cannot be in the future.")
            .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithMessage("The joining date is before 1900.");
    }
}

internal sealed class AddNetworkMemberAuthorizer(DbSession db) : IAuthorizer<AddNetworkMemberCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(AddNetworkMemberCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await NetworkAccess.ManageNetworkAsync(db, user, message.NetworkId, cancellationToken);
}

internal sealed class AddNetworkMemberHandler(DbSession db, ISender sender, AuditTrail audit, DomainEvents events, TimeProvider clock)
    : ICommandHandler<AddNetworkMemberCommand, Result<NetworkMember>>
{
    public async ValueTask<Result<NetworkMember>> Handle(AddNetworkMemberCommand command, CancellationToken cancellationToken)
    {
        if (await NetworkQueries.FindAsync(db, command.NetworkId, cancellationToken) is null) return NetworkAccess.NetworkNotFound(command.NetworkId);
        var memberId = command.MemberId!.Value;
        string? nameAr, nameFr;
        if (command.MemberType == MemberType.Cooperative)
        {
            var cooperative = await sender.Send(new GetCooperativeSummary(memberId), cancellationToken);
            if (cooperative is null) return Error.Invalid("memberId", $"No cooperative has id {memberId}.");
            if (cooperative.Status == "dissolved") return Error.Conflict("network.member_dissolved", "A dissolved cooperative cannot join a network.");
            (nameAr, nameFr) = (cooperative.NameAr, cooperative.NameFr);
        }
        else
        {
            var organisation = await db.QuerySingleOrDefaultAsync<OrganisationRow>(
                $"SELECT {OrganisationRow.Columns} FROM net_organisations o WHERE o.id = @Id", new { Id = memberId }, cancellationToken);
            if (organisation is null) return Error.Invalid("memberId", $"No organisation has id {memberId}.");
            (nameAr, nameFr) = (organisation.NameAr, organisation.NameFr ?? organisation.NameEn);
        }
        var type = NetworkJson.Api(command.MemberType!.Value);
        var already = await db.ExecuteScalarAsync<int>(
            "SELECT COUNT(*) FROM net_members WHERE network_id = @NetworkId AND member_type = @Type AND member_id = @MemberId AND left_on IS NULL",
            new { command.NetworkId, Type = type, MemberId = memberId }, cancellationToken);
        if (already > 0) return Error.Conflict("network.already_member", "This member already belongs to the network.");

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
        await CoopHub.Shared.Outbox.Outbox.WriteAsync(db, new CoopHub.Contracts.Networks.NetworkMembershipChangedEvent(
            command.NetworkId, type, memberId, "joined", row.JoinedOn, null), clock.GetUtcNow(), cancellationToken);
        return member;
    }
}

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
        RuleFor(x => x.LeftOn).NotNull().WithMessage("Give the date the member left.")
            .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).WithMessage("The leaving date cannot be in the future.");
        RuleFor(x => x.Reason).SafeMultilineText().NotEmpty().WithMessage("Give the reason the member left.").MaximumLength(1000).WithMessage("The reason has at most 1000 characters.");
    }
}

internal sealed class EndNetworkMembershipAuthorizer(DbSession db) : IAuthorizer<EndNetworkMembershipCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(EndNetworkMembershipCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await NetworkAccess.ManageNetworkAsync(db, user, message.NetworkId, cancellationToken);
}

internal sealed class EndNetworkMembershipHandler(DbSession db, AuditTrail audit, DomainEvents events, TimeProvider clock) : ICommandHandler<EndNetworkMembershipCommand, Result<NetworkMember>>
{
    public async ValueTask<Result<NetworkMember>> Handle(EndNetworkMembershipCommand command, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<MemberRow>($"SELECT {MemberRow.Columns} FROM net_members m WHERE m.id = @Id AND m.network_id = @NetworkId",
            new { Id = command.MembershipId, command.NetworkId }, cancellationToken);
        if (row is null) return Error.NotFound("network.member_not_found", $"No membership {command.MembershipId} in this network.");
        if (row.LeftOn is not null) return Error.Conflict("network.member_already_left", $"This member left on {row.LeftOn:yyyy-MM-dd}.");
        if (command.LeftOn < row.JoinedOn) return Error.Invalid("leftOn", $"The leaving date is before the member joined ({row.JoinedOn:yyyy-MM-dd}).");
        var before = row.ToApi();
        await MembershipEnd.EndAsync(db, [row.Id], command.LeftOn!.Value, command.Reason!.Trim(), cancellationToken);
        row.LeftOn = command.LeftOn;
        row.LeaveReason = command.Reason.Trim();
        var after = row.ToApi();
        audit.Record("networkMember", row.Id, before, after);
        events.Raise(new NetworkMembershipChanged(command.NetworkId, row.MemberType, row.MemberId, "left", row.LeftOn.Value, row.LeaveReason));
        await CoopHub.Shared.Outbox.Outbox.WriteAsync(db, new CoopHub.Contracts.Networks.NetworkMembershipChangedEvent(
            command.NetworkId, row.MemberType, row.MemberId, "left", row.LeftOn.Value, row.LeaveReason), clock.GetUtcNow(), cancellationToken);
        return after;
    }
}

internal static class MembershipEnd
{
    /// <summary>Closes memberships and cuts the mandates their holders held at the leaving date.</summary>
    public static async Task EndAsync(DbSession db, IReadOnlyList<Guid> membershipIds, DateOnly leftOn, string reason, CancellationToken ct)
    {
        // One statement per id: Dapper's IN-list expansion bypasses the GUID type handler SQLite needs.
        var rows = membershipIds.Select(id => new { Id = id, LeftOn = leftOn, Reason = reason }).ToList();
        if (rows.Count == 0) return;
        await db.ExecuteAsync("UPDATE net_members SET left_on = @LeftOn, leave_reason = @Reason WHERE id = @Id AND left_on IS NULL", rows, ct);
        await db.ExecuteAsync("UPDATE net_mandates SET term_end = @LeftOn WHERE membership_id = @Id AND term_end > @LeftOn", rows, ct);
    }
}

internal static class NetworkMemberEndpoints
{
    public static RouteGroupBuilder MapNetworkMembers(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/members", async Task<Results<Ok<IReadOnlyList<NetworkMember>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct, bool current = false) =>
                Ok(await sender.Send(new ListNetworkMembersQuery(id, current), ct)))
            .WithName("ListNetworkMembers")
            .WithSummary("Members of a network, oldest first; current=true hides those who left.")
            .ProducesProblems(400, 404);
        group.MapPost("/{id:guid}/members", async Task<Results<Created<NetworkMember>, ProblemHttpResult>> (Guid id, AddNetworkMemberCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { NetworkId = id }, ct)).Match<Results<Created<NetworkMember>, ProblemHttpResult>>(
                    m => TypedResults.Created($"/api/v1/networks/{id}/members/{m.Id}", m), e => e.ToProblem()))
            .WithName("AddNetworkMember")
            .RequireAuthorization()
            .WithSummary("Adds a cooperative or an organisation to a network.")
            .ProducesProblems(400, 401, 403, 404, 409);
        group.MapPost("/{id:guid}/members/{membershipId:guid}/leave", async Task<Results<Ok<NetworkMember>, ProblemHttpResult>> (
                Guid id, Guid membershipId, EndNetworkMembershipCommand command, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(command with { NetworkId = id, MembershipId = membershipId }, ct)))
            .WithName("EndNetworkMembership")
            .RequireAuthorization()
            .WithSummary("Records that a member left, with the date and reason; its mandates end that day.")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}

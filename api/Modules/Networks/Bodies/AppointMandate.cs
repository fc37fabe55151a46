using CoopHub.Shared.Localization;
using System.Text.Json.Serialization;
using CoopHub.Networks.Model;
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

namespace CoopHub.Networks.Bodies;

internal sealed record AppointMandateCommand : ICommand<Result<NetworkMandate>>
{
    [JsonIgnore]
    public Guid NetworkId { get; init; }

    [JsonIgnore]
    public Guid BodyId { get; init; }

    /// <summary>The holder: a current membership of this network (an organisation or cooperative, not a person).</summary>
    public Guid? MembershipId { get; init; }

    public MandateRole? Role { get; init; }

    /// <summary>Optional wording of the role, e.g. "Coordinatrice de l'instance de suivi".</summary>
    public string? Title { get; init; }

    public DateOnly? TermStart { get; init; }

    public DateOnly? TermEnd { get; init; }
}

internal sealed class AppointMandateValidator : AbstractValidator<AppointMandateCommand>
{
    public AppointMandateValidator()
    {
        RuleFor(x => x.MembershipId).NotNull().WithText("networks.holder_required");
        RuleFor(x => x.Role).NotNull().WithText("networks.role_required");
        RuleFor(x => x.Title).SafeText().MaximumLength(200);
        RuleFor(x => x.TermStart).NotNull().WithText("networks.term_start_required")
            .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithText("networks.term_start_before_1900");
        RuleFor(x => x.TermEnd).NotNull().WithText("networks.term_end_required")
            .Must((x, end) => end is null || x.TermStart is null || end >= x.TermStart).WithText("networks.term_end_before_start")
            .Must((x, end) => end is null || x.TermStart is null || end <= x.TermStart.Value.AddYears(10)).WithText("networks.term_over_10_years");
    }
}

internal sealed class AppointMandateAuthorizer : IAuthorizer<AppointMandateCommand>
{
    public ValueTask<AccessDenied?> AuthorizeAsync(AppointMandateCommand message, CurrentUser user, CancellationToken cancellationToken)
        => ValueTask.FromResult(NetworkAccess.MayManageNetworks(user));
}

internal sealed class AppointMandateHandler(DbSession db, AuditTrail audit, TimeProvider clock, CurrentUser user) : ICommandHandler<AppointMandateCommand, Result<NetworkMandate>>
{
    public async ValueTask<Result<NetworkMandate>> Handle(AppointMandateCommand command, CancellationToken cancellationToken)
    {
        var noBody = NetworkErrors.BodyNotFound();
        var loaded = await NetworkAccess.LoadToManageAsync(db, user, command.NetworkId, noBody, cancellationToken);
        if (loaded.Error is { } refused) return refused;
        var body = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM net_bodies WHERE id = @BodyId AND network_id = @NetworkId", new { command.BodyId, command.NetworkId }, cancellationToken);
        if (body == 0) return noBody;
        var member = await MemberRow.FindAsync(db, command.NetworkId, command.MembershipId, cancellationToken);
        if (member is null || member.LeftOn is not null)
        {
            return Error.Invalid("membershipId", "networks.holder_not_current_member");
        }
        if (command.TermStart < member.JoinedOn)
        {
            return Error.Invalid("termStart", "networks.term_starts_before_joining", ("joinedOn", member.JoinedOn));
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (command.Role == MandateRole.President && await OverlappingPresidentAsync(command, cancellationToken) is { } other)
        {
            return Error.Of(ErrorKind.Conflict, "network.president_overlap", ("from", other.TermStart), ("to", other.TermEnd))
                with { Extensions = new Dictionary<string, object?> { ["conflictingMandate"] = other.ToApi(today) } };
        }
        var row = new MandateRow
        {
            Id = Guid.NewGuid(), BodyId = command.BodyId, Role = ApiJson.Api(command.Role!.Value), Title = NetworkText.Clean(command.Title),
            MembershipId = member.Id, HolderNameAr = member.NameAr, HolderNameFr = member.NameFr, TermStart = command.TermStart!.Value, TermEnd = command.TermEnd!.Value,
        };
        await db.ExecuteAsync("""
            INSERT INTO net_mandates (id, network_id, body_id, membership_id, role, title, term_start, term_end, created_at)
            VALUES (@Id, @NetworkId, @BodyId, @MembershipId, @Role, @Title, @TermStart, @TermEnd, @CreatedAt)
            """, new { row.Id, command.NetworkId, row.BodyId, row.MembershipId, row.Role, row.Title, row.TermStart, row.TermEnd, CreatedAt = clock.GetUtcNow() }, cancellationToken);
        var mandate = row.ToApi(today);
        audit.Record("networkMandate", row.Id, null, mandate);
        return mandate;
    }

    /// <summary>One president per network at a time: terms may touch but not overlap.</summary>
    private async Task<MandateRow?> OverlappingPresidentAsync(AppointMandateCommand command, CancellationToken ct)
        => (await db.QueryAsync<MandateRow>($"""
            {MandateRow.Select}
            WHERE d.network_id = @NetworkId AND d.role = 'president' AND d.term_start <= @TermEnd AND d.term_end >= @TermStart
            """, new { command.NetworkId, command.TermStart, command.TermEnd }, ct)).FirstOrDefault();
}

internal static class AppointMandateEndpoint
{
    public static RouteGroupBuilder MapAppointMandate(this RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/bodies/{bodyId:guid}/mandates", async Task<Results<Created<NetworkMandate>, ProblemHttpResult>> (
                Guid id, Guid bodyId, AppointMandateCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { NetworkId = id, BodyId = bodyId }, ct)).ToCreated(mandate => NetworksRoutes.Mandate(id, mandate.Id)))
            .WithName("AppointMandate")
            .RequireAuthorization()
            .WithSummary("Appoints a member to a role in a body for a term; one president per network at a time.")
            .ProducesProblems(400, 401, 403, 404, 409);
        return group;
    }
}

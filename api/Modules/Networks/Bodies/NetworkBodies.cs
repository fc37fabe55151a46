using System.Text.Json.Serialization;
using CoopHub.Networks.Model;
using CoopHub.Networks.Networks;
using CoopHub.Shared.Audit;
using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Results;
using CoopHub.Shared.Security;
using CoopHub.Shared.Pipeline;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using static CoopHub.Shared.Http.EndpointResults;

namespace CoopHub.Networks.Bodies;

internal sealed class BodyRow
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string? NameAr { get; set; }
    public string? NameFr { get; set; }
    public string? Purpose { get; set; }
}

internal sealed class MandateRow
{
    public Guid Id { get; set; }
    public Guid BodyId { get; set; }
    public string Role { get; set; } = "";
    public string? Title { get; set; }
    public Guid MembershipId { get; set; }
    public string? HolderNameAr { get; set; }
    public string? HolderNameFr { get; set; }
    public DateOnly TermStart { get; set; }
    public DateOnly TermEnd { get; set; }

    public const string Select = """
        SELECT d.id AS Id, d.body_id AS BodyId, d.role AS Role, d.title AS Title, d.membership_id AS MembershipId,
               m.name_ar AS HolderNameAr, m.name_fr AS HolderNameFr, d.term_start AS TermStart, d.term_end AS TermEnd
        FROM net_mandates d JOIN net_members m ON m.id = d.membership_id
        """;

    public NetworkMandate ToApi(DateOnly today) => new(Id, BodyId, NetworkJson.Parse<MandateRole>(Role), Title, MembershipId, HolderNameAr, HolderNameFr,
        TermStart, TermEnd, TermStart <= today && today <= TermEnd);
}

internal sealed record ListNetworkBodiesQuery(Guid NetworkId) : IQuery<Result<IReadOnlyList<NetworkBody>>>;

internal sealed class ListNetworkBodiesHandler(DbSession db, TimeProvider clock) : IQueryHandler<ListNetworkBodiesQuery, Result<IReadOnlyList<NetworkBody>>>
{
    public async ValueTask<Result<IReadOnlyList<NetworkBody>>> Handle(ListNetworkBodiesQuery query, CancellationToken cancellationToken)
    {
        if (await NetworkQueries.FindAsync(db, query.NetworkId, cancellationToken) is null) return NetworkAccess.NetworkNotFound(query.NetworkId);
        var bodies = await db.QueryAsync<BodyRow>(
            "SELECT b.id AS Id, b.kind AS Kind, b.name_ar AS NameAr, b.name_fr AS NameFr, b.purpose AS Purpose FROM net_bodies b WHERE b.network_id = @NetworkId ORDER BY b.created_at, b.id",
            new { query.NetworkId }, cancellationToken);
        var mandates = (await db.QueryAsync<MandateRow>($"{MandateRow.Select} WHERE d.network_id = @NetworkId ORDER BY d.term_start DESC, d.id", new { query.NetworkId }, cancellationToken)).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return bodies.Select(b => new NetworkBody(b.Id, NetworkJson.Parse<BodyKind>(b.Kind), b.NameAr, b.NameFr, b.Purpose,
            mandates.Where(m => m.BodyId == b.Id).Select(m => m.ToApi(today)).ToList())).ToList();
    }
}

internal sealed record CreateNetworkBodyCommand : ICommand<Result<NetworkBody>>
{
    [JsonIgnore]
    public Guid NetworkId { get; init; }

    /// <summary>generalAssembly, executiveBureau or workingBody.</summary>
    public BodyKind? Kind { get; init; }

    public string? NameAr { get; init; }

    public string? NameFr { get; init; }

    /// <summary>What the body is for, e.g. tracking projects and assessing their impact.</summary>
    public string? Purpose { get; init; }
}

internal sealed class CreateNetworkBodyValidator : AbstractValidator<CreateNetworkBodyCommand>
{
    public CreateNetworkBodyValidator()
    {
        RuleFor(x => x.Kind).NotNull().WithMessage("Give the kind: generalAssembly, executiveBureau or workingBody.");
        RuleFor(x => x.NameAr).SafeText().Must((x, _) => !string.IsNullOrWhiteSpace(x.NameAr) || !string.IsNullOrWhiteSpace(x.NameFr))
            .WithMessage("Give the body's name in Arabic or in French.").MaximumLength(200).WithMessage("A name has at most 200 characters.");
        RuleFor(x => x.NameFr).SafeText().MaximumLength(200).WithMessage("A name has at most 200 characters.");
        RuleFor(x => x.Purpose).SafeMultilineText().MaximumLength(1000).WithMessage("The purpose has at most 1000 characters.");
    }
}

internal sealed class CreateNetworkBodyAuthorizer(DbSession db) : IAuthorizer<CreateNetworkBodyCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(CreateNetworkBodyCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await NetworkAccess.ManageNetworkAsync(db, user, message.NetworkId, cancellationToken);
}

internal sealed class CreateNetworkBodyHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<CreateNetworkBodyCommand, Result<NetworkBody>>
{
    public async ValueTask<Result<NetworkBody>> Handle(CreateNetworkBodyCommand command, CancellationToken cancellationToken)
    {
        if (await NetworkQueries.FindAsync(db, command.NetworkId, cancellationToken) is null) return NetworkAccess.NetworkNotFound(command.NetworkId);
        var body = new NetworkBody(Guid.NewGuid(), command.Kind!.Value, Clean(command.NameAr), Clean(command.NameFr), Clean(command.Purpose), []);
        await db.ExecuteAsync("""
            INSERT INTO net_bodies (id, network_id, kind, name_ar, name_fr, purpose, created_at) VALUES (@Id, @NetworkId, @Kind, @NameAr, @NameFr, @Purpose, @CreatedAt)
            """, new { body.Id, command.NetworkId, Kind = NetworkJson.Api(body.Kind), body.NameAr, body.NameFr, body.Purpose, CreatedAt = clock.GetUtcNow() }, cancellationToken);
        audit.Record("networkBody", body.Id, null, body);
        return body;
    }

    private static string? Clean(string? v) => string.IsNullOrWhiteSpace(v) ? null : v.Trim();
}

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
        RuleFor(x => x.MembershipId).NotNull().WithMessage("Give the membership that holds the mandate.");
        RuleFor(x => x.Role).NotNull().WithMessage("Give the role: president, vicePresident, secretaryGeneral, treasurer, coordinator or member.");
        RuleFor(x => x.Title).SafeText().MaximumLength(200).WithMessage("A title has at most 200 characters.");
        RuleFor(x => x.TermStart).NotNull().WithMessage("Give the start of the term.")
            .Must(d => d is null || d >= new DateOnly(1900, 1, 1)).WithMessage("The term starts before 1900.");
        RuleFor(x => x.TermEnd).NotNull().WithMessage("Give the end of the term.")
            .Must((x, end) => end is null || x.TermStart is null || end >= x.TermStart).WithMessage("A term cannot end before it starts.")
            .Must((x, end) => end is null || x.TermStart is null || end <= x.TermStart.Value.AddYears(10)).WithMessage("A term lasts at most 10 years.");
    }
}

internal sealed class AppointMandateAuthorizer(DbSession db) : IAuthorizer<AppointMandateCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(AppointMandateCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await NetworkAccess.ManageNetworkAsync(db, user, message.NetworkId, cancellationToken);
}

internal sealed class AppointMandateHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<AppointMandateCommand, Result<NetworkMandate>>
{
    public async ValueTask<Result<NetworkMandate>> Handle(AppointMandateCommand command, CancellationToken cancellationToken)
    {
        var body = await db.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM net_bodies WHERE id = @BodyId AND network_id = @NetworkId", new { command.BodyId, command.NetworkId }, cancellationToken);
        if (body == 0) return Error.NotFound("network.body_not_found", $"No body {command.BodyId} in network {command.NetworkId}.");
        var member = await db.QuerySingleOrDefaultAsync<MemberRow>($"SELECT {MemberRow.Columns} FROM net_members m WHERE m.id = @Id AND m.network_id = @NetworkId",
            new { Id = command.MembershipId, command.NetworkId }, cancellationToken);
        if (member is null || member.LeftOn is not null)
        {
            return Error.Invalid("membershipId", "The holder must be a current member of this network.");
        }
        if (command.TermStart < member.JoinedOn)
        {
            return Error.Invalid("termStart", $"The term starts before the holder joined the network ({member.JoinedOn:yyyy-MM-dd}).");
        }
        if (command.Role == MandateRole.President)
        {
            // One president per network at a time: terms may touch but not overlap.
            var overlapping = await db.QueryAsync<MandateRow>($"""
                {MandateRow.Select}
                WHERE d.network_id = @NetworkId AND d.role = 'president' AND d.term_start <= @TermEnd AND d.term_end >= @TermStart
                """, new { command.NetworkId, command.TermStart, command.TermEnd }, cancellationToken);
            if (overlapping.FirstOrDefault() is { } other)
            {
                return new Error(ErrorKind.Conflict, "network.president_overlap",
                    $"The network already has a president from {other.TermStart:yyyy-MM-dd} to {other.TermEnd:yyyy-MM-dd}; a network has one president at a time. End that mandate first, or start after it.",
                    Extensions: new Dictionary<string, object?> { ["conflictingMandate"] = other.ToApi(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) });
            }
        }
        var row = new MandateRow
        {
            Id = Guid.NewGuid(), BodyId = command.BodyId, Role = NetworkJson.Api(command.Role!.Value), Title = string.IsNullOrWhiteSpace(command.Title) ? null : command.Title.Trim(),
            MembershipId = member.Id, HolderNameAr = member.NameAr, HolderNameFr = member.NameFr, TermStart = command.TermStart!.Value, TermEnd = command.TermEnd!.Value,
        };
        await db.ExecuteAsync("""
            INSERT INTO net_mandates (id, network_id, body_id, membership_id, role, title, term_start, term_end, created_at)
            VALUES (@Id, @NetworkId, @BodyId, @MembershipId, @Role, @Title, @TermStart, @TermEnd, @CreatedAt)
            """, new { row.Id, command.NetworkId, row.BodyId, row.MembershipId, row.Role, row.Title, row.TermStart, row.TermEnd, CreatedAt = clock.GetUtcNow() }, cancellationToken);
        var mandate = row.ToApi(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        audit.Record("networkMandate", row.Id, null, mandate);
        return mandate;
    }
}

internal sealed record EndMandateCommand : ICommand<Result<NetworkMandate>>
{
    [JsonIgnore]
    public Guid NetworkId { get; init; }

    [JsonIgnore]
    public Guid MandateId { get; init; }

    /// <summary>The last day of the mandate (a resignation, a replacement voted by the assembly).</summary>
    public DateOnly? EndedOn { get; init; }
}

internal sealed class EndMandateValidator : AbstractValidator<EndMandateCommand>
{
    public EndMandateValidator() => RuleFor(x => x.EndedOn).NotNull().WithMessage("Give the last day of the mandate.");
}

internal sealed class EndMandateAuthorizer(DbSession db) : IAuthorizer<EndMandateCommand>
{
    public async ValueTask<AccessDenied?> AuthorizeAsync(EndMandateCommand message, CurrentUser user, CancellationToken cancellationToken)
        => await NetworkAccess.ManageNetworkAsync(db, user, message.NetworkId, cancellationToken);
}

/// <summary>Ends a mandate before its term, so that, for example, a new president can be appointed the next day.</summary>
internal sealed class EndMandateHandler(DbSession db, AuditTrail audit, TimeProvider clock) : ICommandHandler<EndMandateCommand, Result<NetworkMandate>>
{
    public async ValueTask<Result<NetworkMandate>> Handle(EndMandateCommand command, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<MandateRow>($"{MandateRow.Select} WHERE d.id = @MandateId AND d.network_id = @NetworkId",
            new { command.MandateId, command.NetworkId }, cancellationToken);
        if (row is null) return Error.NotFound("network.mandate_not_found", $"No mandate {command.MandateId} in network {command.NetworkId}.");
        var endedOn = command.EndedOn!.Value;
        if (endedOn < row.TermStart) return Error.Invalid("endedOn", $"The mandate started on {row.TermStart:yyyy-MM-dd}; it cannot end before.");
        if (endedOn >= row.TermEnd) return Error.Invalid("endedOn", $"The mandate already ends on {row.TermEnd:yyyy-MM-dd}; give an earlier day.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var before = row.ToApi(today);
        await db.ExecuteAsync("UPDATE net_mandates SET term_end = @EndedOn WHERE id = @Id", new { EndedOn = endedOn, row.Id }, cancellationToken);
        row.TermEnd = endedOn;
        var after = row.ToApi(today);
        audit.Record("networkMandate", row.Id, before, after);
        return after;
    }
}

internal sealed record ListExpiringMandatesQuery(Guid NetworkId, int Within) : IQuery<Result<IReadOnlyList<NetworkMandate>>>;

internal sealed class ListExpiringMandatesValidator : AbstractValidator<ListExpiringMandatesQuery>
{
    public ListExpiringMandatesValidator() => RuleFor(x => x.Within).InclusiveBetween(1, 3650).WithMessage("'within' is a number of days from 1 to 3650.");
}

internal sealed class ListExpiringMandatesHandler(DbSession db, TimeProvider clock) : IQueryHandler<ListExpiringMandatesQuery, Result<IReadOnlyList<NetworkMandate>>>
{
    public async ValueTask<Result<IReadOnlyList<NetworkMandate>>> Handle(ListExpiringMandatesQuery query, CancellationToken cancellationToken)
    {
        if (await NetworkQueries.FindAsync(db, query.NetworkId, cancellationToken) is null) return NetworkAccess.NetworkNotFound(query.NetworkId);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = await db.QueryAsync<MandateRow>($"""
            {MandateRow.Select}
            WHERE d.network_id = @NetworkId AND d.term_end >= @Today AND d.term_end <= @Until AND d.term_start <= @Today
            ORDER BY d.term_end, d.id
            """, new { query.NetworkId, Today = today, Until = today.AddDays(query.Within) }, cancellationToken);
        return rows.Select(r => r.ToApi(today)).ToList();
    }
}

internal static class NetworkBodyEndpoints
{
    public static RouteGroupBuilder MapNetworkBodies(this RouteGroupBuilder group)
    {
        group.MapGet("/{id:guid}/bodies", async Task<Results<Ok<IReadOnlyList<NetworkBody>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(new ListNetworkBodiesQuery(id), ct)))
            .WithName("ListNetworkBodies")
            .WithSummary("The network's bodies, each with its mandates (newest first; 'current' marks those in force today).")
            .ProducesProblems(404);
        group.MapPost("/{id:guid}/bodies", async Task<Results<Created<NetworkBody>, ProblemHttpResult>> (Guid id, CreateNetworkBodyCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { NetworkId = id }, ct)).Match<Results<Created<NetworkBody>, ProblemHttpResult>>(
                    b => TypedResults.Created($"/api/v1/networks/{id}/bodies", b), e => e.ToProblem()))
            .WithName("CreateNetworkBody")
            .RequireAuthorization()
            .WithSummary("Creates a body of the network: general assembly, executive bureau or a working body.")
            .ProducesProblems(400, 401, 403, 404);
        group.MapPost("/{id:guid}/bodies/{bodyId:guid}/mandates", async Task<Results<Created<NetworkMandate>, ProblemHttpResult>> (
                Guid id, Guid bodyId, AppointMandateCommand command, ISender sender, CancellationToken ct) =>
                (await sender.Send(command with { NetworkId = id, BodyId = bodyId }, ct)).Match<Results<Created<NetworkMandate>, ProblemHttpResult>>(
                    m => TypedResults.Created($"/api/v1/networks/{id}/bodies", m), e => e.ToProblem()))
            .WithName("AppointMandate")
            .RequireAuthorization()
            .WithSummary("Appoints a member to a role in a body for a term; one president per network at a time.")
            .ProducesProblems(400, 401, 403, 404, 409);
        group.MapPost("/{id:guid}/mandates/{mandateId:guid}/end", async Task<Results<Ok<NetworkMandate>, ProblemHttpResult>> (
                Guid id, Guid mandateId, EndMandateCommand command, ISender sender, CancellationToken ct) =>
                Ok(await sender.Send(command with { NetworkId = id, MandateId = mandateId }, ct)))
            .WithName("EndMandate")
            .RequireAuthorization()
            .WithSummary("Ends a mandate before its term (resignation, replacement); the day after, another holder can take the role.")
            .ProducesProblems(400, 401, 403, 404);
        group.MapGet("/{id:guid}/mandates/expiring", async Task<Results<Ok<IReadOnlyList<NetworkMandate>>, ProblemHttpResult>> (Guid id, ISender sender, CancellationToken ct, int within = 90) =>
                Ok(await sender.Send(new ListExpiringMandatesQuery(id, within), ct)))
            .WithName("ListExpiringMandates")
            .WithSummary("Mandates in force whose term ends within the given number of days (default 90).")
            .ProducesProblems(400, 404);
        return group;
    }
}

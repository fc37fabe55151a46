using CoopHub.Shared.Data;
using CoopHub.Shared.Http;
using CoopHub.Shared.Localization;
using static CoopHub.Programs.Model.ApplicationStatus;

namespace CoopHub.Programs.Model;

/// <summary>
/// The application state machine: draft → submitted → eligible | ineligible → underReview →
/// selected | waitlisted | rejected → supported → completed, and withdrawn from any open state.
/// Every move writes a history row with who, when and why.
/// </summary>
internal static class ApplicationFlow
{
    /// <summary>States an application can still be withdrawn from (a dissolved cooperative's are).</summary>
    public static readonly ApplicationStatus[] Open = [Draft, Submitted, Eligible, Ineligible, UnderReview, Selected, Waitlisted];

    /// <summary>States that count as an award (places taken, previous awards).</summary>
    public static readonly ApplicationStatus[] Awarded = [Selected, Supported, Completed];

    /// <summary>States a call's reviewers see.</summary>
    public static readonly ApplicationStatus[] ReviewerVisible = [UnderReview, Selected, Waitlisted, Rejected, Supported, Completed];

    /// <summary>The moves staff make through the transitions endpoint (submission and eligibility have their own).</summary>
    public static readonly IReadOnlyDictionary<ApplicationStatus, ApplicationStatus[]> StaffMoves = new Dictionary<ApplicationStatus, ApplicationStatus[]>
    {
        [Eligible] = [UnderReview],
        [UnderReview] = [Selected, Waitlisted, Rejected],
        [Waitlisted] = [Selected, Rejected],
        [Selected] = [Supported],
        [Supported] = [Completed],
    };

    /// <summary>Decisions carry a reason.</summary>
    public static bool IsDecision(ApplicationStatus to) => to is Selected or Waitlisted or Rejected;

    public static string AwardedSql => "('selected', 'supported', 'completed')";

    /// <summary>Moves the application if it is still at the version read; false when someone changed it meanwhile.</summary>
    public static async Task<bool> MoveAsync(DbSession db, ApplicationRow app, ApplicationStatus to, StoredReason? reason, HistoryActor actor, DateTimeOffset now,
        CancellationToken ct, bool? overridden = null, DateTimeOffset? submittedAt = null)
    {
        var decision = IsDecision(to) ? reason : app.Decision;
        var changed = await db.ExecuteAsync("""
            UPDATE prog_applications SET status = @To, version = version + 1, updated_at = @Now, decision_reason = @Decision,
                decision_reason_code = @DecisionCode, decision_reason_args = @DecisionArgs, eligibility_overridden = @Overridden, submitted_at = @SubmittedAt
            WHERE id = @Id AND version = @Version
            """, new
        {
            To = ApiJson.Api(to), Now = now, Decision = decision?.Text, DecisionCode = decision?.Code, DecisionArgs = decision?.ArgsJson,
            Overridden = overridden ?? app.EligibilityOverridden, SubmittedAt = submittedAt ?? app.SubmittedAt, app.Id, app.Version,
        }, ct);
        if (changed == 0) return false;
        await RecordAsync(db, app.Id, app.StatusValue, to, reason, actor, now, ct);
        if (IsDecision(to))
        {
            // Other systems receive the decision as data: a reason the system wrote goes out in the platform's default language.
            await CoopHub.Shared.Outbox.Outbox.WriteAsync(db, new CoopHub.Contracts.Programs.ApplicationDecidedEvent(
                app.Id, app.CallId, app.ProgramId, app.CooperativeId, app.CooperativeNameAr, app.CooperativeNameFr, app.RegionCode, ApiJson.Api(to),
                reason is null ? null : ProgramText.In(ServerText.DefaultLanguage, reason.Render)),
                now, ct);
        }
        if (to is Eligible or Ineligible)
        {
            await CoopHub.Shared.Outbox.Outbox.WriteAsync(db, new CoopHub.Contracts.Programs.ApplicationEligibilityCheckedEvent(
                app.Id, app.CallId, app.ProgramId, app.CooperativeId, app.CooperativeNameAr, app.CooperativeNameFr, app.RegionCode, to == Eligible), now, ct);
        }
        app.Version++;
        app.Status = ApiJson.Api(to);
        app.Decision = decision;
        app.UpdatedAt = now;
        if (overridden is { } o) app.EligibilityOverridden = o;
        if (submittedAt is { } s) app.SubmittedAt = s;
        return true;
    }

    public static Task RecordAsync(DbSession db, Guid applicationId, ApplicationStatus? from, ApplicationStatus to, StoredReason? reason, HistoryActor actor,
        DateTimeOffset at, CancellationToken ct)
        => db.ExecuteAsync("""
            INSERT INTO prog_application_history (id, application_id, sequence, from_status, to_status, reason, reason_code, reason_args, actor, actor_code, at)
            VALUES (@Id, @ApplicationId, (SELECT COALESCE(MAX(h.sequence), 0) + 1 FROM prog_application_history h WHERE h.application_id = @ApplicationId),
                @From, @To, @Reason, @ReasonCode, @ReasonArgs, @Actor, @ActorCode, @At)
            """, new
        {
            Id = Guid.NewGuid(), ApplicationId = applicationId, From = from is { } f ? ApiJson.Api(f) : null, To = ApiJson.Api(to),
            Reason = reason?.Text, ReasonCode = reason?.Code, ReasonArgs = reason?.ArgsJson, Actor = actor.Name, ActorCode = actor.Code, At = at,
        }, ct);

    public static Task<int> AwardedCountAsync(DbSession db, Guid callId, CancellationToken ct)
        => db.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM prog_applications WHERE call_id = @CallId AND status IN {AwardedSql}", new { CallId = callId }, ct);

    /// <summary>
    /// After a selected application leaves, the best-ranked waitlisted one takes the place (if a place is free).
    /// Returns it, or null when nobody is waiting.
    /// </summary>
    public static async Task<ApplicationRow?> PromoteFirstWaitlistedAsync(DbSession db, CallRow call, HistoryActor actor, DateTimeOffset now, CancellationToken ct)
    {
        if (await AwardedCountAsync(db, call.Id, ct) >= call.Places) return null;
        var ranking = await Ranking.ComputeAsync(db, call, ct);
        var first = ranking.FirstOrDefault(r => r.Status == Waitlisted);
        if (first is null) return null;
        var row = await ProgramStore.FindApplicationAsync(db, first.ApplicationId, ct);
        if (row is null) return null;
        return await MoveAsync(db, row, Selected, StoredReason.Of("programs.history.promoted"), actor, now, ct) ? row : null;
    }
}

/// <summary>
/// Who moved an application, as its history shows it: a person by name (stored as written), or the system itself
/// (the eligibility check, an automatic withdrawal) by a code whose name is in the reader's language.
/// </summary>
internal sealed record HistoryActor(string Name, string? Code = null)
{
    public static readonly HistoryActor EligibilityCheck = new("programs.actor.eligibility_check", "programs.actor.eligibility_check");

    public static readonly HistoryActor System = new("programs.actor.system", "programs.actor.system");

    public static readonly HistoryActor Unknown = new("programs.actor.unknown", "programs.actor.unknown");

    public static HistoryActor Person(string name) => new(name);

    public static HistoryActor Read(string name, string? code) => new(name, code);

    public string Render() => Code is null ? Name : ServerText.Get(Code);
}

using System.Net;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;
using CoopHub.Programs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Programs;

public sealed class ApplicationFlowTests(Engine engine) : ProgramTest(engine)
{
    /// <summary>A clock the test moves; everything else in the app is real.</summary>
    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Test]
    public async Task Given_a_deadline_in_Casablanca_time_Then_half_an_hour_before_is_accepted_and_half_an_hour_after_is_409()
    {
        // 30 September 2025 is summer time in Morocco (UTC+1): 23:59 in Casablanca is 22:59 UTC.
        var clock = new SettableClock(new DateTimeOffset(2025, 9, 20, 10, 0, 0, TimeSpan.Zero));
        await using var app = new CoopHubApp(Engine, ConnectionString, configure: b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = app.CreateAdminClient();
        var program = (string)(await BodyAsync(await SendJsonAsync(client, HttpMethod.Post, ProgramsRoutes.Programs, ProgramBody())))["id"]!;
        var callResponse = await SendJsonAsync(client, HttpMethod.Post, ProgramsRoutes.Calls, CallBody(program, opensAt: "2025-09-08T09:00:00", closesAt: "2025-09-30T23:59:00"));
        var call = await BodyAsync(callResponse);
        var onTime = await CooperativeAsync();
        var late = await CooperativeAsync();
        var early = (string)(await BodyAsync(await SendJsonAsync(client, HttpMethod.Post, $"{ProgramsRoutes.Calls}/{call["id"]}/applications", ApplicationBody(onTime))))["id"]!;

        clock.Now = new DateTimeOffset(2025, 9, 30, 22, 29, 0, TimeSpan.Zero); // 23:29 in Casablanca
        var submitted = await client.PostAsync($"{ProgramsRoutes.Applications}/{early}/submit", null);
        clock.Now = new DateTimeOffset(2025, 9, 30, 23, 29, 0, TimeSpan.Zero); // 00:29 on 1 October in Casablanca, still 30 September in UTC
        var tooLate = await SendJsonAsync(client, HttpMethod.Post, $"{ProgramsRoutes.Calls}/{call["id"]}/applications", ApplicationBody(late));

        Assert.Multiple(async () =>
        {
            Assert.That((string?)call["closesAt"], Is.EqualTo("2025-09-30T23:59:00"));
            Assert.That((string?)call["closesAtUtc"], Does.StartWith("2025-09-30T22:59:00"));
            Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await submitted.Content.ReadAsStringAsync());
            var problem = await ProblemAsync(tooLate, 409);
            Assert.That((string?)problem["code"], Is.EqualTo("call.closed"));
            Assert.That((string?)problem["detail"], Does.Contain("30/09/2025 23:59"));
        });
    }

    [Test]
    public async Task Given_a_cooperative_outside_the_rules_Then_submission_lists_every_failed_rule_and_staff_can_override_with_a_reason()
    {
        var (_, call) = await ProgramAndCallAsync(rules: new JsonObject
        {
            ["sectors"] = new JsonArray("agriculture"), ["regions"] = new JsonArray("MA-02"), ["minMembers"] = 25, ["womenLedOnly"] = true, ["minAgeMonths"] = 24,
        });
        var coop = await CooperativeAsync(region: "MA-06", province: "MA-CAS", sector: "handicraft", total: 8, womenLed: false, foundedOn: DateTime.UtcNow.AddMonths(-6).ToString("yyyy-MM-dd"));

        var (id, status) = await SubmittedAsync(call, coop);
        var application = await GetAsync<JsonNode>($"{ProgramsRoutes.Applications}/{id}");
        var history = await GetAsync<JsonArray>($"{ProgramsRoutes.Applications}/{id}/history");
        var noReason = await PostJsonAsync($"{ProgramsRoutes.Applications}/{id}/eligibility", new JsonObject { ["eligible"] = true });
        var overridden = await PostJsonAsync($"{ProgramsRoutes.Applications}/{id}/eligibility", new JsonObject { ["eligible"] = true, ["reason"] = "Dérogation du comité régional" });
        var after = await BodyAsync(overridden);

        Assert.Multiple(async () =>
        {
            Assert.That(status, Is.EqualTo("ineligible"));
            Assert.That(application["eligibility"]!.AsArray().Select(f => (string?)f!["rule"]), Is.EquivalentTo(new[] { "sector", "region", "age", "members", "womenLed" }));
            Assert.That((string?)application["eligibility"]![0]!["message"], Does.Contain("Agriculture").And.Contain("Artisanat"));
            Assert.That(history.Select(h => (string?)h!["to"]), Is.EqualTo(new[] { "draft", "submitted", "ineligible" }));
            Assert.That(FieldsIn(await ProblemAsync(noReason, 400)), Does.Contain("reason"));
            Assert.That(overridden.StatusCode, Is.EqualTo(HttpStatusCode.OK), after.ToJsonString());
            Assert.That((string?)after["status"], Is.EqualTo("eligible"));
            Assert.That((bool?)after["eligibilityOverridden"], Is.True);
            var last = (await GetAsync<JsonArray>($"{ProgramsRoutes.Applications}/{id}/history")).Last()!;
            Assert.That((string?)last["reason"], Does.Contain("Dérogation du comité régional"));
        });
    }

    [Test]
    public async Task Given_an_application_Then_a_second_one_for_the_same_cooperative_is_409_and_missing_mandatory_documents_are_422()
    {
        var (_, call) = await ProgramAndCallAsync();
        var coop = await CooperativeAsync();
        var first = await CreatedIdAsync($"{ProgramsRoutes.Calls}/{call}/applications", ApplicationBody(coop, withStatutes: false));

        var second = await PostJsonAsync($"{ProgramsRoutes.Calls}/{call}/applications", ApplicationBody(coop));
        var incomplete = await Client.PostAsync($"{ProgramsRoutes.Applications}/{first}/submit", null);

        var duplicate = await ProblemAsync(second, 409);
        var missing = await ProblemAsync(incomplete, 422);
        Assert.Multiple(async () =>
        {
            Assert.That((string?)duplicate["code"], Is.EqualTo("application.duplicate"));
            Assert.That((string?)duplicate["applicationId"], Is.EqualTo(first));
            Assert.That(missing["missingDocuments"]!.AsArray().Select(d => (string?)d), Is.EqualTo(new[] { "statutes" }));
            Assert.That(await StatusOfAsync(first), Is.EqualTo("draft"), "a refused submission changes nothing");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM prog_applications"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_reviews_Then_the_ranking_is_the_weighted_mean_with_ties_to_the_earlier_submission_and_reviewers_are_kept_to_their_calls()
    {
        var (_, call) = await ProgramAndCallAsync();
        var coops = new[] { await CooperativeAsync(), await CooperativeAsync(), await CooperativeAsync() };
        var apps = new List<string>();
        foreach (var coop in coops)
        {
            var (id, status) = await SubmittedAsync(call, coop);
            Assert.That(status, Is.EqualTo("eligible"));
            await MovedAsync(id, "underReview", null);
            apps.Add(id);
        }
        // Reviewer A is staff of another region: only the assignment lets them see this call's applications.
        var (reviewerA, reviewerAId) = await KeyAsync(["staff"], ["MA-06"]);
        var (reviewerB, reviewerBId) = await KeyAsync(["staff", "coop-manager"], ["MA-02"], [coops[1]]);
        var (outsider, _) = await KeyAsync(["staff"], ["MA-06"]);
        var draft = await CreatedIdAsync($"{ProgramsRoutes.Calls}/{call}/applications", ApplicationBody(await CooperativeAsync()));
        var (manager, managerId) = await KeyAsync(["coop-manager"], cooperatives: [coops[0]]);
        foreach (var reviewer in new[] { reviewerAId, reviewerBId })
        {
            var assigned = await PostJsonAsync($"{ProgramsRoutes.Calls}/{call}/reviewers", new JsonObject { ["reviewerId"] = reviewer });
            Assert.That(assigned.StatusCode, Is.EqualTo(HttpStatusCode.Created), await assigned.Content.ReadAsStringAsync());
        }
        var notStaff = await PostJsonAsync($"{ProgramsRoutes.Calls}/{call}/reviewers", new JsonObject { ["reviewerId"] = managerId });
        var twice = await PostJsonAsync($"{ProgramsRoutes.Calls}/{call}/reviewers", new JsonObject { ["reviewerId"] = reviewerAId });

        // 8×60% + 5×40% = 6.8 and 6×60% + 8×40% = 6.8: a tie, broken by the earlier submission (apps[0]).
        async Task Score(HttpClient reviewer, string app, int impact, int viability)
        {
            var response = await SendJsonAsync(reviewer, HttpMethod.Put, $"{ProgramsRoutes.Applications}/{app}/reviews/mine", Scores(impact, viability));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        }
        await Score(reviewerA, apps[0], 8, 5);
        await Score(reviewerB, apps[0], 8, 5);
        await Score(reviewerA, apps[1], 6, 8);
        await Score(reviewerA, apps[2], 10, 9);
        await Score(reviewerB, apps[2], 9, 10);
        var conflict = await SendJsonAsync(reviewerB, HttpMethod.Put, $"{ProgramsRoutes.Applications}/{apps[1]}/reviews/mine", Scores(10, 10));
        var notAssigned = await SendJsonAsync(outsider, HttpMethod.Put, $"{ProgramsRoutes.Applications}/{apps[0]}/reviews/mine", Scores(10, 10));
        var outOfBounds = await SendJsonAsync(reviewerA, HttpMethod.Put, $"{ProgramsRoutes.Applications}/{apps[0]}/reviews/mine", Scores(11, 5));
        var incomplete = await SendJsonAsync(reviewerA, HttpMethod.Put, $"{ProgramsRoutes.Applications}/{apps[0]}/reviews/mine",
            new JsonObject { ["scores"] = new JsonArray(new JsonObject { ["criterion"] = "impact", ["score"] = 5 }) });
        var assignedRead = await reviewerA.GetAsync($"{ProgramsRoutes.Applications}/{apps[0]}");
        var outsiderRead = await outsider.GetAsync($"{ProgramsRoutes.Applications}/{apps[0]}");
        var draftRead = await reviewerA.GetAsync($"{ProgramsRoutes.Applications}/{draft}");
        var listedForA = JsonNode.Parse(await reviewerA.GetStringAsync($"{ProgramsRoutes.Applications}?callId={call}"))!["items"]!.AsArray();
        var ownReviewsOnly = JsonNode.Parse(await reviewerA.GetStringAsync($"{ProgramsRoutes.Applications}/{apps[0]}/reviews"))!.AsArray();
        var queueB = JsonNode.Parse(await reviewerB.GetStringAsync(ProgramsRoutes.ReviewQueue))!.AsArray();
        var ranking = await GetAsync<JsonNode>($"{ProgramsRoutes.Calls}/{call}/ranking");
        var reviewers = await GetAsync<JsonArray>($"{ProgramsRoutes.Calls}/{call}/reviewers");

        var items = ranking["items"]!.AsArray();
        Assert.Multiple(async () =>
        {
            Assert.That(items.Select(i => (string?)i!["applicationId"]), Is.EqualTo(new[] { apps[2], apps[0], apps[1] }));
            Assert.That(items.Select(i => (decimal?)i!["score"]), Is.EqualTo(new decimal?[] { 9.5m, 6.8m, 6.8m }));
            Assert.That(items.Select(i => (int?)i!["reviews"]), Is.EqualTo(new int?[] { 2, 2, 1 }));
            Assert.That((decimal?)items[0]!["criteria"]![0]!["average"], Is.EqualTo(9.5m));
            Assert.That((string?)(await ProblemAsync(conflict, 409))["code"], Is.EqualTo("review.conflict_of_interest"));
            await ProblemAsync(notAssigned, 403);
            Assert.That(FieldsIn(await ProblemAsync(outOfBounds, 400)), Does.Contain("scores[0].score"));
            Assert.That(FieldsIn(await ProblemAsync(incomplete, 400)), Does.Contain("scores"));
            Assert.That(assignedRead.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await ProblemAsync(outsiderRead, 403);
            await ProblemAsync(draftRead, 403);
            Assert.That(listedForA.Select(a => (string?)a!["id"]), Is.EquivalentTo(apps), "a reviewer lists the applications under review in their calls, not drafts");
            Assert.That(ownReviewsOnly.Select(r => (string?)r!["reviewerId"]), Is.EqualTo(new[] { reviewerAId }));
            Assert.That(queueB.Select(q => (string?)q!["applicationId"]), Is.EquivalentTo(new[] { apps[0], apps[2] }), "never their own cooperative's");
            Assert.That(FieldsIn(await ProblemAsync(notStaff, 400)), Does.Contain("reviewerId"));
            await ProblemAsync(twice, 409);
            Assert.That(reviewers.Select(r => (int?)r!["reviewed"]), Is.EqualTo(new int?[] { 3, 2 }));
        });
        foreach (var client in new[] { reviewerA, reviewerB, outsider, manager }) client.Dispose();
    }

    [Test]
    public async Task Given_a_reviewer_assigned_while_managing_a_cooperative_Then_its_application_stays_hidden_after_they_lose_the_role()
    {
        var (_, call) = await ProgramAndCallAsync();
        var (own, _) = await SubmittedAsync(call, await CooperativeAsync());
        var ownCooperative = (string)(await GetAsync<JsonNode>($"{ProgramsRoutes.Applications}/{own}"))["cooperativeId"]!;
        var (other, _) = await SubmittedAsync(call, await CooperativeAsync());
        await MovedAsync(own, "underReview", null);
        await MovedAsync(other, "underReview", null);
        const string email = "reviewer.manager@coophub.test", password = "Reviewer-Oujda-2026";
        var created = await PostJsonAsync("/api/v1/users", new JsonObject
        {
            ["email"] = email, ["displayName"] = "Relectrice", ["password"] = password, ["roles"] = new JsonArray("staff", "coop-manager"),
            ["regions"] = new JsonArray("MA-06"), ["cooperatives"] = new JsonArray(ownCooperative),
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var reviewerId = (string)(await BodyAsync(created))["id"]!;
        var assigned = await PostJsonAsync($"{ProgramsRoutes.Calls}/{call}/reviewers", new JsonObject { ["reviewerId"] = reviewerId });
        Assert.That(assigned.StatusCode, Is.EqualTo(HttpStatusCode.Created), await assigned.Content.ReadAsStringAsync());
        // The manager role goes; the conflict stored at assignment stays.
        var demoted = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/v1/users/{reviewerId}")
        {
            Content = new StringContent(new JsonObject { ["displayName"] = "Relectrice", ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-06") }.ToJsonString(),
                System.Text.Encoding.UTF8, "application/json"),
            Headers = { { "If-Match", "*" } },
        });
        Assert.That(demoted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await demoted.Content.ReadAsStringAsync());
        using var reviewer = App.CreateBrowser();
        var signedIn = await reviewer.PostAsync("/api/v1/auth/sign-in", new StringContent(new JsonObject { ["email"] = email, ["password"] = password }.ToJsonString(),
            System.Text.Encoding.UTF8, "application/json"));
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signedIn.Content.ReadAsStringAsync());

        var listed = JsonNode.Parse(await reviewer.GetStringAsync($"{ProgramsRoutes.Applications}?callId={call}"))!["items"]!.AsArray().Select(a => (string?)a!["id"]).ToList();
        var read = await reviewer.GetAsync($"{ProgramsRoutes.Applications}/{own}");
        var queue = JsonNode.Parse(await reviewer.GetStringAsync(ProgramsRoutes.ReviewQueue))!.AsArray().Select(q => (string?)q!["applicationId"]).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(listed, Is.EqualTo(new[] { other }), "the stored conflict hides the application from the list too");
            await ProblemAsync(read, 403);
            Assert.That(queue, Is.EqualTo(new[] { other }));
        });
    }

    [Test]
    public async Task Given_one_place_Then_selection_is_bounded_and_a_withdrawn_selection_promotes_the_best_waitlisted()
    {
        var (_, call) = await ProgramAndCallAsync(places: 1);
        var (_, reviewerId) = await KeyAsync(["staff"], ["national"]);
        var apps = new List<string>();
        foreach (var coop in new[] { await CooperativeAsync(), await CooperativeAsync(), await CooperativeAsync() })
        {
            var (id, _) = await SubmittedAsync(call, coop);
            await MovedAsync(id, "underReview", null);
            apps.Add(id);
        }
        // The admin key reviews too (admins may): the waitlist order follows the ranking, not the decision order.
        await PostJsonAsync($"{ProgramsRoutes.Calls}/{call}/reviewers", new JsonObject { ["reviewerId"] = reviewerId });
        var adminKeyId = (string)(await GetAsync<JsonNode>("/api/v1/auth/me"))["id"]!;
        await PostJsonAsync($"{ProgramsRoutes.Calls}/{call}/reviewers", new JsonObject { ["reviewerId"] = adminKeyId });
        await SendJsonAsync(Client, HttpMethod.Put, $"{ProgramsRoutes.Applications}/{apps[1]}/reviews/mine", Scores(4, 4));
        await SendJsonAsync(Client, HttpMethod.Put, $"{ProgramsRoutes.Applications}/{apps[2]}/reviews/mine", Scores(7, 7));

        var noReason = await MoveAsync(apps[0], "selected", null);
        var skipping = await MoveAsync(apps[0], "completed");
        await MovedAsync(apps[0], "selected", "Premier du classement");
        var full = await MoveAsync(apps[1], "selected");
        await MovedAsync(apps[1], "waitlisted", "Liste d'attente");
        await MovedAsync(apps[2], "waitlisted", "Liste d'attente");
        var withdrawal = await MovedAsync(apps[0], "withdrawn", "La coopérative renonce");

        Assert.Multiple(async () =>
        {
            Assert.That(FieldsIn(await ProblemAsync(noReason, 400)), Does.Contain("reason"));
            var notAllowed = await ProblemAsync(skipping, 409);
            Assert.That(notAllowed["allowed"]!.AsArray().Select(a => (string?)a), Is.EquivalentTo(new[] { "selected", "waitlisted", "rejected", "withdrawn" }));
            Assert.That((string?)(await ProblemAsync(full, 409))["code"], Is.EqualTo("call.places_full"));
            Assert.That((string?)withdrawal["application"]!["status"], Is.EqualTo("withdrawn"));
            Assert.That((string?)withdrawal["promoted"]!["id"], Is.EqualTo(apps[2]), "the better-ranked waitlisted application");
            Assert.That(await StatusOfAsync(apps[2]), Is.EqualTo("selected"));
            Assert.That(await StatusOfAsync(apps[1]), Is.EqualTo("waitlisted"));
            var history = await GetAsync<JsonArray>($"{ProgramsRoutes.Applications}/{apps[2]}/history");
            // Written by the system, read in the default language (French) here.
            Assert.That((string?)history.Last()!["reason"], Is.EqualTo("Retenue depuis la liste d’attente : une candidature retenue a été retirée."));
            Assert.That((string?)(await GetAsync<JsonNode>($"{ProgramsRoutes.Applications}/{apps[0]}"))["decisionReason"], Is.EqualTo("Premier du classement"));
        });
    }

    [Test]
    public async Task Given_a_dissolved_cooperative_Then_its_open_applications_are_withdrawn_and_its_place_goes_to_the_waitlist()
    {
        var (_, call) = await ProgramAndCallAsync(places: 1);
        var dissolving = await CooperativeAsync();
        var waiting = await CooperativeAsync();
        var (selected, _) = await SubmittedAsync(call, dissolving);
        var (waitlisted, _) = await SubmittedAsync(call, waiting);
        foreach (var id in new[] { selected, waitlisted }) await MovedAsync(id, "underReview", null);
        await MovedAsync(selected, "selected");
        await MovedAsync(waitlisted, "waitlisted");

        Assert.That((await ChangeStatusAsync(dissolving, "inLiquidation", "2026-01-10", "Assemblée générale extraordinaire", "*")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await ChangeStatusAsync(dissolving, "dissolved", "2026-03-01", "Décision de l'assemblée", "*")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var history = await GetAsync<JsonArray>($"{ProgramsRoutes.Applications}/{selected}/history");
        Assert.Multiple(async () =>
        {
            Assert.That(await StatusOfAsync(selected), Is.EqualTo("withdrawn"));
            Assert.That((string?)history.Last()!["reason"], Is.EqualTo("La coopérative a été dissoute le 01/03/2026 : Décision de l'assemblée"));
            Assert.That((string?)history.Last()!["actor"], Is.EqualTo("CoopHub (automatique)"));
            Assert.That(await StatusOfAsync(waitlisted), Is.EqualTo("selected"));
        });
    }

    [Test]
    public async Task Given_support_and_outcomes_Then_the_report_figures_match_the_rows()
    {
        var (program, call) = await ProgramAndCallAsync(places: 3);
        var coops = new[] { await CooperativeAsync(womenLed: true), await CooperativeAsync(region: "MA-02", province: "MA-NAD", womenLed: false), await CooperativeAsync(region: "MA-06", province: "MA-CAS") };
        var apps = new List<string>();
        foreach (var coop in coops) apps.Add((await SubmittedAsync(call, coop)).Id);
        foreach (var id in apps.Take(2))
        {
            await MovedAsync(id, "underReview", null);
            await MovedAsync(id, "selected");
        }
        async Task<HttpResponseMessage> Support(string app, string axis, string kind, decimal? amount) => await PostJsonAsync($"{ProgramsRoutes.Applications}/{app}/support",
            new JsonObject { ["axis"] = axis, ["kind"] = kind, ["amount"] = amount, ["deliveredOn"] = "2025-11-10" });
        Assert.That((await Support(apps[0], "equipment", "equipment", 120000.50m)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await Support(apps[0], "capacity", "training", null)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await Support(apps[1], "equipment", "equipment", 80000m)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var unknownAxis = await Support(apps[1], "marketing", "coaching", null);
        var notBeneficiary = await Support(apps[2], "equipment", "equipment", 1m);
        foreach (var (app, value) in new[] { (apps[0], 4m), (apps[1], 3m) })
        {
            var outcome = await PostJsonAsync($"{ProgramsRoutes.Applications}/{app}/outcomes", new JsonObject { ["indicator"] = "jobs_created", ["value"] = value, ["measuredOn"] = "2025-12-31" });
            Assert.That(outcome.StatusCode, Is.EqualTo(HttpStatusCode.Created), await outcome.Content.ReadAsStringAsync());
        }
        var sameDay = await PostJsonAsync($"{ProgramsRoutes.Applications}/{apps[0]}/outcomes", new JsonObject { ["indicator"] = "jobs_created", ["value"] = 1, ["measuredOn"] = "2025-12-31" });

        var report = await GetAsync<JsonNode>($"{ProgramsRoutes.Programs}/{program}/report");
        var csv = await Client.GetStringAsync($"{ProgramsRoutes.Programs}/{program}/report.csv");

        var supportTotal = await ScalarAsync<decimal>("SELECT SUM(amount) FROM prog_support WHERE program_id = @P", new { P = Guid.Parse(program) });
        var beneficiaries = await ScalarAsync<long>("SELECT COUNT(*) FROM prog_applications WHERE program_id = @P AND status IN ('selected', 'supported', 'completed')", new { P = Guid.Parse(program) });
        var jobs = await ScalarAsync<decimal>("SELECT SUM(value) FROM prog_outcomes WHERE program_id = @P AND indicator = 'jobs_created'", new { P = Guid.Parse(program) });
        var byStatus = report["applicationsByStatus"]!.AsArray().ToDictionary(s => (string)s!["status"]!, s => (int)s!["count"]!);
        Assert.Multiple(async () =>
        {
            Assert.That(FieldsIn(await ProblemAsync(unknownAxis, 400)), Does.Contain("axis"));
            Assert.That((string?)(await ProblemAsync(notBeneficiary, 409))["code"], Is.EqualTo("application.not_selected"));
            Assert.That((string?)(await ProblemAsync(sameDay, 409))["code"], Is.EqualTo("outcome.duplicate"));
            Assert.That(await StatusOfAsync(apps[0]), Is.EqualTo("supported"), "the first support moves a selected beneficiary to supported");
            Assert.That(byStatus, Has.Count.EqualTo(11), "every state is listed, with zeros");
            Assert.That((byStatus["supported"], byStatus["ineligible"], byStatus["draft"]), Is.EqualTo((2, 1, 0)), "the third cooperative is outside the call's region");
            Assert.That((int?)report["beneficiaries"], Is.EqualTo(beneficiaries).And.EqualTo(2));
            Assert.That(report["beneficiariesByRegion"]!.AsArray().Select(g => ((string?)g!["key"], (int?)g["count"])), Is.EqualTo(new[] { ("MA-02", (int?)2) }));
            Assert.That((int?)report["womenLedBeneficiaries"], Is.EqualTo(1));
            Assert.That((decimal?)report["supportTotal"], Is.EqualTo(supportTotal).And.EqualTo(200000.50m));
            var equipment = report["supportByAxis"]!.AsArray().Single(a => (string?)a!["axis"] == "equipment")!;
            Assert.That(((int?)equipment["deliveries"], (decimal?)equipment["amount"]), Is.EqualTo(((int?)2, (decimal?)200000.50m)));
            var indicator = report["indicators"]!.AsArray().Single(i => (string?)i!["code"] == "jobs_created")!;
            Assert.That(((decimal?)indicator["actual"], (decimal?)indicator["target"], (decimal?)indicator["percentOfTarget"]), Is.EqualTo(((decimal?)jobs, (decimal?)20m, (decimal?)35m)));
            Assert.That(csv, Does.Contain("support,total,,200000.5,,").And.Contain("indicators,jobs_created,,,20,7").And.Contain("beneficiariesByRegion,MA-02,2,"));
        });
    }

    [Test]
    public async Task Given_a_call_Then_matching_lists_eligible_cooperatives_that_have_not_applied_and_a_cooperative_sees_its_open_calls()
    {
        var (_, call) = await ProgramAndCallAsync(rules: new JsonObject { ["regions"] = new JsonArray("MA-02"), ["sectors"] = new JsonArray("handicraft"), ["minMembers"] = 10 });
        var applied = await CooperativeAsync();
        var invitable = await CooperativeAsync();
        var tooSmall = await CooperativeAsync(total: 5);
        var elsewhere = await CooperativeAsync(region: "MA-06", province: "MA-CAS");
        await SubmittedAsync(call, applied);

        var eligible = await GetAsync<JsonNode>($"{ProgramsRoutes.Calls}/{call}/eligible-cooperatives");
        var forSmall = await GetAsync<JsonArray>($"{CooperativesRoutes.Base}/{tooSmall}/open-calls");
        var forInvitable = await Anonymous.GetStringAsync($"{CooperativesRoutes.Base}/{invitable}/open-calls");
        var forApplied = await GetAsync<JsonArray>($"{CooperativesRoutes.Base}/{applied}/open-calls");
        var unknown = await Client.GetAsync($"{CooperativesRoutes.Base}/{Guid.NewGuid()}/open-calls");

        Assert.Multiple(async () =>
        {
            Assert.That(eligible["items"]!.AsArray().Select(c => (string?)c!["id"]), Is.EqualTo(new[] { invitable }));
            Assert.That((int?)eligible["total"], Is.EqualTo(1));
            Assert.That((bool?)forSmall.Single()!["eligible"], Is.False);
            Assert.That(forSmall.Single()!["failures"]!.AsArray().Select(f => (string?)f!["rule"]), Is.EqualTo(new[] { "members" }));
            Assert.That((bool?)JsonNode.Parse(forInvitable)!.AsArray().Single()!["eligible"], Is.True);
            Assert.That((string?)forApplied.Single()!["applicationStatus"], Is.EqualTo("eligible"));
            Assert.That(elsewhere, Is.Not.Empty);
            await ProblemAsync(unknown, 404);
        });
    }

    [Test]
    public async Task Given_bad_input_Then_each_gets_a_problem_with_the_right_status_and_nothing_is_written()
    {
        var program = await CreatedIdAsync(ProgramsRoutes.Programs, ProgramBody());
        var call = CallBody(program);
        var withOffset = call.DeepClone().AsObject();
        withOffset["closesAt"] = "2026-09-30T23:59:00Z";
        var badWeights = call.DeepClone().AsObject();
        badWeights["criteria"]![0]!["weight"] = 50;
        var unknownProgram = call.DeepClone().AsObject();
        unknownProgram["programId"] = Guid.NewGuid().ToString();
        var callId = await CreatedIdAsync(ProgramsRoutes.Calls, call);
        var etag = (await Client.GetAsync($"{ProgramsRoutes.Calls}/{callId}")).Headers.ETag!.Tag;

        var malformed = await Client.PostAsync(ProgramsRoutes.Calls, new StringContent("{\"programId\": ", System.Text.Encoding.UTF8, "application/json"));
        var wrongType = await Client.PostAsync(ProgramsRoutes.Calls, new StringContent("{\"places\": \"many\"}", System.Text.Encoding.UTF8, "application/json"));
        var offset = await PostJsonAsync(ProgramsRoutes.Calls, withOffset);
        var weights = await PostJsonAsync(ProgramsRoutes.Calls, badWeights);
        var noProgram = await PostJsonAsync(ProgramsRoutes.Calls, unknownProgram);
        var sameCode = await PostJsonAsync(ProgramsRoutes.Programs, ProgramBody("delio"));
        var noIfMatch = await PutJsonAsync($"{ProgramsRoutes.Calls}/{callId}", call, null);
        var stale = await PutJsonAsync($"{ProgramsRoutes.Calls}/{callId}", call, "\"99\"");
        var fresh = await PutJsonAsync($"{ProgramsRoutes.Calls}/{callId}", call, etag);
        var unknownApplication = await Client.GetAsync($"{ProgramsRoutes.Applications}/{Guid.NewGuid()}");
        var unknownCall = await PostJsonAsync($"{ProgramsRoutes.Calls}/{Guid.NewGuid()}/applications", ApplicationBody(await CooperativeAsync()));
        var anonymousApply = await Anonymous.PostAsync($"{ProgramsRoutes.Calls}/{callId}/applications",
            new StringContent(ApplicationBody(Guid.NewGuid().ToString()).ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var anonymousList = await Anonymous.GetAsync(ProgramsRoutes.Applications);

        Assert.Multiple(async () =>
        {
            await ProblemAsync(malformed, 400);
            Assert.That(FieldsIn(await ProblemAsync(wrongType, 400)), Does.Contain("places"));
            Assert.That(FieldsIn(await ProblemAsync(offset, 400)), Does.Contain("closesAt"));
            Assert.That(FieldsIn(await ProblemAsync(weights, 400)), Does.Contain("criteria"));
            Assert.That(FieldsIn(await ProblemAsync(noProgram, 400)), Does.Contain("programId"));
            Assert.That((string?)(await ProblemAsync(sameCode, 409))["code"], Is.EqualTo("program.code_taken"));
            await ProblemAsync(noIfMatch, 428);
            await ProblemAsync(stale, 412);
            Assert.That(fresh.StatusCode, Is.EqualTo(HttpStatusCode.OK), await fresh.Content.ReadAsStringAsync());
            await ProblemAsync(unknownApplication, 404);
            await ProblemAsync(unknownCall, 404);
            await ProblemAsync(anonymousApply, 401);
            await ProblemAsync(anonymousList, 401);
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM prog_calls"), Is.EqualTo(1));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM prog_programs"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_draft_call_and_another_cooperatives_application_Then_outsiders_cannot_see_them()
    {
        var program = await CreatedIdAsync(ProgramsRoutes.Programs, ProgramBody());
        var draftBody = CallBody(program);
        draftBody["status"] = "draft";
        var draft = await CreatedIdAsync(ProgramsRoutes.Calls, draftBody);
        var call = await CreatedIdAsync(ProgramsRoutes.Calls, CallBody(program));
        var mine = await CooperativeAsync();
        var theirs = await CooperativeAsync();
        var (managerOfMine, _) = await KeyAsync(["coop-manager"], cooperatives: [mine]);
        var (staffElsewhere, _) = await KeyAsync(["staff"], ["MA-06"]);
        var ownApplication = await CreatedIdAsync($"{ProgramsRoutes.Calls}/{call}/applications", ApplicationBody(mine), managerOfMine);
        var theirApplication = await CreatedIdAsync($"{ProgramsRoutes.Calls}/{call}/applications", ApplicationBody(theirs));
        var forTheirs = await SendJsonAsync(managerOfMine, HttpMethod.Post, $"{ProgramsRoutes.Calls}/{call}/applications", ApplicationBody(await CooperativeAsync()));

        var listed = JsonNode.Parse(await managerOfMine.GetStringAsync(ProgramsRoutes.Applications))!;
        var publicCalls = JsonNode.Parse(await Anonymous.GetStringAsync(ProgramsRoutes.Calls))!;
        Assert.Multiple(async () =>
        {
            await ProblemAsync(await Anonymous.GetAsync($"{ProgramsRoutes.Calls}/{draft}"), 404);
            Assert.That(publicCalls["items"]!.AsArray().Select(c => (string?)c!["id"]), Is.EqualTo(new[] { call }));
            Assert.That(listed["items"]!.AsArray().Select(a => (string?)a!["id"]), Is.EqualTo(new[] { ownApplication }));
            await ProblemAsync(await managerOfMine.GetAsync($"{ProgramsRoutes.Applications}/{theirApplication}"), 403);
            await ProblemAsync(forTheirs, 403);
            await ProblemAsync(await staffElsewhere.GetAsync($"{ProgramsRoutes.Calls}/{call}/ranking"), 403);
            await ProblemAsync(await SendJsonAsync(staffElsewhere, HttpMethod.Post, $"{ProgramsRoutes.Applications}/{theirApplication}/transitions",
                new JsonObject { ["to"] = "withdrawn", ["reason"] = "x" }), 403);
        });
        managerOfMine.Dispose();
        staffElsewhere.Dispose();
    }
}

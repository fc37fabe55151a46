using System.Net;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using CoopHub.ProjectBank;

namespace CoopHub.Api.Tests.ProjectBank;

public sealed class ProjectBankTests(Engine engine) : ProgramTest(engine)
{
    private static string Local(DateTime utc) => utc.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss");

    private static JsonObject IdeaBody(string? cooperative, string title = "Atelier partagé de tissage", string sector = "handicraft", string region = "MA-02") => new()
    {
        ["cooperativeId"] = cooperative,
        ["titleFr"] = title,
        ["titleAr"] = "ورشة مشتركة للنسيج",
        ["problem"] = "Les artisanes travaillent isolées.",
        ["solution"] = "Un atelier équipé et une marque collective.",
        ["sectors"] = new JsonArray(sector),
        ["regions"] = new JsonArray(region),
        ["investment"] = 260000,
        ["jobs"] = new JsonObject { ["total"] = 12, ["women"] = 10, ["youth"] = 4 },
        ["sdgs"] = new JsonArray(5, 8),
    };

    private Task<HttpResponseMessage> MoveIdeaAsync(string idea, string to, string? comment = null, HttpClient? client = null)
        => SendJsonAsync(client ?? Client, HttpMethod.Post, $"{ProjectBankRoutes.Ideas}/{idea}/transitions", new JsonObject { ["to"] = to, ["comment"] = comment });

    private async Task<string> PublishedIdeaAsync(string? cooperative, string title = "Atelier partagé de tissage", string sector = "handicraft")
    {
        var id = await CreatedIdAsync(ProjectBankRoutes.Ideas, IdeaBody(cooperative, title, sector));
        Assert.That((await MoveIdeaAsync(id, "submitted")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await MoveIdeaAsync(id, "published")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return id;
    }

    /// <summary>An ideathon event and its competition, open for entries now, criteria social 40 / economic 40 / innovation 20.</summary>
    private async Task<string> CompetitionAsync(string status = "open", string? closes = null)
    {
        var eventId = await CreatedIdAsync("/api/v1/events", new JsonObject
        {
            ["kind"] = "ideathon", ["titleFr"] = "Idéathon", ["regionCode"] = "MA-02", ["status"] = "published",
            ["startsAt"] = Local(DateTime.UtcNow.AddDays(5)), ["endsAt"] = Local(DateTime.UtcNow.AddDays(5).AddHours(6)),
        });
        return await CreatedIdAsync(ProjectBankRoutes.Competitions, new JsonObject
        {
            ["titleFr"] = "Idéathon de l'innovation coopérative", ["eventId"] = eventId, ["status"] = status,
            ["opensAt"] = Local(DateTime.UtcNow.AddDays(-2)), ["closesAt"] = closes ?? Local(DateTime.UtcNow.AddDays(3)),
            ["criteria"] = new JsonArray(
                new JsonObject { ["key"] = "social_impact", ["nameFr"] = "Impact social", ["weight"] = 40 },
                new JsonObject { ["key"] = "economic_impact", ["nameFr"] = "Impact économique", ["weight"] = 40 },
                new JsonObject { ["key"] = "innovation", ["nameFr"] = "Innovation", ["weight"] = 20 }),
        });
    }

    private static JsonObject Sheet(int social, int economic, int innovation) => new()
    {
        ["scores"] = new JsonArray(
            new JsonObject { ["criterion"] = "social_impact", ["score"] = social },
            new JsonObject { ["criterion"] = "economic_impact", ["score"] = economic },
            new JsonObject { ["criterion"] = "innovation", ["score"] = innovation }),
    };

    [Test]
    public async Task Given_an_idea_Then_curation_goes_draft_submitted_returned_submitted_published_archived_and_only_published_is_public()
    {
        var coop = await CooperativeAsync();
        var (manager, _) = await KeyAsync(["coop-manager"], cooperatives: [coop]);
        var idea = await CreatedIdAsync(ProjectBankRoutes.Ideas, IdeaBody(coop), manager);

        var hiddenDraft = await Anonymous.GetAsync($"{ProjectBankRoutes.Ideas}/{idea}");
        var skip = await MoveIdeaAsync(idea, "published");
        var submitted = await MoveIdeaAsync(idea, "submitted", client: manager);
        var selfPublish = await MoveIdeaAsync(idea, "published", client: manager);
        var returnWithoutComment = await MoveIdeaAsync(idea, "returned");
        var returned = await BodyAsync(await MoveIdeaAsync(idea, "returned", "Précisez le budget d'équipement."));
        var edit = IdeaBody(coop);
        edit["investment"] = 300000;
        var edited = await SendJsonAsync(manager, HttpMethod.Put, $"{ProjectBankRoutes.Ideas}/{idea}", edit);
        var editRequest = new HttpRequestMessage(HttpMethod.Put, $"{ProjectBankRoutes.Ideas}/{idea}") { Content = new StringContent(edit.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        editRequest.Headers.TryAddWithoutValidation("If-Match", "*");
        var editedWithIfMatch = await manager.SendAsync(editRequest);
        await MoveIdeaAsync(idea, "submitted", client: manager);
        var published = await BodyAsync(await MoveIdeaAsync(idea, "published"));
        var publicRead = await Anonymous.GetAsync($"{ProjectBankRoutes.Ideas}/{idea}");
        var publicList = JsonNode.Parse(await Anonymous.GetStringAsync($"{ProjectBankRoutes.Ideas}?sector=handicraft&sdg=5"))!;
        var lockedEdit = await PutJsonAsync($"{ProjectBankRoutes.Ideas}/{idea}", edit, "*");
        var archived = await BodyAsync(await MoveIdeaAsync(idea, "archived"));
        var afterArchive = await Anonymous.GetAsync($"{ProjectBankRoutes.Ideas}/{idea}");

        Assert.Multiple(async () =>
        {
            await ProblemAsync(hiddenDraft, 404);
            var notAllowed = await ProblemAsync(skip, 409);
            Assert.That(notAllowed["allowed"]!.AsArray().Select(a => (string?)a), Is.EqualTo(new[] { "submitted" }));
            Assert.That(submitted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await ProblemAsync(selfPublish, 403);
            Assert.That(FieldsIn(await ProblemAsync(returnWithoutComment, 400)), Does.Contain("comment"));
            Assert.That(((string?)returned["status"], (string?)returned["curationComment"]), Is.EqualTo(("returned", "Précisez le budget d'équipement.")));
            await ProblemAsync(edited, 428);
            Assert.That(editedWithIfMatch.StatusCode, Is.EqualTo(HttpStatusCode.OK), await editedWithIfMatch.Content.ReadAsStringAsync());
            Assert.That(((string?)published["status"], (decimal?)published["investment"]), Is.EqualTo(("published", (decimal?)300000m)));
            Assert.That(publicRead.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(publicList["items"]!.AsArray().Select(i => (string?)i!["id"]), Is.EqualTo(new[] { idea }));
            Assert.That(JsonNode.Parse(await Anonymous.GetStringAsync($"{ProjectBankRoutes.Ideas}?cooperativeId={Guid.NewGuid()}"))!["total"]!.GetValue<int>(), Is.Zero);
            Assert.That(JsonNode.Parse(await Client.GetStringAsync($"{ProjectBankRoutes.Ideas}?cooperativeId={coop}"))!["total"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That((string?)(await ProblemAsync(lockedEdit, 409))["code"], Is.EqualTo("idea.not_editable"));
            Assert.That((string?)archived["status"], Is.EqualTo("archived"));
            await ProblemAsync(afterArchive, 404);
        });
        manager.Dispose();
    }

    [Test]
    public async Task Given_a_jury_Then_jurors_score_only_their_entries_never_their_own_cooperative_and_within_bounds()
    {
        var coopA = await CooperativeAsync();
        var coopB = await CooperativeAsync();
        var competition = await CompetitionAsync();
        var entryA = await CreatedIdAsync($"{ProjectBankRoutes.Competitions}/{competition}/entries", new JsonObject { ["ideaId"] = await PublishedIdeaAsync(coopA, "Idée A") });
        var entryB = await CreatedIdAsync($"{ProjectBankRoutes.Competitions}/{competition}/entries", new JsonObject { ["ideaId"] = await PublishedIdeaAsync(coopB, "Idée B") });
        var (juror, jurorId) = await KeyAsync(["staff"], ["MA-06"]);
        var (partner, partnerId) = await KeyAsync(["coop-manager"], cooperatives: [coopB]);
        var (narrow, narrowId) = await KeyAsync(["staff"], ["MA-06"]);
        var (outsider, _) = await KeyAsync(["staff"], ["MA-06"]);
        Assert.That((await PostJsonAsync($"{ProjectBankRoutes.Competitions}/{competition}/jurors", new JsonObject { ["jurorId"] = jurorId })).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That((await PostJsonAsync($"{ProjectBankRoutes.Competitions}/{competition}/jurors", new JsonObject { ["jurorId"] = partnerId })).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var strangerEntry = Guid.NewGuid().ToString();
        var ownEntryNamed = await PostJsonAsync($"{ProjectBankRoutes.Competitions}/{competition}/jurors", new JsonObject { ["jurorId"] = narrowId, ["entries"] = new JsonArray(entryA, strangerEntry) });
        Assert.That((await PostJsonAsync($"{ProjectBankRoutes.Competitions}/{competition}/jurors", new JsonObject { ["jurorId"] = narrowId, ["entries"] = new JsonArray(entryA) })).StatusCode, Is.EqualTo(HttpStatusCode.Created));

        Task<HttpResponseMessage> Score(HttpClient client, string entry, JsonObject sheet) => SendJsonAsync(client, HttpMethod.Put, $"{ProjectBankRoutes.Competitions}/{competition}/entries/{entry}/scores/mine", sheet);
        var ok = await Score(juror, entryA, Sheet(8, 7, 9));
        var conflict = await Score(partner, entryB, Sheet(10, 10, 10));
        var partnerOk = await Score(partner, entryA, Sheet(6, 6, 6));
        var notAssigned = await Score(narrow, entryB, Sheet(5, 5, 5));
        var notJuror = await Score(outsider, entryA, Sheet(5, 5, 5));
        var tooHigh = await Score(juror, entryB, Sheet(11, 5, 5));
        var partial = await SendJsonAsync(juror, HttpMethod.Put, $"{ProjectBankRoutes.Competitions}/{competition}/entries/{entryB}/scores/mine",
            new JsonObject { ["scores"] = new JsonArray(new JsonObject { ["criterion"] = "innovation", ["score"] = 5 }) });
        var progress = await GetAsync<JsonArray>($"{ProjectBankRoutes.Competitions}/{competition}/jurors");
        var candidates = await GetAsync<JsonArray>($"{ProjectBankRoutes.Competitions}/{competition}/juror-candidates");
        var partnerAssignment = JsonNode.Parse(await partner.GetStringAsync($"{ProjectBankRoutes.Competitions}/{competition}/jury/mine"))!;

        Assert.Multiple(async () =>
        {
            Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK), await ok.Content.ReadAsStringAsync());
            Assert.That((decimal?)(await BodyAsync(ok))["weightedScore"], Is.EqualTo(7.8m), "8×40% + 7×40% + 9×20%");
            Assert.That((string?)(await ProblemAsync(conflict, 409))["code"], Is.EqualTo("jury.conflict_of_interest"));
            Assert.That(partnerOk.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var strangers = await ProblemAsync(ownEntryNamed, 400);
            Assert.That(FieldsIn(strangers), Does.Contain("entries"));
            Assert.That(strangers["entries"]!.AsArray().Select(e => (string?)e), Is.EqualTo(new[] { strangerEntry }), "the entries not of this competition are named for the client");
            await ProblemAsync(notAssigned, 403);
            await ProblemAsync(notJuror, 403);
            Assert.That(FieldsIn(await ProblemAsync(tooHigh, 400)), Does.Contain("scores[0].score"));
            Assert.That(FieldsIn(await ProblemAsync(partial, 400)), Does.Contain("scores"));
            var byJuror = progress.ToDictionary(p => (string)p!["jurorId"]!, p => p!);
            Assert.That(((int?)byJuror[jurorId]["assigned"], (int?)byJuror[jurorId]["scored"]), Is.EqualTo(((int?)2, (int?)1)));
            Assert.That(byJuror[jurorId]["missing"]!.AsArray().Select(m => (string?)m), Is.EqualTo(new[] { entryB }));
            Assert.That(((int?)byJuror[partnerId]["assigned"], (int?)byJuror[partnerId]["scored"]), Is.EqualTo(((int?)1, (int?)1)), "their own cooperative's entry is not theirs to score");
            Assert.That(((int?)byJuror[narrowId]["assigned"], (int?)byJuror[narrowId]["scored"]), Is.EqualTo(((int?)1, (int?)0)));
            Assert.That(partnerAssignment["entries"]!.AsArray().Select(e => (string?)e!["id"]), Is.EqualTo(new[] { entryA }));
            Assert.That(candidates.Select(c => (string?)c!["name"]), Is.EqualTo(new[] { "Administrator" }),
                "staff users of the region not yet on the jury (the API keys on it are not users; the bootstrap admin is)");
        });
        foreach (var c in new[] { juror, partner, narrow, outsider }) c.Dispose();
    }

    [Test]
    public async Task Given_scores_Then_the_ranking_applies_the_tie_rule_is_reproducible_and_is_public_only_once_published_with_awards()
    {
        var competition = await CompetitionAsync();
        var entries = new List<string>();
        foreach (var title in new[] { "Idée sociale", "Idée économique", "Idée tardive", "Idée sans note" })
        {
            entries.Add(await CreatedIdAsync($"{ProjectBankRoutes.Competitions}/{competition}/entries", new JsonObject { ["ideaId"] = await PublishedIdeaAsync(await CooperativeAsync(), title) }));
        }
        var adminId = (string)(await GetAsync<JsonNode>("/api/v1/auth/me"))["id"]!;
        await PostJsonAsync($"{ProjectBankRoutes.Competitions}/{competition}/jurors", new JsonObject { ["jurorId"] = adminId });
        // All three weigh 7.0; the first two beat the third on social impact (8 > 6)… and tie with each other, so the earlier entry wins.
        foreach (var (entry, sheet) in new[] { (entries[0], Sheet(8, 6, 7)), (entries[1], Sheet(8, 6, 7)), (entries[2], Sheet(6, 8, 7)) })
        {
            var scored = await SendJsonAsync(Client, HttpMethod.Put, $"{ProjectBankRoutes.Competitions}/{competition}/entries/{entry}/scores/mine", sheet);
            Assert.That(scored.StatusCode, Is.EqualTo(HttpStatusCode.OK), await scored.Content.ReadAsStringAsync());
        }
        var hidden = await Anonymous.GetAsync($"{ProjectBankRoutes.Competitions}/{competition}/ranking");
        var first = await GetAsync<JsonNode>($"{ProjectBankRoutes.Competitions}/{competition}/ranking");
        var again = await GetAsync<JsonNode>($"{ProjectBankRoutes.Competitions}/{competition}/ranking");
        var awards = await SendJsonAsync(Client, HttpMethod.Put, $"{ProjectBankRoutes.Competitions}/{competition}/awards", new JsonObject
        {
            ["awards"] = new JsonArray(
                new JsonObject { ["entryId"] = entries[0], ["rank"] = 1, ["prizeLabel"] = "Premier prix", ["amount"] = 50000 },
                new JsonObject { ["entryId"] = entries[1], ["rank"] = 2, ["prizeLabel"] = "Deuxième prix" }),
        });
        var notOurs = await SendJsonAsync(Client, HttpMethod.Put, $"{ProjectBankRoutes.Competitions}/{competition}/awards", new JsonObject
        {
            ["awards"] = new JsonArray(new JsonObject { ["entryId"] = Guid.NewGuid().ToString(), ["rank"] = 1, ["prizeLabel"] = "?" }),
        });
        var current = await Client.GetAsync($"{ProjectBankRoutes.Competitions}/{competition}");
        var body = await BodyAsync(current);
        body["status"] = "resultsPublished";
        body["criteria"] = body["criteria"]!.DeepClone();
        var skipJudging = await PutJsonAsync($"{ProjectBankRoutes.Competitions}/{competition}", body, "*");
        body["status"] = "judging";
        var judging = await PutJsonAsync($"{ProjectBankRoutes.Competitions}/{competition}", body, "*");
        body["status"] = "resultsPublished";
        var publish = await PutJsonAsync($"{ProjectBankRoutes.Competitions}/{competition}", body, "*");
        var changeCriteria = body.DeepClone().AsObject();
        changeCriteria["tieBreakCriterion"] = "innovation";
        var locked = await PutJsonAsync($"{ProjectBankRoutes.Competitions}/{competition}", changeCriteria, "*");
        var publicRanking = JsonNode.Parse(await Anonymous.GetStringAsync($"{ProjectBankRoutes.Competitions}/{competition}/ranking"))!;
        var csv = await Anonymous.GetStringAsync($"{ProjectBankRoutes.Competitions}/{competition}/ranking.csv");

        var order = first["items"]!.AsArray().Select(i => (string?)i!["entryId"]).ToArray();
        Assert.Multiple(async () =>
        {
            await ProblemAsync(hidden, 401);
            Assert.That(order, Is.EqualTo(new[] { entries[0], entries[1], entries[2], entries[3] }));
            Assert.That(first["items"]!.AsArray().Select(i => (decimal?)i!["score"]), Is.EqualTo(new decimal?[] { 7m, 7m, 7m, null }));
            Assert.That(first["items"]!.AsArray().Select(i => (decimal?)i!["tieBreak"]), Is.EqualTo(new decimal?[] { 8m, 8m, 6m, null }));
            Assert.That(again.ToJsonString(), Is.EqualTo(first.ToJsonString()), "recomputed from the stored scores, the same");
            Assert.That(awards.StatusCode, Is.EqualTo(HttpStatusCode.OK), await awards.Content.ReadAsStringAsync());
            Assert.That(FieldsIn(await ProblemAsync(notOurs, 400)), Does.Contain("awards[0].entryId"));
            var skipped = await ProblemAsync(skipJudging, 409);
            Assert.That(skipped["allowed"]!.AsArray().Select(a => (string?)a), Is.EquivalentTo(new[] { "judging", "draft" }));
            Assert.That(judging.StatusCode, Is.EqualTo(HttpStatusCode.OK), await judging.Content.ReadAsStringAsync());
            Assert.That(publish.StatusCode, Is.EqualTo(HttpStatusCode.OK), await publish.Content.ReadAsStringAsync());
            Assert.That((string?)(await ProblemAsync(locked, 409))["code"], Is.EqualTo("competition.criteria_locked"));
            var winner = publicRanking["items"]![0]!;
            Assert.That(((string?)winner["award"]!["prizeLabel"], (decimal?)winner["award"]!["amount"]), Is.EqualTo(("Premier prix", (decimal?)50000m)));
            var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines[0], Is.EqualTo("rank,entryId,ideaTitleFr,ideaTitleAr,cooperativeNameFr,score,tieBreak,social_impact,economic_impact,innovation,sheets,award,prize,amount"));
            Assert.That(lines[1], Does.StartWith($"1,{entries[0]},Idée sociale,").And.EndWith(",7,8,8,6,7,1,1,Premier prix,50000"));
            Assert.That(lines, Has.Length.EqualTo(5));
        });
    }

    [Test]
    public async Task Given_entries_Then_only_published_ideas_within_the_window_enter_once()
    {
        var open = await CompetitionAsync();
        var closed = await CompetitionAsync(closes: Local(DateTime.UtcNow.AddMinutes(-1)));
        var coop = await CooperativeAsync();
        var published = await PublishedIdeaAsync(coop);
        var draft = await CreatedIdAsync(ProjectBankRoutes.Ideas, IdeaBody(coop, "Brouillon"));
        var (otherManager, _) = await KeyAsync(["coop-manager"], cooperatives: [await CooperativeAsync()]);

        var first = await PostJsonAsync($"{ProjectBankRoutes.Competitions}/{open}/entries", new JsonObject { ["ideaId"] = published });
        var twice = await PostJsonAsync($"{ProjectBankRoutes.Competitions}/{open}/entries", new JsonObject { ["ideaId"] = published });
        var unpublished = await PostJsonAsync($"{ProjectBankRoutes.Competitions}/{open}/entries", new JsonObject { ["ideaId"] = draft });
        var late = await PostJsonAsync($"{ProjectBankRoutes.Competitions}/{closed}/entries", new JsonObject { ["ideaId"] = published });
        var notTheirs = await SendJsonAsync(otherManager, HttpMethod.Post, $"{ProjectBankRoutes.Competitions}/{open}/entries", new JsonObject { ["ideaId"] = published });

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((string?)(await ProblemAsync(twice, 409))["code"], Is.EqualTo("entry.duplicate"));
            Assert.That((string?)(await ProblemAsync(unpublished, 409))["code"], Is.EqualTo("idea.not_published"));
            Assert.That((string?)(await ProblemAsync(late, 409))["code"], Is.EqualTo("competition.closed"));
            await ProblemAsync(notTheirs, 403);
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM bank_entries"), Is.EqualTo(1));
        });
        otherManager.Dispose();
    }

    [Test]
    public async Task Given_a_published_idea_Then_financing_lists_fitting_open_calls_and_adoptions_count_by_region()
    {
        var idea = await PublishedIdeaAsync(await CooperativeAsync());
        var draft = await CreatedIdAsync(ProjectBankRoutes.Ideas, IdeaBody(null, "Idée du personnel"));
        var program = await CreatedIdAsync("/api/v1/programs", ProgramBody());
        var fits = await CreatedIdAsync("/api/v1/calls", CallBody(program, rules: new JsonObject { ["sectors"] = new JsonArray("handicraft"), ["regions"] = new JsonArray("MA-02") }));
        await CreatedIdAsync("/api/v1/calls", CallBody(program, rules: new JsonObject { ["sectors"] = new JsonArray("agriculture") }));
        await CreatedIdAsync("/api/v1/calls", CallBody(program, rules: new JsonObject { ["regions"] = new JsonArray("MA-06") }));
        var anywhere = await CreatedIdAsync("/api/v1/calls", CallBody(program, rules: new JsonObject()));

        var financing = JsonNode.Parse(await Anonymous.GetStringAsync($"{ProjectBankRoutes.Ideas}/{idea}/financing"))!.AsArray();
        var linked = await BodyAsync(await PostJsonAsync($"{ProjectBankRoutes.Ideas}/{idea}/financing-links", new JsonObject { ["callId"] = fits }));
        var linkDraft = await PostJsonAsync($"{ProjectBankRoutes.Ideas}/{draft}/financing-links", new JsonObject { ["callId"] = fits });
        var adopters = new[] { await CooperativeAsync(), await CooperativeAsync(region: "MA-06", province: "MA-CAS"), await CooperativeAsync() };
        foreach (var coop in adopters) Assert.That((await PostJsonAsync($"{ProjectBankRoutes.Ideas}/{idea}/adoptions", new JsonObject { ["cooperativeId"] = coop })).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var again = await PostJsonAsync($"{ProjectBankRoutes.Ideas}/{idea}/adoptions", new JsonObject { ["cooperativeId"] = adopters[0] });
        var adoptions = JsonNode.Parse(await Anonymous.GetStringAsync($"{ProjectBankRoutes.Ideas}/{idea}/adoptions"))!;

        Assert.Multiple(async () =>
        {
            Assert.That(financing.Select(c => (string?)c!["id"]), Is.EquivalentTo(new[] { fits, anywhere }));
            Assert.That(linked["financingLinks"]!.AsArray().Select(l => (string?)l!["callId"]), Is.EqualTo(new[] { fits }));
            Assert.That((string?)(await ProblemAsync(linkDraft, 409))["code"], Is.EqualTo("idea.not_published"));
            Assert.That((string?)(await ProblemAsync(again, 409))["code"], Is.EqualTo("adoption.duplicate"));
            Assert.That(adoptions["byRegion"]!.AsArray().Select(g => ((string?)g!["regionCode"], (int?)g["count"])), Is.EqualTo(new[] { ("MA-02", (int?)2), ("MA-06", (int?)1) }));
        });
    }

    [Test]
    public async Task Given_a_created_idea_competition_entry_juror_or_adoption_Then_Location_is_its_own_url()
    {
        var idea = await PostJsonAsync(ProjectBankRoutes.Ideas, IdeaBody(await CooperativeAsync()));
        var ideaId = Guid.Parse((string)(await BodyAsync(idea))["id"]!);
        var competitionId = Guid.Parse(await CompetitionAsync());
        var published = Guid.Parse(await PublishedIdeaAsync(await CooperativeAsync()));
        var entry = await PostJsonAsync(ProjectBankRoutes.Entries(competitionId), new JsonObject { ["ideaId"] = published.ToString() });
        var (_, jurorId) = await KeyAsync(["staff"], ["MA-02"]);
        var juror = await PostJsonAsync(ProjectBankRoutes.Jurors(competitionId), new JsonObject { ["jurorId"] = jurorId });
        var adoption = await PostJsonAsync(ProjectBankRoutes.IdeaAdoptions(published), new JsonObject { ["cooperativeId"] = await CooperativeAsync() });

        Assert.Multiple(async () =>
        {
            Assert.That(idea.Headers.Location?.ToString(), Is.EqualTo(ProjectBankRoutes.Idea(ideaId)));
            Assert.That((await Client.GetAsync(idea.Headers.Location)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(entry.Headers.Location?.ToString(), Is.EqualTo(ProjectBankRoutes.Entry(competitionId, Guid.Parse((string)(await BodyAsync(entry))["id"]!))));
            Assert.That(juror.Headers.Location?.ToString(), Is.EqualTo(ProjectBankRoutes.Juror(competitionId, Guid.Parse(jurorId))));
            Assert.That(adoption.Headers.Location?.ToString(), Is.EqualTo(ProjectBankRoutes.IdeaAdoption(published, Guid.Parse((string)(await BodyAsync(adoption))["id"]!))));
        });
    }

    [Test]
    public async Task Given_staff_of_another_region_Then_the_competition_and_the_ranking_before_publication_are_refused_after_one_read()
    {
        var competition = Guid.Parse(await CompetitionAsync());
        var (elsewhere, _) = await KeyAsync(["staff"], ["MA-06"]);
        var (manager, _) = await KeyAsync(["coop-manager"], cooperatives: [await CooperativeAsync()]);
        var body = await BodyAsync(await Client.GetAsync(ProjectBankRoutes.Competition(competition)));

        using var updateRequest = new HttpRequestMessage(HttpMethod.Put, ProjectBankRoutes.Competition(competition))
        {
            Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        updateRequest.Headers.TryAddWithoutValidation("If-Match", "*");
        var update = await elsewhere.SendAsync(updateRequest);
        var awards = await SendJsonAsync(elsewhere, HttpMethod.Put, ProjectBankRoutes.Awards(competition), new JsonObject { ["awards"] = new JsonArray() });
        var ranking = await elsewhere.GetAsync(ProjectBankRoutes.Ranking(competition));
        var csv = await manager.GetAsync(ProjectBankRoutes.RankingCsv(competition));
        var anonymous = await Anonymous.GetAsync(ProjectBankRoutes.RankingCsv(competition));
        var unknown = await Client.GetAsync(ProjectBankRoutes.Ranking(Guid.NewGuid()));
        var notOnJury = await Client.GetAsync(ProjectBankRoutes.MyJury(Guid.NewGuid()));

        Assert.Multiple(async () =>
        {
            Assert.That((string?)(await ProblemAsync(update, 403))["detail"], Is.EqualTo("Seul le personnel de la région L'Oriental (ou un administrateur) mène ce concours."));
            Assert.That((string?)(await ProblemAsync(awards, 403))["detail"], Is.EqualTo("Seul le personnel de la région L'Oriental (ou un administrateur) mène ce concours."));
            await ProblemAsync(ranking, 403);
            await ProblemAsync(csv, 403);
            await ProblemAsync(anonymous, 401);
            await ProblemAsync(unknown, 404);
            await ProblemAsync(notOnJury, 403);
        });
        elsewhere.Dispose();
        manager.Dispose();
    }
}

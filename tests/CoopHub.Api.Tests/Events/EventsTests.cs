using System.Net;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using CoopHub.Events;
using Microsoft.AspNetCore.Hosting;

namespace CoopHub.Api.Tests.Events;

public sealed class EventsTests(Engine engine) : ProgramTest(engine)
{
    private static string Local(DateTime utc) => utc.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss");

    /// <summary>A published workshop in Oujda in ten days, registrations open now.</summary>
    private static JsonObject EventBody(int? capacity = 50, string audience = "public", string status = "published", string? closes = null, string? opens = null) => new()
    {
        ["kind"] = "workshop",
        ["titleAr"] = "ورشة التسويق الإلكتروني",
        ["titleFr"] = "Atelier e-marketing, Oujda",
        ["startsAt"] = Local(DateTime.UtcNow.AddDays(10)),
        ["endsAt"] = Local(DateTime.UtcNow.AddDays(10).AddHours(5)),
        ["venue"] = new JsonObject { ["address"] = "Bayt Al Karama, Oujda" },
        ["regionCode"] = "MA-02",
        ["provinceCode"] = "MA-OUJ",
        ["capacity"] = capacity,
        ["audience"] = audience,
        ["status"] = status,
        ["registrationOpensAt"] = opens,
        ["registrationClosesAt"] = closes,
        ["agenda"] = new JsonArray(new JsonObject { ["time"] = "09:00", ["titleFr"] = "Accueil" }),
    };

    private Task<HttpResponseMessage> RegisterAsync(string eventId, JsonObject body, HttpClient? client = null)
        => SendJsonAsync(client ?? Client, HttpMethod.Post, $"{EventsRoutes.Base}/{eventId}/registrations", body);

    private static JsonObject Attendee(string name) => new() { ["attendeeName"] = name, ["attendeeRole"] = "Présidente" };

    [Test]
    public async Task Given_200_simultaneous_registrations_for_50_seats_Then_exactly_50_are_registered_and_the_waitlist_is_1_to_150_and_a_cancellation_promotes_the_first()
    {
        var eventId = await CreatedIdAsync(EventsRoutes.Base, EventBody(capacity: 50));

        var responses = await Task.WhenAll(Enumerable.Range(1, 200).Select(async i =>
        {
            using var client = App.CreateAdminClient();
            var response = await RegisterAsync(eventId, Attendee($"Participante {i}"), client);
            return (response.StatusCode, Body: await BodyAsync(response));
        }));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created), string.Join("\n", responses.Where(r => r.StatusCode != HttpStatusCode.Created).Select(r => r.Body.ToJsonString()).Take(3)));
        var registrations = responses.Select(r => r.Body["registration"]!).ToList();
        var waitlisted = registrations.Where(r => (string?)r["status"] == "waitlisted").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(registrations.Count(r => (string?)r["status"] == "registered"), Is.EqualTo(50));
            Assert.That(waitlisted.Select(r => (int)r["waitlistPosition"]!).Order(), Is.EqualTo(Enumerable.Range(1, 150)), "positions given at registration");
        });
        var stored = await GetAsync<JsonNode>($"{EventsRoutes.Base}/{eventId}/registrations?status=waitlisted&pageSize=100&page=1");
        var storedRest = await GetAsync<JsonNode>($"{EventsRoutes.Base}/{eventId}/registrations?status=waitlisted&pageSize=100&page=2");
        var positions = stored["items"]!.AsArray().Concat(storedRest["items"]!.AsArray()).Select(r => (int)r!["waitlistPosition"]!).ToList();
        Assert.That(positions, Is.EqualTo(Enumerable.Range(1, 150)), "positions read back in order of arrival, no gaps");

        var first = stored["items"]!.AsArray()[0]!;
        var seated = registrations.First(r => (string?)r["status"] == "registered");
        var cancel = await Client.PostAsync($"{EventsRoutes.Base}/{eventId}/registrations/{seated["id"]}/cancel", null);
        var cancelled = await BodyAsync(cancel);
        var attendance = await GetAsync<JsonNode>($"{EventsRoutes.Base}/{eventId}/attendance");
        var next = await GetAsync<JsonNode>($"{EventsRoutes.Base}/{eventId}/registrations?status=waitlisted&pageSize=1");
        Assert.Multiple(async () =>
        {
            Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.OK), cancelled.ToJsonString());
            Assert.That(cancelled["promoted"]!.AsArray().Select(p => (string?)p!["id"]), Is.EqualTo(new[] { (string?)first["id"] }));
            Assert.That(((int?)attendance["registered"], (int?)attendance["waitlisted"], (int?)attendance["cancelled"]), Is.EqualTo(((int?)50, (int?)149, (int?)1)));
            Assert.That((int?)next["items"]![0]!["waitlistPosition"], Is.EqualTo(1));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM app_outbox WHERE type = 'registration.promoted'"), Is.EqualTo(1), "the promotion is announced");
        });
    }

    [Test]
    public async Task Given_the_registration_window_and_the_audience_Then_registering_outside_them_or_twice_is_refused()
    {
        var closed = await CreatedIdAsync(EventsRoutes.Base, EventBody(closes: Local(DateTime.UtcNow.AddMinutes(-5)), opens: Local(DateTime.UtcNow.AddDays(-3))));
        var notYet = await CreatedIdAsync(EventsRoutes.Base, EventBody(opens: Local(DateTime.UtcNow.AddDays(2))));
        var open = await CreatedIdAsync(EventsRoutes.Base, EventBody());
        var invited = await CreatedIdAsync(EventsRoutes.Base, EventBody(audience: "invited"));
        var draft = await CreatedIdAsync(EventsRoutes.Base, EventBody(status: "draft"));
        var coop = await CooperativeAsync();
        var (manager, _) = await KeyAsync(["coop-manager"], cooperatives: [coop]);
        var (otherManager, _) = await KeyAsync(["coop-manager"], cooperatives: [await CooperativeAsync()]);

        var first = await RegisterAsync(open, new JsonObject { ["cooperativeId"] = coop }, manager);
        var twice = await RegisterAsync(open, new JsonObject { ["cooperativeId"] = coop });
        var forSomeoneElse = await RegisterAsync(open, new JsonObject { ["cooperativeId"] = coop }, otherManager);
        var tooLate = await RegisterAsync(closed, new JsonObject { ["cooperativeId"] = coop }, manager);
        var tooEarly = await RegisterAsync(notYet, new JsonObject { ["cooperativeId"] = coop }, manager);
        var byInvitation = await RegisterAsync(invited, new JsonObject { ["cooperativeId"] = coop }, manager);
        var invitedByStaff = await RegisterAsync(invited, new JsonObject { ["cooperativeId"] = coop });
        var unpublished = await RegisterAsync(draft, new JsonObject { ["cooperativeId"] = coop }, manager);
        var nobody = await RegisterAsync(open, new JsonObject());
        var anonymous = await RegisterAsync(open, Attendee("X"), Anonymous);
        var mine = JsonNode.Parse(await manager.GetStringAsync($"{EventsRoutes.Base}/registrations/mine"))!.AsArray();

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), await first.Content.ReadAsStringAsync());
            Assert.That((string?)(await ProblemAsync(twice, 409))["code"], Is.EqualTo("registration.duplicate"));
            await ProblemAsync(forSomeoneElse, 403);
            Assert.That((string?)(await ProblemAsync(tooLate, 409))["code"], Is.EqualTo("registration.closed"));
            Assert.That((string?)(await ProblemAsync(tooEarly, 409))["code"], Is.EqualTo("registration.not_open_yet"));
            await ProblemAsync(byInvitation, 403);
            Assert.That(invitedByStaff.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            await ProblemAsync(unpublished, 404);
            Assert.That(FieldsIn(await ProblemAsync(nobody, 400)), Does.Contain("attendeeName"));
            await ProblemAsync(anonymous, 401);
            Assert.That(mine.Select(m => (string?)m!["registration"]!["eventId"]), Is.EquivalentTo(new[] { open, invited }));
        });
        manager.Dispose();
        otherManager.Dispose();
    }

    [Test]
    public async Task Given_a_self_service_code_Then_anyone_holding_it_can_view_and_cancel_and_guessing_is_rate_limited()
    {
        var eventId = await CreatedIdAsync(EventsRoutes.Base, EventBody(capacity: 1));
        var seat = await BodyAsync(await RegisterAsync(eventId, Attendee("Première")));
        var waiting = await BodyAsync(await RegisterAsync(eventId, Attendee("Deuxième")));
        var code = (string)seat["code"]!;

        var viewed = await Anonymous.GetAsync($"{EventsRoutes.ByCodeBase}/{code}");
        var viewedBody = await BodyAsync(viewed);
        var wrong = await Anonymous.GetAsync($"{EventsRoutes.ByCodeBase}/{new string('A', 32)}");
        var cancelled = await BodyAsync(await Anonymous.PostAsync($"{EventsRoutes.ByCodeBase}/{code.ToLowerInvariant()}/cancel", null));
        var again = await Anonymous.PostAsync($"{EventsRoutes.ByCodeBase}/{code}/cancel", null);
        var promoted = await BodyAsync(await Anonymous.GetAsync($"{EventsRoutes.ByCodeBase}/{waiting["code"]}"));

        Assert.Multiple(async () =>
        {
            Assert.That(code, Has.Length.EqualTo(32).And.Match("^[A-Z2-9]+$"), "160 random bits in base32");
            Assert.That((string?)waiting["code"], Is.Not.EqualTo(code));
            Assert.That(viewed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)viewedBody["eventTitleFr"], Is.EqualTo("Atelier e-marketing, Oujda"));
            await ProblemAsync(wrong, 404);
            Assert.That((string?)cancelled["registration"]!["status"], Is.EqualTo("cancelled"));
            Assert.That((string?)(await ProblemAsync(again, 409))["code"], Is.EqualTo("registration.already_cancelled"));
            Assert.That((string?)promoted["registration"]!["status"], Is.EqualTo("registered"));
            Assert.That(cancelled["promoted"]!.AsArray().Select(p => ((string?)p!["status"], (string?)p["attendeeName"])), Is.EqualTo(new[] { ("registered", (string?)null) }),
                "a code holder learns that the seat moved, not who took it");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM evt_registrations WHERE code_hash = @Code", new { Code = code }), Is.Zero, "codes are stored hashed");
        });

        // The limit is counted in the database, shared by every instance (ADR 0031): the look-ups above, from the same
        // address, count in this minute too. Start the guesser's minute from nothing.
        await ScalarAsync<long>("DELETE FROM app_rate_counters; SELECT 0", new { });
        await using var limited = new CoopHubApp(Engine, ConnectionString, configure: b => b.UseSetting("RateLimits:CodeLookupsPerMinute", "3"));
        using var guesser = limited.CreateClient();
        var statuses = new List<int>();
        for (var i = 0; i < 4; i++) statuses.Add((int)(await guesser.GetAsync($"{EventsRoutes.ByCodeBase}/GUESS{i}")).StatusCode);
        var limitedResponse = await guesser.GetAsync($"{EventsRoutes.ByCodeBase}/GUESS9");
        Assert.That(statuses, Is.EqualTo(new[] { 404, 404, 404, 429 }));
        await ProblemAsync(limitedResponse, 429);
    }

    [Test]
    public async Task Given_check_in_twice_and_walk_ins_Then_attendance_counts_each_person_once()
    {
        var eventId = await CreatedIdAsync(EventsRoutes.Base, EventBody(capacity: 2));
        var womenLed = await CooperativeAsync(womenLed: true);
        var other = await CooperativeAsync(region: "MA-06", province: "MA-CAS", womenLed: false);
        var a = await BodyAsync(await RegisterAsync(eventId, new JsonObject { ["cooperativeId"] = womenLed }));
        var b = await BodyAsync(await RegisterAsync(eventId, new JsonObject { ["cooperativeId"] = other }));
        var c = await BodyAsync(await RegisterAsync(eventId, Attendee("En attente")));
        Task<HttpResponseMessage> CheckIn(JsonObject body) => PostJsonAsync($"{EventsRoutes.Base}/{eventId}/check-in", body);

        var firstTime = await BodyAsync(await CheckIn(new JsonObject { ["code"] = (string)a["code"]! }));
        var secondTime = await BodyAsync(await CheckIn(new JsonObject { ["registrationId"] = (string)a["registration"]!["id"]! }));
        var waitlisted = await CheckIn(new JsonObject { ["code"] = (string)c["code"]! });
        var otherEvent = await CreatedIdAsync(EventsRoutes.Base, EventBody());
        var wrongEvent = await PostJsonAsync($"{EventsRoutes.Base}/{otherEvent}/check-in", new JsonObject { ["code"] = (string)b["code"]! });
        var headcount = await SendJsonAsync(Client, HttpMethod.Put, $"{EventsRoutes.Base}/{eventId}/walk-ins", new JsonObject { ["walkIns"] = 80 });
        var attendance = await GetAsync<JsonNode>($"{EventsRoutes.Base}/{eventId}/attendance");
        var (staffElsewhere, _) = await KeyAsync(["staff"], ["MA-06"]);
        var notOrganiser = await SendJsonAsync(staffElsewhere, HttpMethod.Post, $"{EventsRoutes.Base}/{eventId}/check-in", new JsonObject { ["code"] = (string)b["code"]! });

        Assert.Multiple(async () =>
        {
            Assert.That(((bool?)firstTime["alreadyCheckedIn"], (string?)firstTime["registration"]!["status"]), Is.EqualTo(((bool?)false, "attended")));
            Assert.That((bool?)secondTime["alreadyCheckedIn"], Is.True);
            Assert.That((string?)(await ProblemAsync(waitlisted, 409))["code"], Is.EqualTo("registration.waitlisted"));
            await ProblemAsync(wrongEvent, 404);
            Assert.That(headcount.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(((int?)attendance["attended"], (int?)attendance["walkIns"], (int?)attendance["present"], (int?)attendance["registered"]),
                Is.EqualTo(((int?)1, (int?)80, (int?)81, (int?)2)));
            Assert.That(attendance["byRegion"]!.AsArray().Select(g => ((string?)g!["key"], (int?)g["registered"], (int?)g["attended"])),
                Is.EquivalentTo(new[] { ("MA-02", (int?)1, (int?)1), ("MA-06", (int?)1, (int?)0) }));
            Assert.That(((int?)attendance["womenLed"]!["registered"], (int?)attendance["womenLed"]!["attended"]), Is.EqualTo(((int?)1, (int?)1)));
            await ProblemAsync(notOrganiser, 403);
        });
        staffElsewhere.Dispose();
    }

    [Test]
    public async Task Given_events_Then_the_calendar_feeds_parse_as_iCalendar_with_Casablanca_times()
    {
        var body = EventBody();
        body["startsAt"] = "2026-02-20T11:00:00"; // during Ramadan 2026 Morocco is on UTC+0
        body["endsAt"] = "2026-02-20T13:00:00";
        body["titleFr"] = "Rencontre régionale, DELIO; suite";
        var ramadan = await BodyAsync(await PostJsonAsync(EventsRoutes.Base, body));
        body["startsAt"] = "2025-09-23T11:00:00"; // UTC+1
        body["endsAt"] = "2025-09-23T13:30:00";
        var september = await BodyAsync(await PostJsonAsync(EventsRoutes.Base, body));
        var draft = EventBody(status: "draft");
        await PostJsonAsync(EventsRoutes.Base, draft);

        var one = await Anonymous.GetAsync($"{EventsRoutes.Base}/{september["id"]}.ics");
        var feedText = await Anonymous.GetStringAsync($"{EventsRoutes.CalendarFeed}?region=MA-02");
        var calendar = Ical.Net.Calendar.Load(await one.Content.ReadAsStringAsync())!;
        var feed = Ical.Net.Calendar.Load(feedText)!;
        var unknown = await Anonymous.GetAsync($"{EventsRoutes.Base}/{Guid.NewGuid()}.ics");

        Assert.Multiple(async () =>
        {
            Assert.That(one.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/calendar"));
            Assert.That(calendar.TimeZones.Select(z => z.TzId), Is.EqualTo(new[] { "Africa/Casablanca" }));
            var e = calendar.Events.Single();
            Assert.That(e.Summary, Is.EqualTo("Rencontre régionale, DELIO; suite"));
            Assert.That(e.DtStart!.AsUtc, Is.EqualTo(new DateTime(2025, 9, 23, 10, 0, 0, DateTimeKind.Utc)));
            Assert.That(e.DtStart.AsUtc, Is.EqualTo(((DateTimeOffset)september["startsAtUtc"]!).UtcDateTime));
            var inRamadan = feed.Events.Single(x => x.Uid == $"{ramadan["id"]}@coophub");
            Assert.That(inRamadan.DtStart!.AsUtc, Is.EqualTo(new DateTime(2026, 2, 20, 11, 0, 0, DateTimeKind.Utc)));
            Assert.That(feed.Events.Select(x => x.Uid), Is.EqualTo(new[] { $"{ramadan["id"]}@coophub" }), "drafts and events ended over a year ago are not in the feed");
            Assert.That(feedText.Split("\r\n").All(l => System.Text.Encoding.UTF8.GetByteCount(l) <= 75), Is.True, "lines folded at 75 octets");
            await ProblemAsync(unknown, 404);
        });
    }

    [Test]
    public async Task Given_an_event_and_a_registration_created_Then_each_Location_is_the_new_resources_own_url()
    {
        var created = await PostJsonAsync(EventsRoutes.Base, EventBody());
        var eventId = Guid.Parse((string)(await BodyAsync(created))["id"]!);
        var registered = await RegisterAsync(eventId.ToString(), Attendee("Première"));
        var registrationId = Guid.Parse((string)(await BodyAsync(registered))["registration"]!["id"]!);

        Assert.Multiple(async () =>
        {
            Assert.That(created.Headers.Location?.ToString(), Is.EqualTo(EventsRoutes.ById(eventId)));
            Assert.That((await Client.GetAsync(created.Headers.Location)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(registered.Headers.Location?.ToString(), Is.EqualTo(EventsRoutes.Registration(eventId, registrationId)), "the registration, not the list");
        });
    }

    [Test]
    public async Task Given_staff_of_another_region_Then_the_organisers_operations_answer_403_on_the_event_they_load_and_404_on_an_unknown_one()
    {
        var eventId = await CreatedIdAsync(EventsRoutes.Base, EventBody());
        var id = Guid.Parse(eventId);
        var registration = (string)(await BodyAsync(await RegisterAsync(eventId, Attendee("Première"))))["registration"]!["id"]!;
        var (elsewhere, _) = await KeyAsync(["staff"], ["MA-06"]);
        var (organiser, _) = await KeyAsync(["staff"], ["MA-02"]);
        var movedAway = EventBody();
        movedAway["regionCode"] = "MA-06";
        movedAway["provinceCode"] = "MA-CAS";
        var unknown = Guid.NewGuid();
        Task<HttpResponseMessage> Put(HttpClient client, string url, JsonNode body)
        {
            var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
            request.Headers.TryAddWithoutValidation("If-Match", "*");
            return client.SendAsync(request);
        }

        var forbidden = new Dictionary<string, HttpResponseMessage>
        {
            ["UpdateEvent"] = await Put(elsewhere, EventsRoutes.ById(id), EventBody()),
            ["UpdateEvent to another region"] = await Put(organiser, EventsRoutes.ById(id), movedAway),
            ["RecordWalkIns"] = await Put(elsewhere, $"{EventsRoutes.ById(id)}/walk-ins", new JsonObject { ["walkIns"] = 3 }),
            ["ListEventRegistrations"] = await elsewhere.GetAsync(EventsRoutes.Registrations(id)),
            ["CancelRegistration"] = await elsewhere.PostAsync($"{EventsRoutes.Registration(id, Guid.Parse(registration))}/cancel", null),
            ["RegisterForEvent"] = await RegisterAsync(eventId, Attendee("Intruse"), elsewhere),
        };
        var notFound = new Dictionary<string, HttpResponseMessage>
        {
            ["UpdateEvent"] = await Put(Client, EventsRoutes.ById(unknown), EventBody()),
            ["RecordWalkIns"] = await Put(Client, $"{EventsRoutes.ById(unknown)}/walk-ins", new JsonObject { ["walkIns"] = 3 }),
            ["ListEventRegistrations"] = await Client.GetAsync(EventsRoutes.Registrations(unknown)),
            ["CancelRegistration"] = await Client.PostAsync($"{EventsRoutes.Registration(unknown, Guid.Parse(registration))}/cancel", null),
            ["CheckIn"] = await SendJsonAsync(Client, HttpMethod.Post, $"{EventsRoutes.ById(unknown)}/check-in", new JsonObject { ["registrationId"] = registration }),
        };
        var walkIns = await Put(organiser, $"{EventsRoutes.ById(id)}/walk-ins", new JsonObject { ["walkIns"] = 3 });

        Assert.Multiple(async () =>
        {
            foreach (var (operation, response) in forbidden)
            {
                Assert.That((string?)(await ProblemAsync(response, 403))["code"], Is.EqualTo("auth.forbidden"), operation);
            }
            foreach (var (operation, response) in notFound) await ProblemAsync(response, 404);
            Assert.That(walkIns.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the event's own organisers pass");
            Assert.That(await ScalarAsync<long>("SELECT walk_ins FROM evt_events WHERE id = @Id", new { Id = id }), Is.EqualTo(3), "the refused writes wrote nothing");
        });
        elsewhere.Dispose();
        organiser.Dispose();
    }

    [Test]
    public async Task Given_bad_event_input_Then_each_gets_a_problem_and_nothing_is_written()
    {
        var reversed = EventBody();
        reversed["endsAt"] = reversed["startsAt"]!.DeepClone();
        var utc = EventBody();
        utc["startsAt"] = "2026-01-08T10:00:00Z";
        var unknownOrganiser = EventBody();
        unknownOrganiser["organisers"] = new JsonArray(Guid.NewGuid().ToString());
        var badAgenda = EventBody();
        badAgenda["agenda"] = new JsonArray(new JsonObject { ["time"] = "25:00", ["titleFr"] = "?" });
        var eventId = await CreatedIdAsync(EventsRoutes.Base, EventBody(capacity: 1));
        await RegisterAsync(eventId, Attendee("A"));
        var shrink = EventBody(capacity: 1);
        shrink["capacity"] = 0;
        var past = EventBody();
        past["status"] = "completed";

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["reversed"] = await PostJsonAsync(EventsRoutes.Base, reversed),
            ["utc"] = await PostJsonAsync(EventsRoutes.Base, utc),
            ["organiser"] = await PostJsonAsync(EventsRoutes.Base, unknownOrganiser),
            ["agenda"] = await PostJsonAsync(EventsRoutes.Base, badAgenda),
            ["kind"] = await Client.PostAsync(EventsRoutes.Base, new StringContent("{\"kind\":\"party\"}", System.Text.Encoding.UTF8, "application/json")),
            ["stale"] = await PutJsonAsync($"{EventsRoutes.Base}/{eventId}", EventBody(), "\"7\""),
            ["noIfMatch"] = await PutJsonAsync($"{EventsRoutes.Base}/{eventId}", EventBody(), null),
            ["notStarted"] = await PutJsonAsync($"{EventsRoutes.Base}/{eventId}", past, "*"),
            ["unknown"] = await Client.GetAsync($"{EventsRoutes.Base}/{Guid.NewGuid()}"),
            ["unknownRegistration"] = await RegisterAsync(Guid.NewGuid().ToString(), Attendee("B")),
        };

        Assert.Multiple(async () =>
        {
            Assert.That(FieldsIn(await ProblemAsync(responses["reversed"], 400)), Does.Contain("endsAt"));
            Assert.That(FieldsIn(await ProblemAsync(responses["utc"], 400)), Does.Contain("startsAt"));
            Assert.That(FieldsIn(await ProblemAsync(responses["organiser"], 400)), Does.Contain("organisers[0]"));
            Assert.That(FieldsIn(await ProblemAsync(responses["agenda"], 400)), Does.Contain("agenda[0].time"));
            Assert.That(FieldsIn(await ProblemAsync(responses["kind"], 400)), Does.Contain("kind"));
            await ProblemAsync(responses["stale"], 412);
            await ProblemAsync(responses["noIfMatch"], 428);
            Assert.That((string?)(await ProblemAsync(responses["notStarted"], 409))["code"], Is.EqualTo("event.not_started"));
            await ProblemAsync(responses["unknown"], 404);
            await ProblemAsync(responses["unknownRegistration"], 404);
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM evt_events"), Is.EqualTo(1));
        });
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using CoopHub.Events;

namespace CoopHub.Api.Tests.Events;

/// <summary>
/// The Events module answers in the reader's language (ADR 0020): its form, its registration and check-in conflicts
/// and its refusals in Arabic and French with their codes, dates and times as the reader writes them, regions by name.
/// </summary>
public sealed class EventMessagesTests(Engine engine) : ProgramTest(engine)
{
    /// <summary>Casablanca is UTC+1 outside Ramadan; a wall-clock time to the minute, as the form sends it.</summary>
    private static DateTime LocalMinute(DateTime utc) => new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0).AddHours(1);

    private static string Iso(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    private static JsonObject EventBody(string status = "published", DateTime? opens = null, int? capacity = 50) => new()
    {
        ["kind"] = "workshop", ["titleFr"] = "Atelier e-marketing, Oujda",
        ["startsAt"] = Iso(LocalMinute(DateTime.UtcNow.AddDays(10))), ["endsAt"] = Iso(LocalMinute(DateTime.UtcNow.AddDays(10).AddHours(5))),
        ["venue"] = new JsonObject { ["address"] = "Bayt Al Karama, Oujda" }, ["regionCode"] = "MA-02", ["provinceCode"] = "MA-OUJ",
        ["capacity"] = capacity, ["status"] = status, ["registrationOpensAt"] = opens is { } o ? Iso(o) : null,
    };

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string language, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        return await client.SendAsync(request);
    }

    [TestCase("ar", "يُفتح التسجيل يوم {0} (بتوقيت الدار البيضاء).")]
    [TestCase("fr", "Les inscriptions ouvrent le {0} (heure de Casablanca).")]
    [TestCase("en", "Registrations open on {0} (Casablanca time).")]
    public async Task Given_registrations_not_open_yet_Then_the_409_gives_the_opening_day_and_hour_as_the_reader_writes_them(string language, string detail)
    {
        var opens = LocalMinute(DateTime.UtcNow.AddDays(2));
        var eventId = await CreatedIdAsync(EventsRoutes.Base, EventBody(opens: opens));

        var problem = await ProblemAsync(await SendAsync(Client, HttpMethod.Post, $"{EventsRoutes.Base}/{eventId}/registrations", language,
            new JsonObject { ["attendeeName"] = "Fatima Zahra" }), 409);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("registration.not_open_yet"));
            Assert.That((string?)problem["detail"], Is.EqualTo(string.Format(CultureInfo.InvariantCulture, detail, opens.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture))));
        });
    }

    [TestCase("ar", "حالة الفعالية: مسودة؛ لا تقبل التسجيل.")]
    [TestCase("fr", "Statut de l’événement : brouillon ; il n’accepte pas d’inscriptions.")]
    public async Task Given_a_draft_Then_registering_names_its_status_in_the_readers_words(string language, string detail)
    {
        var draft = await CreatedIdAsync(EventsRoutes.Base, EventBody(status: "draft"));

        var problem = await ProblemAsync(await SendAsync(Client, HttpMethod.Post, $"{EventsRoutes.Base}/{draft}/registrations", language,
            new JsonObject { ["attendeeName"] = "Fatima Zahra" }), 409);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("event.not_open"));
            Assert.That((string?)problem["detail"], Is.EqualTo(detail));
        });
    }

    [TestCase("ar", "اكتب الساعة كما هي في الدار البيضاء، دون منطقة زمنية (مثلًا 2025-09-23T11:00).", "اختر النوع: اجتماع أو ورشة أو دورة تكوينية أو افتتاح أو جمع عام أو مسابقة أفكار أو جلسة إخبارية.")]
    [TestCase("fr", "Indiquez l’heure telle qu’elle se lit à Casablanca, sans fuseau horaire (par exemple 2025-09-23T11:00).", "Choisissez le type : réunion, atelier, formation, inauguration, assemblée générale, idéathon ou séance d’information.")]
    public async Task Given_an_event_form_with_a_utc_time_and_no_kind_Then_each_field_says_what_to_give(string language, string startsAt, string kind)
    {
        var body = EventBody();
        body.Remove("kind");
        body["startsAt"] = "2026-09-23T10:00:00Z";

        var problem = await ProblemAsync(await SendAsync(Client, HttpMethod.Post, EventsRoutes.Base, language, body), 400);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["errors"]!["startsAt"]![0], Is.EqualTo(startsAt));
            Assert.That((string?)problem["fieldCodes"]!["startsAt"]![0], Is.EqualTo("events.local_time"));
            Assert.That((string?)problem["errors"]!["kind"]![0], Is.EqualTo(kind));
            Assert.That((string?)problem["fieldCodes"]!["kind"]![0], Is.EqualTo("events.kind_required"));
        });
    }

    [TestCase("ar", "هذا التسجيل ما يزال في لائحة الانتظار (المرتبة 1)؛ لا يمكن تسجيل حضوره.")]
    [TestCase("fr", "Cette inscription est encore en liste d’attente (rang 1) ; impossible de la pointer.")]
    public async Task Given_a_waitlisted_registration_Then_checking_it_in_says_its_place_on_the_waitlist(string language, string detail)
    {
        var eventId = await CreatedIdAsync(EventsRoutes.Base, EventBody(capacity: 1));
        Assert.That((int)(await SendJsonAsync(Client, HttpMethod.Post, $"{EventsRoutes.Base}/{eventId}/registrations", new JsonObject { ["attendeeName"] = "Première" })).StatusCode, Is.EqualTo(201));
        var waiting = await BodyAsync(await SendJsonAsync(Client, HttpMethod.Post, $"{EventsRoutes.Base}/{eventId}/registrations", new JsonObject { ["attendeeName"] = "Deuxième" }));

        var problem = await ProblemAsync(await SendAsync(Client, HttpMethod.Post, $"{EventsRoutes.Base}/{eventId}/check-in", language,
            new JsonObject { ["code"] = (string)waiting["code"]! }), 409);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("registration.waitlisted"));
            Assert.That((string?)problem["detail"], Is.EqualTo(detail));
        });
    }

    [TestCase("ar", "غير مسموح لك بهذا الإجراء.", "لا يمكن الاطلاع على التسجيلات في هذه الفعالية إلا لموظفي جهة الشرق (أو لمدير النظام).")]
    [TestCase("fr", "Vous n’êtes pas autorisé·e à faire ceci.", "Seul le personnel de la région L'Oriental (ou un administrateur) peut voir les inscriptions à cet événement.")]
    public async Task Given_staff_of_another_region_Then_the_registrations_are_refused_naming_the_region(string language, string title, string detail)
    {
        var eventId = await CreatedIdAsync(EventsRoutes.Base, EventBody());
        var (staff, _) = await KeyAsync(["staff"], regions: ["MA-09"]);

        var problem = await ProblemAsync(await SendAsync(staff, HttpMethod.Get, $"{EventsRoutes.Base}/{eventId}/registrations", language), 403);
        staff.Dispose();

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["title"], Is.EqualTo(title));
            Assert.That((string?)problem["detail"], Is.EqualTo(detail));
            Assert.That((string?)problem["code"], Is.EqualTo("auth.forbidden"));
        });
    }
}

/// <summary>
/// The texts the module names through a constant rather than at an entry point (so <c>CatalogueTests</c> cannot see
/// them in the source): each organisers-only refusal and each status name is in the English catalogue, hence, by
/// <c>CatalogueTests</c>, in Arabic and French too.
/// </summary>
public sealed class EventCatalogueCodesTests
{
    [Test]
    public void Given_the_organisers_actions_and_event_statuses_Then_each_has_its_text()
    {
        var english = System.Xml.Linq.XDocument.Load(RepoPaths.Combine("api", "Modules", "Events", "Localization", "Messages.resx"))
            .Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var actions = typeof(CoopHub.Events.Model.OrganiserAction).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();
        var statuses = Enum.GetNames<CoopHub.Events.Model.EventStatus>().Select(s => "events.event_status." + char.ToLowerInvariant(s[0]) + s[1..]).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(actions, Has.Count.EqualTo(7));
            Assert.That(actions.Concat(statuses).Where(code => !english.Contains(code)), Is.Empty);
        });
    }
}

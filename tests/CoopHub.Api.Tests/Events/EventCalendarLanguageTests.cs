using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using CoopHub.Events;

namespace CoopHub.Api.Tests.Events;

/// <summary>
/// Calendar files in the reader's language: one SUMMARY and one DESCRIPTION per event, a field missing in the
/// reader's language shown in another and marked, and the file strict RFC 5545 (CRLF, folding at 75 octets).
/// </summary>
public sealed class EventCalendarLanguageTests(Engine engine) : ProgramTest(engine)
{
    private static string Local(DateTime utc) => utc.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss");

    /// <summary>A published workshop in Oujda in ten days, with the titles and descriptions given.</summary>
    private static JsonObject EventBody(string? titleAr, string? titleFr, string? descriptionAr = null, string? descriptionFr = null, string? titleEn = null) => new()
    {
        ["kind"] = "workshop",
        ["titleAr"] = titleAr,
        ["titleFr"] = titleFr,
        ["titleEn"] = titleEn,
        ["descriptionAr"] = descriptionAr,
        ["descriptionFr"] = descriptionFr,
        ["startsAt"] = Local(DateTime.UtcNow.AddDays(10)),
        ["endsAt"] = Local(DateTime.UtcNow.AddDays(10).AddHours(5)),
        ["venue"] = new JsonObject { ["address"] = "Bayt Al Karama, Oujda" },
        ["regionCode"] = "MA-02",
        ["provinceCode"] = "MA-OUJ",
        ["capacity"] = 30,
        ["audience"] = "public",
        ["status"] = "published",
    };

    private Task<string> EventIdAsync(JsonObject body) => CreatedIdAsync(EventsRoutes.Base, body);

    private static string Ics(string id, string? lang = null) => $"{EventsRoutes.Base}/{id}.ics" + (lang is null ? "" : $"?lang={lang}");

    private static async Task<string> TextAsync(HttpClient client, string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null) request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        return text;
    }

    /// <summary>The content lines of a file, unfolded (RFC 5545 3.1), after checking the file is CRLF and folded at 75 octets.</summary>
    private static List<string> StrictLines(string text)
    {
        Assert.That(text, Does.EndWith("\r\n"), "the last line ends in CRLF");
        var physical = text[..^2].Split("\r\n");
        Assert.That(physical.Where(l => l.Contains('\n') || l.Contains('\r')), Is.Empty, "no bare LF or CR");
        Assert.That(physical.Where(l => Encoding.UTF8.GetByteCount(l) > 75), Is.Empty, "no line longer than 75 octets");
        Assert.That(text, Does.Not.Contain("\uFFFD"), "folding never splits a UTF-8 character");
        var lines = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' ') || line.StartsWith('\t')) lines[^1] += line[1..];
            else lines.Add(line);
        }
        return lines;
    }

    /// <summary>Each VEVENT's properties named <paramref name="name"/> (with their parameters), as written.</summary>
    private static List<List<string>> PropertiesPerEvent(List<string> lines, string name)
    {
        var events = new List<List<string>>();
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT") events.Add([]);
            else if (events.Count > 0 && (line.StartsWith(name + ":", StringComparison.Ordinal) || line.StartsWith(name + ";", StringComparison.Ordinal))) events[^1].Add(line);
        }
        return events;
    }

    private static string? LanguageOf(Ical.Net.CalendarComponents.CalendarEvent e, string property) => e.Properties[property]!.Parameters.Get("LANGUAGE");

    [Test]
    public async Task Given_an_event_in_French_only_Then_the_Arabic_file_has_one_SUMMARY_and_one_DESCRIPTION_in_French_tagged_fr_and_a_note_in_Arabic()
    {
        var id = await EventIdAsync(EventBody(null, "Atelier e-marketing, Oujda", descriptionFr: "Vendre en ligne; les bases."));

        var text = await TextAsync(Anonymous, Ics(id, "ar"));

        var lines = StrictLines(text);
        var calendar = Ical.Net.Calendar.Load(text)!;
        var e = calendar.Events.Single();
        Assert.Multiple(() =>
        {
            Assert.That(PropertiesPerEvent(lines, "SUMMARY").Single(), Is.EqualTo(new[] { "SUMMARY;LANGUAGE=fr:Atelier e-marketing\\, Oujda" }));
            Assert.That(PropertiesPerEvent(lines, "DESCRIPTION").Single(), Has.Count.EqualTo(1));
            Assert.That(e.Summary, Is.EqualTo("Atelier e-marketing, Oujda"));
            Assert.That(e.Properties.Get<string>("SUMMARY"), Is.EqualTo("Atelier e-marketing, Oujda"));
            Assert.That(LanguageOf(e, "SUMMARY"), Is.EqualTo("fr"));
            Assert.That(e.Description, Does.StartWith("Vendre en ligne; les bases."));
            Assert.That(e.Description, Does.EndWith("غير متوفر بالعربية؛ النص بالفرنسية."), "the reader is told the text is a fallback, in her language");
            Assert.That(e.Categories, Is.EqualTo(new[] { "ورشة" }), "the kind in the reader's language");
            Assert.That(calendar.Properties["X-WR-CALNAME"]!.Value, Is.EqualTo("Atelier e-marketing, Oujda"));
        });
    }

    [Test]
    public async Task Given_an_event_in_both_languages_Then_each_reader_gets_one_SUMMARY_in_hers_and_no_fallback_note()
    {
        var id = await EventIdAsync(EventBody("ورشة التسويق الإلكتروني", "Atelier e-marketing", "أساسيات البيع عبر الإنترنت", "Les bases de la vente en ligne"));

        var arabic = Ical.Net.Calendar.Load(await TextAsync(Anonymous, Ics(id, "ar")))!.Events.Single();
        var frenchText = await TextAsync(Anonymous, Ics(id, "fr"));
        var french = Ical.Net.Calendar.Load(frenchText)!.Events.Single();
        var english = Ical.Net.Calendar.Load(await TextAsync(Anonymous, Ics(id, "en")))!.Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That((arabic.Summary, LanguageOf(arabic, "SUMMARY")), Is.EqualTo(("ورشة التسويق الإلكتروني", "ar")));
            Assert.That(arabic.Description, Is.EqualTo("أساسيات البيع عبر الإنترنت"), "no note when nothing is a fallback");
            Assert.That((french.Summary, LanguageOf(french, "SUMMARY")), Is.EqualTo(("Atelier e-marketing", "fr")));
            Assert.That(french.Description, Is.EqualTo("Les bases de la vente en ligne"));
            Assert.That(PropertiesPerEvent(StrictLines(frenchText), "SUMMARY").Single(), Has.Count.EqualTo(1));
            Assert.That(english.Summary, Is.EqualTo("Atelier e-marketing"), "English reader without English text: French first");
            Assert.That(english.Description, Does.EndWith("Not available in English; text in French."));
            Assert.That(english.Categories, Is.EqualTo(new[] { "Workshop" }));
        });
    }

    [Test]
    public async Task Given_an_Arabic_title_stored_empty_Then_the_Arabic_file_falls_back_to_French()
    {
        var id = await EventIdAsync(EventBody("عنوان سيُمحى", "Rencontre régionale DELIO"));
        // Blank text written before the validator trimmed it (older rows) must count as absent.
        await ScalarAsync<object?>("UPDATE evt_events SET title_ar = '  ', description_ar = '' WHERE id = @Id", new { Id = Guid.Parse(id) });
        Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM evt_events WHERE title_ar = '  '"), Is.EqualTo(1));

        var e = Ical.Net.Calendar.Load(await TextAsync(Anonymous, Ics(id, "ar")))!.Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That((e.Summary, LanguageOf(e, "SUMMARY")), Is.EqualTo(("Rencontre régionale DELIO", "fr")));
            Assert.That(e.Description, Is.EqualTo("غير متوفر بالعربية؛ النص بالفرنسية."));
        });
    }

    [Test]
    public async Task Given_no_lang_Then_the_account_language_else_Accept_Language_else_French_decides()
    {
        var id = await EventIdAsync(EventBody("ورشة التسويق الإلكتروني", "Atelier e-marketing", titleEn: "E-marketing workshop"));
        const string email = "agent.ar@coophub.test", password = "Souss-Massa-Argan-77";
        var created = await PostJsonAsync("/api/v1/users", new JsonObject
        {
            ["email"] = email, ["displayName"] = "Agent", ["language"] = "ar", ["password"] = password, ["roles"] = new JsonArray("staff"),
            ["regions"] = new JsonArray("MA-02"), ["cooperatives"] = new JsonArray(),
        });
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        using var browser = App.CreateBrowser();
        var signedIn = await browser.PostAsync("/api/v1/auth/sign-in", new StringContent(new JsonObject { ["email"] = email, ["password"] = password }.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        string Summary(string text) => Ical.Net.Calendar.Load(text)!.Events.Single().Summary!;
        var account = Summary(await TextAsync(browser, Ics(id), acceptLanguage: "en"));
        var asked = Summary(await TextAsync(browser, Ics(id, "en")));
        var header = Summary(await TextAsync(Anonymous, Ics(id), acceptLanguage: "de-DE, en-GB;q=0.8, ar;q=0.5"));
        var none = Summary(await TextAsync(Anonymous, Ics(id)));
        var feedName = Ical.Net.Calendar.Load(await TextAsync(Anonymous, $"{EventsRoutes.CalendarFeed}?region=MA-02", acceptLanguage: "ar"))!.Properties["X-WR-CALNAME"]!.Value;
        var unknown = await Anonymous.GetAsync(Ics(id, "de"));
        var unknownFeed = await Anonymous.GetAsync($"{EventsRoutes.CalendarFeed}?lang=xx");

        Assert.Multiple(async () =>
        {
            Assert.That(account, Is.EqualTo("ورشة التسويق الإلكتروني"), "the account's language before Accept-Language");
            Assert.That(asked, Is.EqualTo("E-marketing workshop"), "lang before the account's language");
            Assert.That(header, Is.EqualTo("E-marketing workshop"), "the first Accept-Language we write");
            Assert.That(none, Is.EqualTo("Atelier e-marketing"), "else French");
            Assert.That(feedName, Is.EqualTo("CoopHub — الفعاليات"));
            Assert.That(FieldsIn(await ProblemAsync(unknown, 400)), Is.EqualTo(new[] { "lang" }));
            Assert.That(FieldsIn(await ProblemAsync(unknownFeed, 400)), Is.EqualTo(new[] { "lang" }));
        });
    }

    [Test]
    public async Task Given_a_cancelled_event_with_a_long_Arabic_title_Then_the_status_word_is_the_readers_and_the_folded_lines_parse()
    {
        var title = string.Concat(Enumerable.Repeat("اللقاء الجهوي للتعاونيات النسائية بجهة الشرق، ", 4)).Trim();
        var body = EventBody(title, "Rencontre régionale des coopératives féminines de l’Oriental");
        var id = await EventIdAsync(body);
        body["status"] = "cancelled";
        var cancel = new HttpRequestMessage(HttpMethod.Put, EventsRoutes.ById(Guid.Parse(id))) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        cancel.Headers.TryAddWithoutValidation("If-Match", "*");
        Assert.That((await Client.SendAsync(cancel)).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var arabicText = await TextAsync(Anonymous, $"{EventsRoutes.CalendarFeed}?lang=ar");
        var lines = StrictLines(arabicText);
        var arabic = Ical.Net.Calendar.Load(arabicText)!.Events.Single(e => e.Uid == $"{id}@coophub");
        var french = Ical.Net.Calendar.Load(await TextAsync(Anonymous, Ics(id, "fr")))!.Events.Single();

        Assert.Multiple(() =>
        {
            Assert.That(PropertiesPerEvent(lines, "SUMMARY"), Has.All.Count.EqualTo(1), "one SUMMARY in every VEVENT of the feed");
            Assert.That(PropertiesPerEvent(lines, "DESCRIPTION"), Has.All.Count.LessThanOrEqualTo(1));
            Assert.That(arabic.Summary, Is.EqualTo("ملغاة: " + title));
            Assert.That(arabic.Status, Is.EqualTo("CANCELLED"));
            Assert.That(french.Summary, Is.EqualTo("Annulé : Rencontre régionale des coopératives féminines de l’Oriental"));
        });
    }
}

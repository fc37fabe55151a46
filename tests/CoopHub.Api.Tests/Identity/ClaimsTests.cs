using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopHub.Api.Tests.Cooperatives;
using CoopHub.Api.Tests.Documents;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Integrations;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CoopHub.Api.Tests.Identity;

/// <summary>
/// Issue 19 item 2, claiming a cooperative, through HTTP: a code sent to the registry's e-mail (received over SMTP) or
/// mobile (received by the Twilio double) proves a claim at once; without a contact, the registration certificate goes
/// to the cooperative's vault and staff of its region approve or refuse, and the claimant is told. Managers leave, staff
/// revoke, every step is audited, and the errors are the ones a person can act on.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class ClaimsTests : AccountMailTest
{
    private const string Password = "Tafilalet-Palmiers-2027";
    // The staff account of the region (MA-02) that AccountMailTest creates.
    private const string StaffEmail = Email;
    private const string StaffPassword = OldPassword;
    private const string WithEmail = "02-2019-000101";
    private const string WithMobile = "02-2019-000102";
    private const string WithoutContact = "02-2019-000103";
    private const string Dissolved = "02-2019-000104";
    private const string RegistryEmail = "bureau.tifawin@gmail.com";

    private HttpClient _admin = null!;
    private readonly Dictionary<string, string> _coops = [];
    private int _accounts;

    // After AccountMailTest's setup: the host, its SMTP server and Twilio double, the test clock and the staff account.
    [SetUp]
    public async Task StartClaims()
    {
        _admin = _app.CreateAdminClient();
        _coops[WithEmail] = await CooperativeAsync(WithEmail, email: RegistryEmail, phone: "+212 536 00 00 00");
        _coops[WithMobile] = await CooperativeAsync(WithMobile, email: null, phone: "06 61 23 45 12");
        _coops[WithoutContact] = await CooperativeAsync(WithoutContact, email: null, phone: null);
        _coops[Dissolved] = await CooperativeAsync(Dissolved, email: RegistryEmail, phone: null);
        foreach (var (status, reason) in new[] { ("inLiquidation", "Décision de l'assemblée"), ("dissolved", "Clôture de la liquidation") })
        {
            var moved = await _admin.PostAsync($"/api/v1/cooperatives/{_coops[Dissolved]}/status",
                Json(new JsonObject { ["status"] = status, ["effectiveOn"] = "2025-01-01", ["reason"] = reason }));
            Assert.That(moved.IsSuccessStatusCode, Is.True, await moved.Content.ReadAsStringAsync());
        }
    }

    [TearDown]
    public void StopClaims() => _admin.Dispose();

    [Test]
    public async Task Given_a_registry_email_Then_the_code_sent_there_proves_the_claim_and_she_manages_the_cooperative_in_the_same_session()
    {
        var claimant = await ClaimantAsync();

        var claimed = await claimant.ClaimAsync(WithEmail);

        Assert.That(claimed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await claimed.Content.ReadAsStringAsync());
        var claim = await BodyAsync(claimed);
        Assert.Multiple(() =>
        {
            Assert.That((string?)claim["status"], Is.EqualTo("awaitingCode"));
            Assert.That((string?)claim["method"], Is.EqualTo("code"));
            Assert.That(claim["codeSentTo"]!.AsArray().Select(x => (string?)x), Is.EqualTo(new[] { "•••@gmail.com" }), "the mobile is a fixed line: no SMS");
        });
        var mail = await MailToAsync(RegistryEmail);
        Assert.Multiple(() =>
        {
            Assert.That(mail.Subject, Does.Contain("تعاونية الكرامة للنسيج").And.Not.Match("[0-9]{6}"), "in the claimant's language, without the code");
            Assert.That(mail.TextBody, Does.Contain("https://coophub.example.ma/claim"));
        });
        var code = CodeOf(mail.TextBody);
        Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM idn_cooperative_claims WHERE code_hash LIKE '%{code}%' OR code_sent_to LIKE '%bureau%'"), Is.Zero, "only a hash and a mask are stored");

        var wrong = await claimant.ProveAsync((string)claim["id"]!, code == "000000" ? "111111" : "000000");
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(FieldsOf(await wrong.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "code" }));

        var proved = await claimant.ProveAsync((string)claim["id"]!, code);

        Assert.That(proved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await proved.Content.ReadAsStringAsync());
        Assert.That((string?)(await BodyAsync(proved))["status"], Is.EqualTo("proved"));
        var me = JsonNode.Parse(await claimant.Browser.GetStringAsync("/api/v1/auth/me"))!;
        Assert.Multiple(async () =>
        {
            Assert.That(me["roles"]!.AsArray().Select(r => (string?)r), Is.EqualTo(new[] { "coop-manager" }), "this session sees it at once");
            Assert.That(me["cooperatives"]!.AsArray().Select(r => (string?)r), Is.EqualTo(new[] { _coops[WithEmail] }));
            Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM app_audit WHERE entity_type = 'cooperativeClaim'"), Is.EqualTo(3), "claimed, a wrong code, proved");
            Assert.That((await claimant.ProveAsync((string)claim["id"]!, code)).StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "a code works once");
            Assert.That((await claimant.Browser.GetAsync($"/api/v1/cooperatives/{_coops[WithEmail]}/documents")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "her vault");
        });
    }

    [Test]
    public async Task Given_a_registry_mobile_only_Then_the_code_goes_by_sms_and_the_answer_masks_the_number()
    {
        var claimant = await ClaimantAsync();

        var claim = await BodyAsync(await claimant.ClaimAsync(WithMobile));

        Assert.That(claim["codeSentTo"]!.AsArray().Select(x => (string?)x), Is.EqualTo(new[] { "+212 6•• ••• •12" }));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_sms.Accepted.IsEmpty && DateTime.UtcNow < deadline) await Task.Delay(50);
        var sms = _sms.Accepted.Single();
        Assert.That(sms.To, Is.EqualTo("+212661234512"));
        Assert.That(sms.Body, Does.Contain("https://coophub.example.ma/claim?code="));
        var proved = await claimant.ProveAsync((string)claim["id"]!, Regex.Match(sms.Body, "code=([0-9]{6})").Groups[1].Value);
        Assert.That(proved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await proved.Content.ReadAsStringAsync());
        Assert.That(await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'sms' AND topic = 'account' AND link IS NULL", c => c == 1), Is.EqualTo(1), "the code is blanked once sent");
    }

    [Test]
    public async Task Given_the_sms_quiet_hours_Then_a_claims_code_by_sms_still_goes_at_once()
    {
        _clock.Advance(TimeSpan.FromHours(12.5)); // 21:30 UTC: 22:30 in Casablanca, inside 21:00-08:00
        var claimant = await ClaimantAsync();

        var claim = await BodyAsync(await claimant.ClaimAsync(WithMobile));

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (_sms.Accepted.IsEmpty && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.That(_sms.Accepted.Select(s => s.To), Is.EqualTo(new[] { "+212661234512" }), "a code someone waits for is transactional");
        var proved = await claimant.ProveAsync((string)claim["id"]!, Regex.Match(_sms.Accepted.Single().Body, "code=([0-9]{6})").Groups[1].Value);
        Assert.That(proved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await proved.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Given_five_wrong_codes_or_an_expired_code_Then_it_no_longer_works_and_a_new_claim_sends_a_new_one()
    {
        var claimant = await ClaimantAsync();
        var claim = await BodyAsync(await claimant.ClaimAsync(WithEmail));
        var code = CodeOf((await MailToAsync(RegistryEmail)).TextBody);
        var other = code == "999999" ? "999998" : "999999";
        for (var i = 0; i < 5; i++) Assert.That((await claimant.ProveAsync((string)claim["id"]!, other)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));

        Assert.That((await claimant.ProveAsync((string)claim["id"]!, code)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "burnt after five wrong codes");

        var again = await claimant.ClaimAsync(WithEmail);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Created), "a burnt code is no longer a claim waiting");
        var second = await BodyAsync(again);
        var secondCode = CodeOf((await MailToAsync(RegistryEmail, 2)).TextBody);
        _clock.Advance(TimeSpan.FromMinutes(31));
        Assert.That((await claimant.ProveAsync((string)second["id"]!, secondCode)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "expired after 30 minutes");
        Assert.That(await ScalarAsync("SELECT COUNT(*) FROM idn_cooperative_claims WHERE status = 'expired'"), Is.EqualTo(1), "the first one was replaced");
    }

    [Test]
    public async Task Given_no_registry_contact_Then_the_certificate_goes_to_the_vault_and_staff_of_the_region_approve()
    {
        var claimant = await ClaimantAsync("ar");
        var without = await claimant.ClaimAsync(WithoutContact);
        Assert.That(without.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(FieldsOf(await without.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "proof" }));

        var claimed = await claimant.ClaimAsync(WithoutContact, DocumentFiles.Pdf(), "C:\\scans\\certificat.pdf");

        Assert.That(claimed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await claimed.Content.ReadAsStringAsync());
        var claim = await BodyAsync(claimed);
        Assert.That((string?)claim["status"], Is.EqualTo("awaitingReview"));
        Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM doc_documents WHERE kind = 'registrationCertificate' AND file_name = 'certificat.pdf' AND uploaded_by = '{claimant.Name}'"), Is.EqualTo(1));
        using var otherStaff = await KeyAsync("staff", "MA-06");
        var otherQueue = JsonNode.Parse(await otherStaff.GetStringAsync("/api/v1/cooperative-claims"))!;
        Assert.That((int)otherQueue["total"]!, Is.Zero, "another region's staff do not see it");
        Assert.That((await otherStaff.PostAsync($"/api/v1/cooperative-claims/{claim["id"]}/decision", Json(new JsonObject { ["decision"] = "approve" }))).StatusCode,
            Is.EqualTo(HttpStatusCode.NotFound));
        var staff = await SessionAsync(StaffEmail, StaffPassword);
        var queue = JsonNode.Parse(await staff.Browser.GetStringAsync("/api/v1/cooperative-claims"))!;
        var item = queue["items"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)item["claimant"]!["email"], Is.EqualTo(claimant.Email));
            Assert.That((string?)item["registrationNumber"], Is.EqualTo(WithoutContact));
        });
        Assert.That((await staff.Browser.GetAsync((string)item["proofUrl"]!)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "staff of the region open the proof");

        var approved = await staff.PostAsync($"/api/v1/cooperative-claims/{claim["id"]}/decision", new JsonObject { ["decision"] = "approve" });

        Assert.That(approved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await approved.Content.ReadAsStringAsync());
        Assert.That((await claimant.Browser.GetAsync("/api/v1/auth/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "her session ends: she signs in again");
        var again = await SessionAsync(claimant.Email, Password);
        var me = JsonNode.Parse(await again.Browser.GetStringAsync("/api/v1/auth/me"))!;
        Assert.That(me["cooperatives"]!.AsArray().Select(r => (string?)r), Is.EqualTo(new[] { _coops[WithoutContact] }));
        var told = await MailToAsync(claimant.Email, 1, skipVerification: true);
        Assert.That(told.Subject, Is.EqualTo("أصبحتم تسيرون تعاونية الكرامة للنسيج في CoopHub"));
        Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM ntf_messages WHERE channel = 'inapp' AND recipient_id = '{claimant.Id}'"), Is.EqualTo(1), "and in her inbox");
        Assert.That((await staff.PostAsync($"/api/v1/cooperative-claims/{claim["id"]}/decision", new JsonObject { ["decision"] = "approve" })).StatusCode,
            Is.EqualTo(HttpStatusCode.Conflict), "decided once");
    }

    [Test]
    public async Task Given_a_claimant_with_only_her_mobile_number_Then_the_decision_reaches_her_by_sms_in_her_language_after_the_quiet_hours()
    {
        using var anonymous = _app.CreateClient();
        var signedUp = await anonymous.PostAsync("/api/v1/auth/sign-up", Json(new JsonObject
        {
            ["phone"] = "06 12 34 56 70", ["displayName"] = "Khadija Amrani", ["password"] = Password, ["language"] = "fr",
        }));
        Assert.That(signedUp.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await signedUp.Content.ReadAsStringAsync());
        var code = SmsLinkCode().Match((await SmsAsync(1)).Body).Groups[1].Value;
        Assert.That((await anonymous.PostAsync("/api/v1/auth/verify", Json(new JsonObject { ["phone"] = "0612345670", ["code"] = code }))).StatusCode,
            Is.EqualTo(HttpStatusCode.NoContent));
        var browser = _app.CreateBrowser();
        Assert.That((await browser.PostAsync("/api/v1/auth/sign-in", Json(new JsonObject { ["phone"] = "0612345670", ["password"] = Password }))).StatusCode,
            Is.EqualTo(HttpStatusCode.OK));
        var me = JsonNode.Parse(await browser.GetStringAsync("/api/v1/auth/me"))!;
        var token = (string)JsonNode.Parse(await browser.GetStringAsync("/api/v1/auth/antiforgery"))!["token"]!;
        var claimant = new Session(browser, token, "", (string)me["name"]!, (string)me["id"]!);
        var claim = await BodyAsync(await claimant.ClaimAsync(WithoutContact, DocumentFiles.Pdf(), "certificat.pdf"));

        _clock.Advance(TimeSpan.FromHours(13)); // 22:00 UTC: 23:00 in Casablanca, inside the quiet hours
        var staff = await SessionAsync(StaffEmail, StaffPassword);
        var refused = await staff.PostAsync($"/api/v1/cooperative-claims/{claim["id"]}/decision",
            new JsonObject { ["decision"] = "refuse", ["reason"] = "Le certificat est illisible." });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK), await refused.Content.ReadAsStringAsync());
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await ScalarAsync($"SELECT COUNT(*) FROM ntf_messages WHERE channel = 'sms' AND trigger_type = 'account.claim_refused' AND last_answer LIKE 'Quiet hours%'") == 0
               && DateTime.UtcNow < deadline) await Task.Delay(50);
        var atNight = _sms.Accepted.Count;
        _clock.Advance(TimeSpan.FromHours(10)); // 09:00 in Casablanca the next morning
        var told = await SmsAsync(2);

        Assert.Multiple(async () =>
        {
            Assert.That(atNight, Is.EqualTo(1), "only the sign-up code: the decision waits for the morning");
            Assert.That(told.To, Is.EqualTo("+212612345670"));
            Assert.That(told.Body, Does.StartWith("Votre revendication de ").And.Contain("a été refusée"), "in her language");
            Assert.That(told.Body, Does.EndWith("\nhttps://coophub.example.ma/claim"));
            Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM ntf_messages WHERE recipient_id = '{claimant.Id}' AND trigger_type = 'account.claim_refused' AND channel = 'inapp'"),
                Is.EqualTo(1), "and in her inbox");
            Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM ntf_messages WHERE recipient_id = '{claimant.Id}' AND channel = 'email'"), Is.Zero, "she has no e-mail");
        });
    }

    [Test]
    public async Task Given_a_claim_with_a_proof_Then_staff_of_its_region_are_told_in_their_language_with_a_link_to_the_queue()
    {
        await CreateAsync(_admin, "/api/v1/users", new JsonObject
        {
            ["email"] = "youssef.idrissi@coophub.test", ["displayName"] = "Youssef Idrissi", ["language"] = "fr", ["password"] = StaffPassword, ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-02"),
        });
        await CreateAsync(_admin, "/api/v1/users", new JsonObject
        {
            ["email"] = "nadia.bennani@coophub.test", ["displayName"] = "Nadia Bennani", ["language"] = "ar", ["password"] = StaffPassword, ["roles"] = new JsonArray("staff"), ["regions"] = new JsonArray("MA-06"),
        });
        var claimant = await ClaimantAsync("ar");

        var claimed = await claimant.ClaimAsync(WithoutContact, DocumentFiles.Pdf(), "certificat.pdf");

        Assert.That(claimed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await claimed.Content.ReadAsStringAsync());
        var arabic = await MailToAsync(StaffEmail);
        var french = await MailToAsync("youssef.idrissi@coophub.test");
        Assert.Multiple(async () =>
        {
            Assert.That(arabic.Subject, Is.EqualTo("مطالبة جديدة في انتظار قراركم: تعاونية الكرامة للنسيج"));
            Assert.That(arabic.TextBody, Does.Contain(WithoutContact).And.Contain("Claimant ").And.Contain("https://coophub.example.ma/admin/claims"));
            Assert.That(french.Subject, Does.StartWith("Une nouvelle revendication attend votre décision : "), "in each reader's language");
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM ntf_messages WHERE trigger_type = 'claim.submitted' AND channel = 'inapp' AND link LIKE '%/admin/claims'"), Is.EqualTo(2),
                "in both inboxes");
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM ntf_messages m JOIN idn_users u ON u.id = m.recipient_id WHERE m.trigger_type = 'claim.submitted' AND u.email_key IN ('nadia.bennani@coophub.test', 'admin@coophub.test')"),
                Is.Zero, "neither another region's staff nor the administrators");
        });
        var byCode = await (await ClaimantAsync()).ClaimAsync(WithEmail);
        Assert.That(byCode.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await MailToAsync(RegistryEmail);
        Assert.That(await ScalarAsync("SELECT COUNT(*) FROM ntf_messages WHERE trigger_type = 'claim.submitted'"), Is.EqualTo(4), "a claim proved by a code waits for nobody");
    }

    [Test]
    public async Task Given_a_refusal_Then_a_reason_is_required_and_the_claimant_reads_it_in_her_language()
    {
        var claimant = await ClaimantAsync("fr");
        var claim = await BodyAsync(await claimant.ClaimAsync(WithoutContact, DocumentFiles.Png(), "certificat.png"));
        var staff = await SessionAsync(StaffEmail, StaffPassword);

        var noReason = await staff.PostAsync($"/api/v1/cooperative-claims/{claim["id"]}/decision", new JsonObject { ["decision"] = "refuse", ["reason"] = " " });
        Assert.That(FieldsOf(await noReason.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "reason" }));

        var refused = await staff.PostAsync($"/api/v1/cooperative-claims/{claim["id"]}/decision",
            new JsonObject { ["decision"] = "refuse", ["reason"] = "Le certificat est illisible." });

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.OK), await refused.Content.ReadAsStringAsync());
        var told = await MailToAsync(claimant.Email, 1, skipVerification: true);
        Assert.Multiple(async () =>
        {
            Assert.That(told.Subject, Does.StartWith("Votre revendication"));
            Assert.That(told.TextBody, Does.Contain("Le certificat est illisible."));
            var mine = JsonNode.Parse(await claimant.Browser.GetStringAsync("/api/v1/cooperative-claims?mine=true"))!["items"]!.AsArray().Single()!;
            Assert.That((string?)mine["status"], Is.EqualTo("refused"));
            Assert.That((string?)mine["reason"], Is.EqualTo("Le certificat est illisible."));
        });
        Assert.That(await ScalarTextAsync($"SELECT roles FROM idn_users WHERE id = '{claimant.Id}'"), Is.EqualTo("[]"), "no role after a refusal");
    }

    [Test]
    public async Task Given_a_wrong_number_a_dissolved_cooperative_a_claim_waiting_or_a_manager_Then_the_error_says_what_to_do()
    {
        var claimant = await ClaimantAsync();

        var unknown = await claimant.ClaimAsync("99-9999-999999");
        var dissolved = await claimant.ClaimAsync(Dissolved);
        var hostile = await claimant.ClaimAsync(WithoutContact, Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"), "certificat.pdf");
        await claimant.ClaimAsync(WithEmail);
        var waiting = await claimant.ClaimAsync(WithEmail);
        using var key = await KeyAsync("staff", "MA-02");
        var byKey = await key.SendAsync(ClaimRequest(WithEmail));
        using var anonymous = _app.CreateClient();
        var byNobody = await anonymous.SendAsync(ClaimRequest(WithEmail));

        Assert.Multiple(async () =>
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(FieldsOf(await unknown.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "registrationNumber" }));
            Assert.That(dissolved.StatusCode, Is.EqualTo((HttpStatusCode)422));
            Assert.That((string?)(await BodyAsync(dissolved))["detail"], Does.Contain("منحلة"));
            Assert.That(hostile.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)(await BodyAsync(hostile))["code"], Is.EqualTo("documents.unsupported_type"));
            Assert.That(waiting.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((string?)(await BodyAsync(waiting))["code"], Is.EqualTo("identity.claims.already_waiting"));
            Assert.That(byKey.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "an API key claims nothing");
            Assert.That(byNobody.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });

        var code = CodeOf((await MailToAsync(RegistryEmail)).TextBody);
        var mine = JsonNode.Parse(await claimant.Browser.GetStringAsync("/api/v1/cooperative-claims?mine=true"))!["items"]!.AsArray();
        await claimant.ProveAsync((string)mine.Single(c => (string?)c!["status"] == "awaitingCode")!["id"]!, code);
        var manager = await claimant.ClaimAsync(WithEmail);
        Assert.That(manager.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((string?)(await BodyAsync(manager))["code"], Is.EqualTo("identity.claims.already_manager"));
    }

    [Test]
    public async Task Given_two_managers_Then_one_leaves_staff_revoke_the_other_and_both_steps_are_audited()
    {
        var first = await ClaimantAsync();
        var second = await ClaimantAsync();
        foreach (var (claimant, nth) in new[] { (first, 1), (second, 2) })
        {
            var claim = await BodyAsync(await claimant.ClaimAsync(WithEmail));
            var proved = await claimant.ProveAsync((string)claim["id"]!, CodeOf((await MailToAsync(RegistryEmail, nth)).TextBody));
            Assert.That(proved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await proved.Content.ReadAsStringAsync());
        }
        var managers = JsonNode.Parse(await first.Browser.GetStringAsync($"/api/v1/cooperatives/{_coops[WithEmail]}/managers"))!.AsArray();
        Assert.That(managers.Select(m => (string?)m!["email"]).Order(), Is.EqualTo(new[] { first.Email, second.Email }.Order()), "a cooperative may have several managers");

        var left = await first.SendAsync(HttpMethod.Delete, $"/api/v1/cooperatives/{_coops[WithEmail]}/managers/me");

        Assert.That(left.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await left.Content.ReadAsStringAsync());
        var me = JsonNode.Parse(await first.Browser.GetStringAsync("/api/v1/auth/me"))!;
        Assert.That(me["roles"]!.AsArray(), Is.Empty, "still signed in, without the cooperative");

        using var otherStaff = await KeyAsync("staff", "MA-06");
        Assert.That((await otherStaff.DeleteAsync($"/api/v1/cooperatives/{_coops[WithEmail]}/managers/{second.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var staff = await SessionAsync(StaffEmail, StaffPassword);
        var revoked = await staff.SendAsync(HttpMethod.Delete, $"/api/v1/cooperatives/{_coops[WithEmail]}/managers/{second.Id}");

        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await revoked.Content.ReadAsStringAsync());
        Assert.That((await second.Browser.GetAsync("/api/v1/auth/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "her session ends");
        Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM app_audit WHERE entity_type = 'user' AND (after_json LIKE '%leftCooperative%' OR after_json LIKE '%revokedFromCooperative%')"), Is.EqualTo(2));
        Assert.That((await staff.SendAsync(HttpMethod.Delete, $"/api/v1/cooperatives/{_coops[WithEmail]}/managers/{second.Id}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Given_more_claims_than_the_per_address_budget_Then_429()
    {
        await using var app = new CoopHubApp(Engine.Sqlite, await TestDatabases.NewSqliteAsync(), configure: b => b.UseSetting("RateLimits:AccountCodesPerMinute", "3"));
        using var client = app.CreateAdminClient(); // signed in (a key: refused with 403 until the limit answers 429 first)
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++) statuses.Add((await client.SendAsync(ClaimRequest(WithEmail))).StatusCode);
        Assert.That(statuses.Count(s => s == HttpStatusCode.TooManyRequests), Is.GreaterThanOrEqualTo(2), string.Join(", ", statuses));
    }

    // ---- helpers ----

    private sealed class Session(HttpClient browser, string token, string email, string name, string id)
    {
        public HttpClient Browser { get; } = browser;
        public string Email { get; } = email;
        public string Name { get; } = name;
        public string Id { get; } = id;

        public Task<HttpResponseMessage> ClaimAsync(string number, byte[]? proof = null, string? fileName = null)
        {
            var request = ClaimRequest(number, proof, fileName);
            request.Headers.Add("X-CSRF-TOKEN", token);
            return Browser.SendAsync(request);
        }

        public Task<HttpResponseMessage> ProveAsync(string claimId, string code)
            => PostAsync($"/api/v1/cooperative-claims/{claimId}/code", new JsonObject { ["code"] = code });

        public Task<HttpResponseMessage> PostAsync(string url, JsonObject body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Json(body) };
            request.Headers.Add("X-CSRF-TOKEN", token);
            request.Headers.AcceptLanguage.ParseAdd("ar");
            return Browser.SendAsync(request);
        }

        public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url)
        {
            var request = new HttpRequestMessage(method, url);
            request.Headers.Add("X-CSRF-TOKEN", token);
            return Browser.SendAsync(request);
        }
    }

    private static HttpRequestMessage ClaimRequest(string number, byte[]? proof = null, string? fileName = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(number), "registrationNumber" } };
        if (proof is not null)
        {
            var file = new ByteArrayContent(proof);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "proof", fileName ?? "proof.bin");
        }
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cooperative-claims") { Content = form };
        request.Headers.AcceptLanguage.ParseAdd("ar");
        return request;
    }

    /// <summary>A person who signed up and confirmed her address with the code she received, signed in: no role yet.</summary>
    private async Task<Session> ClaimantAsync(string language = "ar")
    {
        var n = ++_accounts;
        var email = $"claimant{n}@coophub.test";
        using var anonymous = _app.CreateClient();
        var signedUp = await anonymous.PostAsync("/api/v1/auth/sign-up", Json(new JsonObject
        {
            ["email"] = email, ["displayName"] = $"Claimant {n}", ["password"] = Password, ["language"] = language,
        }));
        Assert.That(signedUp.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await signedUp.Content.ReadAsStringAsync());
        var mail = await MailToAsync(email);
        var verified = await anonymous.PostAsync("/api/v1/auth/verify", Json(new JsonObject { ["email"] = email, ["code"] = CodeOf(mail.TextBody) }));
        Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await verified.Content.ReadAsStringAsync());
        return await SessionAsync(email, Password);
    }

    private async Task<Session> SessionAsync(string email, string password)
    {
        var browser = _app.CreateBrowser();
        var signedIn = await browser.PostAsync("/api/v1/auth/sign-in", Json(new JsonObject { ["email"] = email, ["password"] = password }));
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signedIn.Content.ReadAsStringAsync());
        var me = JsonNode.Parse(await browser.GetStringAsync("/api/v1/auth/me"))!;
        var token = (string)JsonNode.Parse(await browser.GetStringAsync("/api/v1/auth/antiforgery"))!["token"]!;
        return new Session(browser, token, email, (string)me["name"]!, (string)me["id"]!);
    }

    private async Task<HttpClient> KeyAsync(string role, string region)
    {
        var created = await CreateAsync(_admin, "/api/v1/api-keys", new JsonObject { ["name"] = $"key {role} {region}", ["roles"] = new JsonArray(role), ["regions"] = new JsonArray(region) });
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", (string)created["secret"]!);
        return client;
    }

    private async Task<string> CooperativeAsync(string number, string? email, string? phone)
    {
        var body = CooperativeBodies.Valid(registrationNumber: number);
        body["contact"] = new JsonObject { ["email"] = email, ["phone"] = phone };
        return (string)(await CreateAsync(_admin, "/api/v1/cooperatives", body))["id"]!;
    }

    private static async Task<JsonNode> CreateAsync(HttpClient client, string url, JsonObject body)
    {
        var response = await client.PostAsync(url, Json(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, text);
        return JsonNode.Parse(text)!;
    }

    /// <summary>
    /// Waits for the <paramref name="nth"/> e-mail to this address (the dispatcher runs in the background); with
    /// <paramref name="skipVerification"/>, the address's sign-up verification does not count.
    /// </summary>
    private async Task<MimeMessage> MailToAsync(string address, int nth = 1, bool skipVerification = false)
    {
        IEnumerable<MimeMessage> To() => _smtp.Received.Where(m => m.To.Mailboxes.Any(b => b.Address == address)).Skip(skipVerification ? 1 : 0);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (To().Count() < nth && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.That(To().Count(), Is.GreaterThanOrEqualTo(nth), $"e-mails to {address}");
        return To().ElementAt(nth - 1);
    }

    private static async Task<JsonNode> BodyAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    private static string CodeOf(string? text) => SixDigits().Match(text ?? "").Groups[1].Value;

    private async Task<string?> ScalarTextAsync(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(_connectionString);
        return await connection.ExecuteScalarAsync<string>(sql);
    }

    [GeneratedRegex(@":\s([0-9]{6})(?![0-9A-Za-z])")]
    private static partial Regex SixDigits();

    [GeneratedRegex(@"code=([0-9]{6})")]
    private static partial Regex SmsLinkCode();
}

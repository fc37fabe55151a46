using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopHub.Api.Tests.Integrations;

namespace CoopHub.Api.Tests.Identity;

/// <summary>
/// Issue 19, an account's second address: GetMe shows the account's e-mail and mobile number and whether each was
/// proved; a signed-in account adds a mobile number to its e-mail (or an e-mail to its number) with a 6-digit code sent
/// to the new address, then signs in with either; an address another account has gets the same 202, and its code then
/// fails on the field.
/// </summary>
public sealed partial class AccountAddressTests : AccountMailTest
{
    private const string Mobile = "+212612345678";

    [Test]
    public async Task Given_an_email_account_Then_GetMe_shows_its_address_unproved_and_a_number_it_adds_by_an_sms_code_signs_in_too()
    {
        var browser = await SignedInAsync(new JsonObject { ["email"] = Email, ["password"] = OldPassword });
        var before = await MeAsync(browser);
        Assert.Multiple(() =>
        {
            Assert.That((string?)before["email"], Is.EqualTo(Email));
            Assert.That((bool)before["emailVerified"]!, Is.False, "made by an administrator: never proved by a code");
            Assert.That(before["phone"], Is.Null);
            Assert.That((bool)before["phoneVerified"]!, Is.False);
        });

        var requested = await browser.PostAsync("/api/v1/users/me/addresses", new JsonObject { ["phone"] = "06 12 34 56 78" });
        Assert.That(requested.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await requested.Content.ReadAsStringAsync());
        Assert.That((string?)(await BodyAsync(requested))["message"], Does.Contain(Mobile), "in the account's language (Arabic)");
        var sms = await SmsAsync(1);
        Assert.Multiple(() =>
        {
            Assert.That(sms.To, Is.EqualTo(Mobile));
            Assert.That(sms.Body, Does.StartWith("CoopHub: لتأكيد هذا الرقم"));
            Assert.That(sms.Body, Does.Contain("https://coophub.example.ma/account?code="));
            Assert.That(_sms.Violations, Is.Empty);
        });
        var code = SmsCode().Match(sms.Body).Groups[1].Value;

        var wrong = await browser.PostAsync("/api/v1/users/me/addresses/confirm", new JsonObject { ["code"] = code == "000000" ? "111111" : "000000" });
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(FieldsOf(await wrong.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "code" }));

        var confirmed = await browser.PostAsync("/api/v1/users/me/addresses/confirm", new JsonObject { ["code"] = code });
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await confirmed.Content.ReadAsStringAsync());
        var after = await MeAsync(browser);
        Assert.Multiple(async () =>
        {
            Assert.That((string?)after["email"], Is.EqualTo(Email));
            Assert.That((string?)after["phone"], Is.EqualTo(Mobile));
            Assert.That((bool)after["phoneVerified"]!, Is.True);
            Assert.That((await PostAsync("/api/v1/auth/sign-in", new JsonObject { ["phone"] = "0612345678", ["password"] = OldPassword })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await SignInAsync(OldPassword), Is.EqualTo(HttpStatusCode.OK), "and still with the e-mail");
            Assert.That((await browser.PostAsync("/api/v1/users/me/addresses/confirm", new JsonObject { ["code"] = code })).StatusCode,
                Is.EqualTo(HttpStatusCode.BadRequest), "a code works once");
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM app_audit WHERE entity_type = 'user' AND after_json LIKE '%addressAdded%'"), Is.EqualTo(1));
            using var admin = _app.CreateAdminClient();
            Assert.That((int)JsonNode.Parse(await admin.GetStringAsync("/api/v1/users?q=612345678"))!["total"]!, Is.EqualTo(1), "administrators find her by the number");
        });

        // A reset asked by the number comes by SMS to it; the same number cannot be added twice.
        await PostAsync("/api/v1/auth/password-reset", new JsonObject { ["phone"] = Mobile });
        Assert.That((await SmsAsync(2)).Body, Does.Contain("/reset-password?phone=%2B212612345678&code="));
        var again = await browser.PostAsync("/api/v1/users/me/addresses", new JsonObject { ["phone"] = "0698765432" });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Given_a_number_account_Then_it_adds_an_email_by_a_mailed_code_and_signs_in_with_it()
    {
        var browser = await NumberAccountAsync(Mobile);
        var before = await MeAsync(browser);
        Assert.Multiple(() =>
        {
            Assert.That(before["email"], Is.Null);
            Assert.That((string?)before["phone"], Is.EqualTo(Mobile));
            Assert.That((bool)before["phoneVerified"]!, Is.True, "proved by sign-up's code");
        });

        var requested = await browser.PostAsync("/api/v1/users/me/addresses", new JsonObject { ["email"] = "Khadija.Amrani@coophub.test" });
        Assert.That(requested.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await requested.Content.ReadAsStringAsync());
        var mail = await MailAsync(1);
        Assert.Multiple(() =>
        {
            Assert.That(mail.To.Mailboxes.Single().Address, Is.EqualTo("Khadija.Amrani@coophub.test"));
            Assert.That(mail.Subject, Is.EqualTo("أكدوا عنوانكم في CoopHub"));
        });
        var confirmed = await browser.PostAsync("/api/v1/users/me/addresses/confirm", new JsonObject { ["code"] = CodeOf(mail) });

        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await confirmed.Content.ReadAsStringAsync());
        var after = await MeAsync(browser);
        Assert.Multiple(async () =>
        {
            Assert.That((string?)after["email"], Is.EqualTo("Khadija.Amrani@coophub.test"));
            Assert.That((bool)after["emailVerified"]!, Is.True);
            Assert.That(await SignInAsync("khadija.amrani@coophub.test", NewPassword), Is.EqualTo(HttpStatusCode.OK), "any case");
            Assert.That((await PostAsync("/api/v1/auth/sign-in", new JsonObject { ["phone"] = Mobile, ["password"] = NewPassword })).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Given_an_address_another_account_has_Then_the_same_202_and_its_code_fails_on_the_field_in_the_readers_language()
    {
        var numberAccount = await NumberAccountAsync(Mobile);
        var other = await numberAccount.PostAsync("/api/v1/users/me/addresses", new JsonObject { ["email"] = "personne@coophub.test" });
        var taken = await numberAccount.PostAsync("/api/v1/users/me/addresses", new JsonObject { ["email"] = Email.ToUpperInvariant() });

        Assert.That(taken.StatusCode, Is.EqualTo(other.StatusCode));
        Assert.That((await taken.Content.ReadAsStringAsync()).Replace(Email.ToUpperInvariant(), "X"),
            Is.EqualTo((await other.Content.ReadAsStringAsync()).Replace("personne@coophub.test", "X")), "one answer, taken or not");
        var mail = await MailAsync(2);
        var refused = await numberAccount.PostAsync("/api/v1/users/me/addresses/confirm", new JsonObject { ["code"] = CodeOf(mail) });

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), await refused.Content.ReadAsStringAsync());
        var problem = await BodyAsync(refused);
        Assert.Multiple(async () =>
        {
            Assert.That(FieldsOf(problem.ToJsonString()), Is.EqualTo(new[] { "email" }));
            Assert.That((string?)problem["code"], Is.EqualTo("identity.address.taken"));
            Assert.That((string?)problem["errors"]!["email"]![0], Does.StartWith("حساب آخر"), "in the account's language");
            Assert.That((await MeAsync(numberAccount))["email"], Is.Null);
            Assert.That(await SignInAsync(OldPassword), Is.EqualTo(HttpStatusCode.OK), "the owner keeps her address");
        });
    }

    [Test]
    public async Task Given_bad_input_or_an_api_key_Then_problems_name_the_field_or_refuse()
    {
        var browser = await SignedInAsync(new JsonObject { ["email"] = Email, ["password"] = OldPassword });

        var fixedLine = await browser.PostAsync("/api/v1/users/me/addresses", new JsonObject { ["phone"] = "0536000000" });
        var both = await browser.PostAsync("/api/v1/users/me/addresses", new JsonObject { ["phone"] = Mobile, ["email"] = "x@coophub.test" });
        var hasEmail = await browser.PostAsync("/api/v1/users/me/addresses", new JsonObject { ["email"] = "autre@coophub.test" });
        var badCode = await browser.PostAsync("/api/v1/users/me/addresses/confirm", new JsonObject { ["code"] = "12ab" });
        using var key = _app.CreateAdminClient();
        var byKey = await key.PostAsync("/api/v1/users/me/addresses", Json(new JsonObject { ["phone"] = Mobile }));

        Assert.Multiple(async () =>
        {
            Assert.That(FieldsOf(await fixedLine.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "phone" }));
            Assert.That(FieldsOf(await both.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "email" }));
            Assert.That(hasEmail.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((string?)(await BodyAsync(hasEmail))["code"], Is.EqualTo("identity.address.has_email"));
            Assert.That(FieldsOf(await badCode.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "code" }));
            Assert.That(byKey.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(_sms.Accepted, Is.Empty);
        });
    }

    [Test]
    public async Task Given_an_account_an_administrator_made_Then_it_verifies_its_email_with_a_mailed_code()
    {
        var browser = await SignedInAsync(new JsonObject { ["email"] = Email, ["password"] = OldPassword });

        var requested = await browser.PostAsync("/api/v1/users/me/addresses/verify", new JsonObject { ["kind"] = "email" });
        Assert.That(requested.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await requested.Content.ReadAsStringAsync());
        var mail = await MailAsync(1);
        Assert.That(mail.To.Mailboxes.Single().Address, Is.EqualTo(Email));
        var noPhone = await browser.PostAsync("/api/v1/users/me/addresses/verify", new JsonObject { ["kind"] = "phone" });
        var confirmed = await browser.PostAsync("/api/v1/users/me/addresses/confirm", new JsonObject { ["code"] = CodeOf(mail) });

        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await confirmed.Content.ReadAsStringAsync());
        var after = await MeAsync(browser);
        var again = await browser.PostAsync("/api/v1/users/me/addresses/verify", new JsonObject { ["kind"] = "email" });
        Assert.Multiple(async () =>
        {
            Assert.That((string?)after["email"], Is.EqualTo(Email));
            Assert.That((bool)after["emailVerified"]!, Is.True);
            Assert.That(noPhone.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((string?)(await BodyAsync(noPhone))["code"], Is.EqualTo("identity.address.missing"));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((string?)(await BodyAsync(again))["code"], Is.EqualTo("identity.address.already_verified"));
            Assert.That(await ScalarAsync("SELECT email_verified FROM idn_users WHERE email_key = 'fatima.zahra@coophub.test'"), Is.EqualTo(1));
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM app_audit WHERE entity_type = 'user' AND after_json LIKE '%addressVerified%'"), Is.EqualTo(1));
            Assert.That(await SignInAsync(OldPassword), Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Given_an_email_account_Then_it_replaces_its_email_by_a_code_sent_to_the_new_one_the_old_one_working_until_then()
    {
        var browser = await SignedInAsync(new JsonObject { ["email"] = Email, ["password"] = OldPassword });
        var otherSession = await SignedInAsync(new JsonObject { ["email"] = Email, ["password"] = OldPassword });
        const string NewEmail = "fatima.nouvelle@coophub.test";

        var wrongPassword = await browser.PostAsync("/api/v1/users/me/addresses/replace", new JsonObject { ["email"] = NewEmail, ["password"] = NewPassword });
        var same = await browser.PostAsync("/api/v1/users/me/addresses/replace", new JsonObject { ["email"] = Email.ToUpperInvariant(), ["password"] = OldPassword });
        var noPhone = await browser.PostAsync("/api/v1/users/me/addresses/replace", new JsonObject { ["phone"] = Mobile, ["password"] = OldPassword });
        Assert.Multiple(async () =>
        {
            Assert.That(FieldsOf(await wrongPassword.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "password" }));
            Assert.That(FieldsOf(await same.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "email" }));
            Assert.That((string?)(await BodyAsync(noPhone))["code"], Is.EqualTo("identity.address.missing"));
        });

        var requested = await browser.PostAsync("/api/v1/users/me/addresses/replace", new JsonObject { ["email"] = NewEmail, ["password"] = OldPassword });
        Assert.That(requested.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await requested.Content.ReadAsStringAsync());
        var mail = await MailAsync(1);
        Assert.Multiple(async () =>
        {
            Assert.That(mail.To.Mailboxes.Single().Address, Is.EqualTo(NewEmail), "the code goes to the new address");
            Assert.That((string?)(await MeAsync(browser))["email"], Is.EqualTo(Email), "nothing changes before the code");
            Assert.That(await SignInAsync(OldPassword), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await SignInAsync(NewEmail, OldPassword), Is.EqualTo(HttpStatusCode.Unauthorized));
        });

        var confirmed = await browser.PostAsync("/api/v1/users/me/addresses/confirm", new JsonObject { ["code"] = CodeOf(mail) });

        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await confirmed.Content.ReadAsStringAsync());
        var after = await MeAsync(browser);
        Assert.Multiple(async () =>
        {
            Assert.That((string?)after["email"], Is.EqualTo(NewEmail));
            Assert.That((bool)after["emailVerified"]!, Is.True);
            Assert.That(await SignInAsync(NewEmail, OldPassword), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await SignInAsync(OldPassword), Is.EqualTo(HttpStatusCode.Unauthorized), "the old address no longer signs in");
            Assert.That((await otherSession.Client.GetAsync("/api/v1/auth/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "other sessions end");
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM app_audit WHERE entity_type = 'user' AND after_json LIKE '%addressReplaced%'"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Given_a_number_account_that_added_an_email_Then_it_removes_the_number_with_its_password_but_not_its_last_verified_address()
    {
        var browser = await NumberAccountAsync(Mobile);
        await browser.PostAsync("/api/v1/users/me/addresses", new JsonObject { ["email"] = "Khadija.Amrani@coophub.test" });
        var added = await browser.PostAsync("/api/v1/users/me/addresses/confirm", new JsonObject { ["code"] = CodeOf(await MailAsync(1)) });
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await added.Content.ReadAsStringAsync());
        var otherSession = await SignedInAsync(new JsonObject { ["phone"] = Mobile, ["password"] = NewPassword });

        var wrongPassword = await browser.PostAsync("/api/v1/users/me/addresses/remove", new JsonObject { ["kind"] = "phone", ["password"] = OldPassword });
        var removed = await browser.PostAsync("/api/v1/users/me/addresses/remove", new JsonObject { ["kind"] = "phone", ["password"] = NewPassword });

        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await removed.Content.ReadAsStringAsync());
        var last = await browser.PostAsync("/api/v1/users/me/addresses/remove", new JsonObject { ["kind"] = "email", ["password"] = NewPassword });
        var after = await MeAsync(browser);
        Assert.Multiple(async () =>
        {
            Assert.That(FieldsOf(await wrongPassword.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "password" }));
            Assert.That(after["phone"], Is.Null);
            Assert.That((string?)after["email"], Is.EqualTo("Khadija.Amrani@coophub.test"));
            Assert.That((await PostAsync("/api/v1/auth/sign-in", new JsonObject { ["phone"] = Mobile, ["password"] = NewPassword })).StatusCode,
                Is.EqualTo(HttpStatusCode.Unauthorized), "the number no longer signs in");
            Assert.That(await SignInAsync("khadija.amrani@coophub.test", NewPassword), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM idn_users WHERE email_key = 'khadija.amrani@coophub.test' AND second_key IS NULL AND phone IS NULL"),
                Is.EqualTo(1), "the e-mail is now the account's key");
            Assert.That((await otherSession.Client.GetAsync("/api/v1/auth/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "other sessions end");
            Assert.That(last.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((string?)(await BodyAsync(last))["code"], Is.EqualTo("identity.address.last_verified"));
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM app_audit WHERE entity_type = 'user' AND after_json LIKE '%addressRemoved%'"), Is.EqualTo(1));
        });
        // The number is free again: another account may sign up with it.
        await PostAsync("/api/v1/auth/sign-up", new JsonObject { ["phone"] = Mobile, ["displayName"] = "Autre", ["password"] = OldPassword, ["language"] = "fr" });
        Assert.That((await SmsAsync(2)).Body, Does.Contain("/verify-account?phone="));
    }

    [Test]
    public async Task Given_an_unverified_email_Then_the_number_added_beside_it_cannot_be_removed()
    {
        var browser = await SignedInAsync(new JsonObject { ["email"] = Email, ["password"] = OldPassword });
        await browser.PostAsync("/api/v1/users/me/addresses", new JsonObject { ["phone"] = Mobile });
        var code = SmsCode().Match((await SmsAsync(1)).Body).Groups[1].Value;
        Assert.That((await browser.PostAsync("/api/v1/users/me/addresses/confirm", new JsonObject { ["code"] = code })).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var refused = await browser.PostAsync("/api/v1/users/me/addresses/remove", new JsonObject { ["kind"] = "phone", ["password"] = OldPassword });
        var email = await browser.PostAsync("/api/v1/users/me/addresses/remove", new JsonObject { ["kind"] = "email", ["password"] = OldPassword });

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((string?)(await BodyAsync(refused))["code"], Is.EqualTo("identity.address.last_verified"));
            Assert.That(email.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "the proved number stays");
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM idn_users WHERE email_key = '+212612345678' AND email = '' AND second_key IS NULL"), Is.EqualTo(1));
        });
    }

    /// <summary>A number's account, made by sign-up and confirmed by the SMS code, signed in.</summary>
    private async Task<Browser> NumberAccountAsync(string phone)
    {
        await PostAsync("/api/v1/auth/sign-up", new JsonObject { ["phone"] = phone, ["displayName"] = "خديجة العمراني", ["password"] = NewPassword, ["language"] = "ar" });
        var sms = await SmsAsync(1);
        var verified = await PostAsync("/api/v1/auth/verify", new JsonObject { ["phone"] = phone, ["code"] = SmsCode().Match(sms.Body).Groups[1].Value });
        Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await verified.Content.ReadAsStringAsync());
        return await SignedInAsync(new JsonObject { ["phone"] = phone, ["password"] = NewPassword });
    }

    private async Task<Browser> SignedInAsync(JsonObject credentials)
    {
        var client = _app.CreateBrowser();
        var signedIn = await client.PostAsync("/api/v1/auth/sign-in", Json(credentials));
        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK), await signedIn.Content.ReadAsStringAsync());
        var token = (string)JsonNode.Parse(await client.GetStringAsync("/api/v1/auth/antiforgery"))!["token"]!;
        return new Browser(client, token);
    }

    private static async Task<JsonNode> MeAsync(Browser browser) => JsonNode.Parse(await browser.Client.GetStringAsync("/api/v1/auth/me"))!;

    private static async Task<JsonNode> BodyAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// <summary>A signed-in browser: its cookies and the antiforgery token its unsafe requests carry.</summary>
    private sealed record Browser(HttpClient Client, string Token)
    {
        public Task<HttpResponseMessage> PostAsync(string url, JsonObject body)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Json(body) };
            request.Headers.Add("X-CSRF-TOKEN", Token);
            request.Headers.AcceptLanguage.ParseAdd("fr");
            return Client.SendAsync(request);
        }
    }

    [GeneratedRegex("[?&]code=([0-9]{6})")]
    private static partial Regex SmsCode();
}

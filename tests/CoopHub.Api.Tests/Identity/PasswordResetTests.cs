using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Integrations;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CoopHub.Api.Tests.Identity;

/// <summary>
/// Issue 19, password reset: a link and a 6-digit code by e-mail (received by a real SMTP server on loopback), single
/// use, short-lived, stored hashed, burnt after five wrong codes, the same answer for every address, and every session of
/// the account ended by the reset. The clock is the test's, so expiry never races the machine.
/// </summary>
public sealed class PasswordResetTests : AccountMailTest
{
    [Test]
    public async Task Given_an_account_and_an_unknown_address_Then_both_get_the_same_202_and_only_the_account_receives_a_link_and_a_code_in_its_language()
    {
        var known = await RequestResetAsync("Fatima.Zahra@CoopHub.test");
        var unknown = await RequestResetAsync("nobody@coophub.test");

        Assert.That(known.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(await unknown.Content.ReadAsStringAsync(), Is.EqualTo(await known.Content.ReadAsStringAsync()), "the answer says nothing about the address");
        Assert.That((string?)JsonNode.Parse(await known.Content.ReadAsStringAsync())!["message"], Does.Contain("30 دقيقة"));

        var mail = await MailAsync(1);
        await Task.Delay(300); // a second, wrong, e-mail would have arrived by now
        Assert.Multiple(() =>
        {
            Assert.That(_smtp.Received, Has.Count.EqualTo(1), "nothing is sent for an unknown address");
            Assert.That(mail.To.Mailboxes.Single().Address, Is.EqualTo(Email));
            Assert.That(mail.Subject, Is.EqualTo("إعادة تعيين كلمة المرور في CoopHub"));
            Assert.That(mail.TextBody, Does.Contain("https://coophub.example.ma/reset-password?token="));
            Assert.That(CodeOf(mail), Has.Length.EqualTo(6));
            Assert.That(mail.HtmlBody, Does.Contain("dir=\"rtl\""));
            Assert.That(mail.Headers.Contains("List-Unsubscribe"), Is.False, "an account message cannot be turned off");
        });
        // Only hashes are stored; the message's copy of the secrets is blanked once sent.
        Assert.Multiple(async () =>
        {
            Assert.That(await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE topic = 'account' AND body = '' AND link IS NULL", c => c == 1), Is.EqualTo(1));
            Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM idn_account_codes WHERE token_hash = '{TokenOf(mail)}' OR code_hash = '{CodeOf(mail)}'"), Is.Zero);
        });
    }

    [Test]
    public async Task Given_the_links_token_Then_the_new_password_works_the_old_one_and_every_session_end_and_the_link_works_once()
    {
        using var browser = _app.CreateBrowser();
        Assert.That((await PostAsync("/api/v1/auth/sign-in", new JsonObject { ["email"] = Email, ["password"] = OldPassword }, browser)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await browser.GetAsync("/api/v1/auth/me")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await RequestResetAsync(Email);
        var token = TokenOf(await MailAsync(1));

        var reset = await ResetAsync(new JsonObject { ["token"] = token, ["newPassword"] = NewPassword });

        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await reset.Content.ReadAsStringAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(await SignInAsync(NewPassword), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await SignInAsync(OldPassword), Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await browser.GetAsync("/api/v1/auth/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the session opened before the reset ended");
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM app_audit WHERE entity_type = 'user' AND after_json LIKE '%passwordReset%'"), Is.EqualTo(1));
        });
        var again = await ResetAsync(new JsonObject { ["token"] = token, ["newPassword"] = "Another-Password-2028" });
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = JsonNode.Parse(await again.Content.ReadAsStringAsync())!;
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Is.EqualTo(new[] { "token" }));
        Assert.That(await SignInAsync(NewPassword), Is.EqualTo(HttpStatusCode.OK), "a spent link changes nothing");
    }

    [Test]
    public async Task Given_a_link_older_than_30_minutes_or_replaced_by_a_newer_one_Then_it_is_refused()
    {
        await RequestResetAsync(Email);
        var first = TokenOf(await MailAsync(1));
        _clock.Advance(TimeSpan.FromMinutes(31));
        Assert.That((await ResetAsync(new JsonObject { ["token"] = first, ["newPassword"] = NewPassword })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "expired");

        await RequestResetAsync(Email);
        var second = TokenOf(await MailAsync(2));
        await RequestResetAsync(Email);
        var third = TokenOf(await MailAsync(3));
        Assert.That((await ResetAsync(new JsonObject { ["token"] = second, ["newPassword"] = NewPassword })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "replaced");
        Assert.That((await ResetAsync(new JsonObject { ["token"] = third, ["newPassword"] = NewPassword })).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await SignInAsync(OldPassword), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Given_the_code_Then_it_resets_and_five_wrong_codes_burn_it()
    {
        await RequestResetAsync(Email);
        var code = CodeOf(await MailAsync(1));
        var wrong = code == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            var refused = await ResetAsync(new JsonObject { ["email"] = Email, ["code"] = wrong, ["newPassword"] = NewPassword });
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]!["code"]![0], Does.Contain("اطلبوا"), "in the reader's language, saying what to do");
        }
        Assert.That((await ResetAsync(new JsonObject { ["email"] = Email, ["code"] = code, ["newPassword"] = NewPassword })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest),
            "the right code after five wrong ones is burnt");

        await RequestResetAsync(Email);
        var fresh = CodeOf(await MailAsync(2));
        var reset = await ResetAsync(new JsonObject { ["email"] = "FATIMA.ZAHRA@coophub.test", ["code"] = fresh, ["newPassword"] = NewPassword });
        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await reset.Content.ReadAsStringAsync());
        Assert.That(await SignInAsync(NewPassword), Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Given_bad_input_Then_400_names_each_field_and_nothing_changes()
    {
        var weak = await ResetAsync(new JsonObject { ["token"] = "abc", ["newPassword"] = "court" });
        var noCode = await ResetAsync(new JsonObject { ["email"] = Email, ["newPassword"] = NewPassword });
        var badCode = await ResetAsync(new JsonObject { ["email"] = Email, ["code"] = "12a456", ["newPassword"] = NewPassword });
        var noEmail = await RequestResetAsync("");
        var malformed = await _app.CreateClient().PostAsync("/api/v1/auth/password-reset", new StringContent("{\"email\":", Encoding.UTF8, "application/json"));

        Assert.Multiple(async () =>
        {
            Assert.That(FieldsOf(await weak.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "newPassword" }));
            Assert.That(FieldsOf(await noCode.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "code" }));
            Assert.That(FieldsOf(await badCode.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "code" }));
            Assert.That(FieldsOf(await noEmail.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "email" }));
            Assert.That(malformed.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(malformed.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(await SignInAsync(OldPassword), Is.EqualTo(HttpStatusCode.OK));
        });
    }
}

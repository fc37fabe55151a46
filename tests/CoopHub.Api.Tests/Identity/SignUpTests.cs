using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;

namespace CoopHub.Api.Tests.Identity;

/// <summary>
/// Issue 19, sign up: an account waiting for its address to be confirmed by a link or a 6-digit code (received over
/// SMTP), the same answer whether or not the address has an account (its owner is told instead), no sign-in before the
/// confirmation, and the account usable after it.
/// </summary>
public sealed class SignUpTests : AccountMailTest
{
    private const string NewEmail = "khadija.amrani@coophub.test";

    private Task<HttpResponseMessage> SignUpAsync(string email, string password = NewPassword, string language = "ar")
        => PostAsync("/api/v1/auth/sign-up", new JsonObject { ["email"] = email, ["displayName"] = "خديجة العمراني", ["password"] = password, ["language"] = language });

    private Task<HttpResponseMessage> VerifyAsync(JsonObject body) => PostAsync("/api/v1/auth/verify", body);

    [Test]
    public async Task Given_a_new_address_Then_the_account_waits_for_the_link_in_arabic_and_signs_in_once_confirmed()
    {
        var signedUp = await SignUpAsync(NewEmail);

        Assert.That(signedUp.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await signedUp.Content.ReadAsStringAsync());
        var mail = await MailAsync(1);
        Assert.Multiple(() =>
        {
            Assert.That(mail.To.Mailboxes.Single().Address, Is.EqualTo(NewEmail));
            Assert.That(mail.Subject, Is.EqualTo("تأكيد حسابكم في CoopHub"));
            Assert.That(mail.TextBody, Does.Contain("https://coophub.example.ma/verify-account?token=").And.Contain("24 ساعة"));
        });
        var before = await PostAsync("/api/v1/auth/sign-in", new JsonObject { ["email"] = NewEmail, ["password"] = NewPassword });
        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "not before the address is confirmed");
        Assert.That((string?)JsonNode.Parse(await before.Content.ReadAsStringAsync())!["code"], Is.EqualTo("auth.account_unconfirmed"));
        Assert.That(await SignInAsync(NewEmail, "Wrong-Password-2026"), Is.EqualTo(HttpStatusCode.Unauthorized), "a wrong password learns nothing about the confirmation");

        var verified = await VerifyAsync(new JsonObject { ["token"] = TokenOf(mail) });

        Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await verified.Content.ReadAsStringAsync());
        Assert.That(await SignInAsync(NewEmail, NewPassword), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM idn_users WHERE email_key = '{NewEmail}' AND roles = '[]' AND language = 'ar'"), Is.EqualTo(1), "no role until a cooperative is claimed");
        Assert.That((await VerifyAsync(new JsonObject { ["token"] = TokenOf(mail) })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a link works once");
    }

    [Test]
    public async Task Given_an_address_that_has_an_account_Then_the_same_202_and_its_owner_is_told_while_nothing_changes()
    {
        var fresh = await SignUpAsync("someone.new@coophub.test", language: "fr");
        var taken = await SignUpAsync(Email.ToUpperInvariant(), password: "Attacker-Chosen-2026", language: "fr");

        Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(await taken.Content.ReadAsStringAsync(), Is.EqualTo(await fresh.Content.ReadAsStringAsync()), "the answer says nothing about the address");
        await MailAsync(2);
        var owner = _smtp.Received.Single(m => m.To.Mailboxes.Single().Address == Email);
        Assert.Multiple(async () =>
        {
            Assert.That(owner.Subject, Is.EqualTo("حسابكم في CoopHub موجود من قبل"), "in the owner's language, not the stranger's");
            Assert.That(owner.TextBody, Does.Not.Contain("token="));
            Assert.That(await SignInAsync(OldPassword), Is.EqualTo(HttpStatusCode.OK), "the owner's password is unchanged");
            Assert.That(await SignInAsync(Email, "Attacker-Chosen-2026"), Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task Given_the_code_after_signing_up_twice_Then_only_the_newest_code_confirms()
    {
        await SignUpAsync(NewEmail);
        var first = CodeOf(await MailAsync(1));
        await SignUpAsync(NewEmail);
        var second = CodeOf(await MailAsync(2));

        if (first != second)
        {
            Assert.That((await VerifyAsync(new JsonObject { ["email"] = NewEmail, ["code"] = first })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "replaced");
        }
        var verified = await VerifyAsync(new JsonObject { ["email"] = NewEmail, ["code"] = second });
        Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await verified.Content.ReadAsStringAsync());
        Assert.That(await SignInAsync(NewEmail, NewPassword), Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM idn_users WHERE email_key = '{NewEmail}'"), Is.EqualTo(1));
    }

    [Test]
    public async Task Given_bad_input_Then_400_names_each_field_and_no_account_is_created()
    {
        var weak = await SignUpAsync(NewEmail, password: "court");
        var noEmail = await SignUpAsync("pas-une-adresse");
        var noCode = await VerifyAsync(new JsonObject { ["email"] = NewEmail });

        Assert.Multiple(async () =>
        {
            Assert.That(FieldsOf(await weak.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "password" }));
            Assert.That(FieldsOf(await noEmail.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "email" }));
            Assert.That(FieldsOf(await noCode.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "code" }));
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM idn_users WHERE email_key <> 'admin@coophub.test' AND email_key <> 'fatima.zahra@coophub.test'"), Is.Zero);
        });
    }

    [Test]
    public async Task Given_more_requests_than_the_per_address_budget_Then_429_with_retry_after_in_the_readers_language()
    {
        await using var app = new Infrastructure.CoopHubApp(Infrastructure.Engine.Sqlite, await Infrastructure.TestDatabases.NewSqliteAsync(),
            configure: b => b.UseSetting("RateLimits:AccountCodesPerMinute", "3"));
        using var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        // Three a minute: of eight quick requests at least two are refused even if a window ends among them.
        for (var i = 0; i < 8; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/password-reset") { Content = Json(new JsonObject { ["email"] = $"x{i}@coophub.test" }) };
            request.Headers.AcceptLanguage.ParseAdd("ar");
            var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited = response;
        }
        Assert.That(statuses.Count(s => s == HttpStatusCode.TooManyRequests), Is.GreaterThanOrEqualTo(2), string.Join(", ", statuses));
        Assert.That(limited!.Headers.RetryAfter, Is.Not.Null);
        Assert.That((string?)JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["detail"], Does.Contain("ثانية"));
    }
}

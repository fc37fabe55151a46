using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoopHub.Api.Tests.Integrations;

namespace CoopHub.Api.Tests.Identity;

/// <summary>
/// Issue 19 item 1, a Moroccan mobile number instead of an e-mail address: sign up, a 6-digit code by SMS (received by
/// the Twilio double, at once even in the quiet hours), verify, sign in by the number in any spelling, reset the password
/// by a code to the number; the same answers as by e-mail, whether or not the number has an account.
/// </summary>
public sealed partial class PhoneAccountTests : AccountMailTest
{
    private const string Mobile = "+212612345678";

    private Task<HttpResponseMessage> SignUpAsync(string phone, string password = NewPassword, string language = "ar")
        => PostAsync("/api/v1/auth/sign-up", new JsonObject { ["phone"] = phone, ["displayName"] = "خديجة العمراني", ["password"] = password, ["language"] = language });

    private async Task<HttpStatusCode> SignInByPhoneAsync(string phone, string password)
        => (await PostAsync("/api/v1/auth/sign-in", new JsonObject { ["phone"] = phone, ["password"] = password })).StatusCode;

    private static string CodeIn(SmsRequest sms) => SmsCode().Match(sms.Body).Groups[1].Value;

    [Test]
    public async Task Given_a_mobile_number_Then_a_code_by_sms_confirms_the_account_and_it_signs_in_with_the_number_in_any_spelling()
    {
        var byEmail = await PostAsync("/api/v1/auth/sign-up", new JsonObject { ["email"] = "autre@coophub.test", ["displayName"] = "X", ["password"] = NewPassword });
        var signedUp = await SignUpAsync("06 12 34 56 78");

        Assert.That(signedUp.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await signedUp.Content.ReadAsStringAsync());
        Assert.That(await signedUp.Content.ReadAsStringAsync(), Is.EqualTo(await byEmail.Content.ReadAsStringAsync()), "one answer for both ways");
        var sms = await SmsAsync(1);
        Assert.Multiple(() =>
        {
            Assert.That(sms.To, Is.EqualTo(Mobile));
            Assert.That(sms.Body, Does.StartWith("CoopHub: أكدوا حسابكم الجديد"), "in the account's language");
            Assert.That(sms.Body, Does.Contain("https://coophub.example.ma/verify-account?phone=%2B212612345678&code="));
            Assert.That(_sms.Violations, Is.Empty);
        });
        Assert.That(await SignInByPhoneAsync("0612345678", NewPassword), Is.EqualTo(HttpStatusCode.Forbidden), "not before the number is confirmed");

        var wrong = await PostAsync("/api/v1/auth/verify", new JsonObject { ["phone"] = "0612345678", ["code"] = CodeIn(sms) == "000000" ? "111111" : "000000" });
        var verified = await PostAsync("/api/v1/auth/verify", new JsonObject { ["phone"] = "0612345678", ["code"] = CodeIn(sms) });

        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await verified.Content.ReadAsStringAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(await SignInByPhoneAsync("+212 6 12 34 56 78", NewPassword), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await SignInByPhoneAsync("00212612345678", NewPassword), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await SignInByPhoneAsync(Mobile, "Wrong-Password-2026"), Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(await ScalarAsync($"SELECT COUNT(*) FROM idn_users WHERE phone = '{Mobile}' AND email = '' AND email_key = '{Mobile}' AND pending_verification = 0 AND roles = '[]'"), Is.EqualTo(1));
            Assert.That(await CountWhenAsync("SELECT COUNT(*) FROM ntf_messages WHERE channel = 'sms' AND topic = 'account' AND link IS NULL", c => c == 1), Is.EqualTo(1), "the code is blanked once sent");
        });
    }

    [Test]
    public async Task Given_the_quiet_hours_Then_an_account_code_by_sms_still_goes_at_once()
    {
        _clock.Advance(TimeSpan.FromHours(13)); // 22:00 UTC: 23:00 in Casablanca, inside 21:00-08:00

        await SignUpAsync("0712345678");

        var sms = await SmsAsync(1);
        Assert.That(sms.To, Is.EqualTo("+212712345678"));
        var verified = await PostAsync("/api/v1/auth/verify", new JsonObject { ["phone"] = "+212712345678", ["code"] = CodeIn(sms) });
        Assert.That(verified.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await verified.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Given_a_number_that_has_an_account_Then_the_same_202_its_owner_is_told_by_sms_and_the_password_is_unchanged()
    {
        await SignUpAsync(Mobile);
        var first = await SmsAsync(1);
        Assert.That((await PostAsync("/api/v1/auth/verify", new JsonObject { ["phone"] = Mobile, ["code"] = CodeIn(first) })).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var again = await SignUpAsync("0612345678", password: "Attacker-Chosen-2026", language: "fr");

        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        var told = await SmsAsync(2);
        Assert.Multiple(async () =>
        {
            Assert.That(told.Body, Does.StartWith("CoopHub: حاول شخص إنشاء حساب برقمكم").And.EndWith("https://coophub.example.ma/sign-in"), "in the owner's language, no code");
            Assert.That(await SignInByPhoneAsync(Mobile, NewPassword), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await SignInByPhoneAsync(Mobile, "Attacker-Chosen-2026"), Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task Given_a_forgotten_password_Then_a_code_by_sms_resets_it_and_an_unknown_number_gets_the_same_answer_and_nothing()
    {
        await SignUpAsync(Mobile);
        var signUp = await SmsAsync(1);
        await PostAsync("/api/v1/auth/verify", new JsonObject { ["phone"] = Mobile, ["code"] = CodeIn(signUp) });

        var unknown = await PostAsync("/api/v1/auth/password-reset", new JsonObject { ["phone"] = "0698765432" });
        var known = await PostAsync("/api/v1/auth/password-reset", new JsonObject { ["phone"] = "06 12 34 56 78" });

        Assert.That(known.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(await known.Content.ReadAsStringAsync(), Is.EqualTo(await unknown.Content.ReadAsStringAsync()));
        var sms = await SmsAsync(2);
        Assert.That(sms.Body, Does.Contain("https://coophub.example.ma/reset-password?phone=%2B212612345678&code="));
        var reset = await ResetAsync(new JsonObject { ["phone"] = "0612345678", ["code"] = CodeIn(sms), ["newPassword"] = "Ouarzazate-Roses-2028" });
        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), await reset.Content.ReadAsStringAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(await SignInByPhoneAsync(Mobile, "Ouarzazate-Roses-2028"), Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await SignInByPhoneAsync(Mobile, NewPassword), Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(_sms.Accepted.Count(s => s.To == "+212698765432"), Is.Zero, "an unknown number gets nothing");
        });
    }

    [Test]
    public async Task Given_wrong_passwords_under_several_spellings_of_one_number_Then_they_count_against_one_account_and_it_waits()
    {
        await SignUpAsync(Mobile);
        await PostAsync("/api/v1/auth/verify", new JsonObject { ["phone"] = Mobile, ["code"] = CodeIn(await SmsAsync(1)) });
        string[] spellings = ["0612345678", "06 12 34 56 78", "+212612345678", "00212612345678", "+212 6 12 34 56 78"];

        var wrong = new List<HttpStatusCode>();
        foreach (var spelling in spellings) wrong.Add(await SignInByPhoneAsync(spelling, "Wrong-Password-2026"));
        var sixth = await SignInByPhoneAsync("06-12-34-56-78", NewPassword);

        Assert.That(wrong, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(sixth, Is.EqualTo(HttpStatusCode.TooManyRequests), "one account, whatever the spelling (ADR 0014's backoff)");
    }

    [Test]
    public async Task Given_a_number_that_is_not_a_moroccan_mobile_or_an_address_beside_it_Then_400_names_the_field()
    {
        var fixedLine = await SignUpAsync("0536000000");
        var foreign = await SignUpAsync("+33612345678");
        var both = await PostAsync("/api/v1/auth/sign-up", new JsonObject { ["phone"] = Mobile, ["email"] = "x@coophub.test", ["displayName"] = "X", ["password"] = NewPassword });
        var neither = await PostAsync("/api/v1/auth/sign-in", new JsonObject { ["password"] = NewPassword });

        Assert.Multiple(async () =>
        {
            Assert.That(FieldsOf(await fixedLine.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "phone" }));
            Assert.That(FieldsOf(await foreign.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "phone" }));
            Assert.That(FieldsOf(await both.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "email" }));
            Assert.That(FieldsOf(await neither.Content.ReadAsStringAsync()), Is.EqualTo(new[] { "email" }));
            Assert.That(await ScalarAsync("SELECT COUNT(*) FROM idn_users WHERE phone IS NOT NULL"), Is.Zero);
        });
    }

    [GeneratedRegex("[?&]code=([0-9]{6})")]
    private static partial Regex SmsCode();
}

using CoopHub.Notifications.Model;
using CoopHub.Shared.Text;
using CoopHub.Shared.Time;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>What an SMS holds: the number in E.164, the segments a phone counts, the text shortened around the link, the quiet hours.</summary>
public sealed class SmsTextTests
{
    [TestCase("0612345678")]
    [TestCase("06 12 34 56 78")]
    [TestCase("06.12.34.56.78")]
    [TestCase("+212 6 12 34 56 78")]
    [TestCase("+212612345678")]
    [TestCase("00212612345678")]
    [TestCase("00 212 612 345 678")]
    [TestCase(" (+212) 612-345-678 ")]
    public void Given_a_Moroccan_mobile_as_people_write_it_Then_it_is_E164(string raw)
        => Assert.That(PhoneText.ToMobileE164(raw).E164, Is.EqualTo("+212612345678"));

    [TestCase("0712345678", "+212712345678")]
    [TestCase("+33 6 12 34 56 78", "+33612345678")]
    public void Given_other_mobiles_Then_they_keep_their_country(string raw, string e164)
        => Assert.That(PhoneText.ToMobileE164(raw).E164, Is.EqualTo(e164));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("06 12 34")]
    [TestCase("061234567890")]
    [TestCase("téléphone")]
    [TestCase("+212 1 23 45 67 89")]
    public void Given_no_valid_number_Then_there_is_none_and_a_reason(string? raw)
    {
        var parsed = PhoneText.ToMobileE164(raw);
        Assert.Multiple(() =>
        {
            Assert.That(parsed.IsValid, Is.False);
            Assert.That(parsed.Problem, Is.Not.Empty);
        });
    }

    [Test]
    public void Given_a_landline_Then_it_is_a_valid_number_but_not_for_SMS()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PhoneText.ToE164("0522 22 33 44").E164, Is.EqualTo("+212522223344"));
            Assert.That(PhoneText.ToMobileE164("0522 22 33 44").Problem, Does.Contain("Not a mobile number"));
        });
    }

    [TestCase(160, 1)]
    [TestCase(161, 2)]
    [TestCase(306, 2)]
    [TestCase(307, 3)]
    public void Given_GSM7_text_Then_160_fit_one_segment_and_153_each_concatenated_one(int length, int segments)
    {
        var text = new string('a', length);
        Assert.Multiple(() =>
        {
            Assert.That(SmsText.EncodingOf(text), Is.EqualTo(SmsEncoding.Gsm7));
            Assert.That(SmsText.Segments(text), Is.EqualTo(segments));
        });
    }

    [Test]
    public void Given_the_extension_table_Then_each_character_takes_two_septets_and_is_never_split()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SmsText.EncodingOf("{€}[~]|^\\"), Is.EqualTo(SmsEncoding.Gsm7), "the extension table is GSM-7");
            Assert.That(SmsText.Segments(new string('€', 80)), Is.EqualTo(1), "160 septets");
            Assert.That(SmsText.Segments(new string('€', 81)), Is.EqualTo(2), "162 septets");
            Assert.That(SmsText.Segments(new string('[', 153)), Is.EqualTo(3), "306 septets, but 76 pairs per segment of 153");
            Assert.That(SmsText.Segments("Coopérative à Oujda: été, 100 € ¿ñ?"), Is.EqualTo(1));
        });
    }

    [TestCase(70, 1)]
    [TestCase(71, 2)]
    [TestCase(134, 2)]
    [TestCase(135, 3)]
    public void Given_Arabic_text_Then_it_is_UCS2_with_70_in_one_segment_and_67_each_concatenated_one(int length, int segments)
    {
        var text = string.Concat(Enumerable.Repeat("تعاونية ", 20))[..length];
        Assert.Multiple(() =>
        {
            Assert.That(SmsText.EncodingOf(text), Is.EqualTo(SmsEncoding.Ucs2));
            Assert.That(SmsText.Segments(text), Is.EqualTo(segments));
        });
    }

    [Test]
    public void Given_a_character_outside_GSM7_Then_the_whole_text_is_UCS2_and_a_surrogate_pair_is_never_split()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SmsText.EncodingOf("Réunion à la fenêtre"), Is.EqualTo(SmsEncoding.Ucs2), "ê is not in GSM-7");
            Assert.That(SmsText.EncodingOf("a`b"), Is.EqualTo(SmsEncoding.Ucs2), "nor is the backtick");
            Assert.That(SmsText.Segments(string.Concat(Enumerable.Repeat("🌵", 35))), Is.EqualTo(1), "70 units");
            Assert.That(SmsText.Segments(string.Concat(Enumerable.Repeat("🌵", 67))), Is.EqualTo(3), "134 units, but 33 pairs per segment of 67");
        });
    }

    [Test]
    public void Given_a_long_Arabic_subject_Then_it_is_shortened_with_an_ellipsis_and_the_link_stays_whole()
    {
        var subject = string.Concat(Enumerable.Repeat("دعم التعاونيات النسائية ", 8));
        const string link = "https://coophub.ma/calls/4b1f0c2e-8d7a-4e55-9a43-0f6c2b7d9e11/eligibility";
        var sms = SmsText.Compose(subject, link);
        Assert.Multiple(() =>
        {
            Assert.That(sms, Does.EndWith("…\n" + link));
            Assert.That(subject, Does.StartWith(sms[..sms.IndexOf('…')]));
            Assert.That(sms.Length, Is.InRange(130, 134), "as much of the subject as two segments hold");
            Assert.That(SmsText.Segments(sms), Is.EqualTo(2));
        });
    }

    [Test]
    public void Given_a_long_French_GSM7_subject_Then_three_dots_keep_it_GSM7_within_306_septets()
    {
        var subject = string.Concat(Enumerable.Repeat("Appel a projets pour les cooperatives de l'Oriental. ", 8));
        var sms = SmsText.Compose(subject, "https://coophub.ma/calls/1");
        Assert.Multiple(() =>
        {
            Assert.That(sms, Does.EndWith("...\nhttps://coophub.ma/calls/1"));
            Assert.That(SmsText.EncodingOf(sms), Is.EqualTo(SmsEncoding.Gsm7));
            Assert.That(sms.Length, Is.InRange(300, 306));
        });
    }

    [Test]
    public void Given_a_short_subject_or_no_link_Then_the_text_is_whole()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SmsText.Compose("مقعد محجوز لكم", "/events/1"), Is.EqualTo("مقعد محجوز لكم\n/events/1"));
            Assert.That(SmsText.Compose("Votre candidature est retenue", null), Is.EqualTo("Votre candidature est retenue"));
        });
    }

    [Test]
    public void Given_quiet_hours_across_midnight_Then_a_time_inside_waits_for_their_end_in_Casablanca_time()
    {
        var quiet = QuietHours.Parse("21:00-08:00")!;
        DateTimeOffset At(int day, int hour, int minute) => Casablanca.ToUtc(new DateTime(2027, 5, day, hour, minute, 0));
        Assert.Multiple(() =>
        {
            Assert.That(quiet.EndAfter(At(12, 20, 59)), Is.Null);
            Assert.That(quiet.EndAfter(At(12, 21, 0)), Is.EqualTo(At(13, 8, 0)));
            Assert.That(quiet.EndAfter(At(13, 3, 0)), Is.EqualTo(At(13, 8, 0)));
            Assert.That(quiet.EndAfter(At(13, 8, 0)), Is.Null);
            Assert.That(QuietHours.Parse("13:00–14:00")!.EndAfter(At(13, 13, 30)), Is.EqualTo(At(13, 14, 0)));
            Assert.That(QuietHours.Parse(""), Is.Null);
            Assert.That(() => QuietHours.Parse("9pm-8am"), Throws.InstanceOf<FormatException>());
        });
    }
}

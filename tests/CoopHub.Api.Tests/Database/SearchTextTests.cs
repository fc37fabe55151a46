using CoopHub.Shared.Text;

namespace CoopHub.Api.Tests.Database;

public sealed class SearchTextTests
{
    [TestCase("تعاونية", "تعاونيه")]
    [TestCase("آسفي", "اسفي")]
    [TestCase("أكادير", "اكادير")]
    [TestCase("إنتاج", "انتاج")]
    [TestCase("ٱلخير", "الخير")]
    [TestCase("مصطفى", "مصطفي")]
    [TestCase("تـــعـاونـيـة", "تعاونيه")]
    [TestCase("تَعَاوُنِيَّة", "تعاونيه")]
    [TestCase("Coopérative", "cooperative")]
    [TestCase("ÉCOLE  Œuvre", "ecole oeuvre")]
    [TestCase("  Al   Hoceïma ", "al hoceima")]
    [TestCase("ⵜⴰⵎⴰⵣⵉⵖⵜ", "ⵜⴰⵎⴰⵣⵉⵖⵜ")]
    [TestCase("🌿 bio", "🌿 bio")]
    public void Given_text_Then_it_folds_to_the_search_form(string input, string expected)
    {
        Assert.That(SearchText.Normalize(input), Is.EqualTo(expected));
    }

    [TestCase(null, "")]
    [TestCase("   ", "")]
    public void Given_nothing_Then_empty(string? input, string expected)
    {
        Assert.That(SearchText.Normalize(input), Is.EqualTo(expected));
    }

    [Test]
    public void Given_like_wildcards_Then_the_pattern_escapes_them()
    {
        Assert.That(SearchText.ContainsPattern("100%_[a]\\"), Is.EqualTo("%100\\%\\_\\[a]\\\\%"));
    }
}

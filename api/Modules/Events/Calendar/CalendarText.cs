using CoopHub.Shared.Localization;
using Microsoft.AspNetCore.Http;

namespace CoopHub.Events.Calendar;

/// <summary>
/// Every word the server itself writes into a calendar file, in ar, fr and en (DESIGN: Localization), and the
/// rule that picks a bilingual field's text for the reader: the reader's language, else the others in the
/// order the SPA uses (<c>web/src/lib/i18n/format.ts</c> <c>localizedName</c>), blank text counting as absent.
/// </summary>
internal static class CalendarText
{
    public const string Arabic = "ar";
    public const string French = "fr";
    public const string English = "en";

    public static readonly IReadOnlyList<string> Languages = [Arabic, French, English];

    public const string UnknownLanguage = "events.calendar.unknown_language";

    public static bool IsKnown(string? language) => language is null || Languages.Contains(language);

    /// <summary>
    /// The reader's language: the <c>lang</c> the caller gave (a subscription link carries the SPA's), else the
    /// signed-in account's, else the first of <c>Accept-Language</c> we write, else French.
    /// </summary>
    public static string Reader(string? lang, HttpContext? http)
    {
        if (lang is not null && Languages.Contains(lang)) return lang;
        // Otherwise the request's language (ADR 0020): the account's, else Accept-Language, else French.
        return http is null ? French : RequestLanguage.Of(http).TwoLetterISOLanguageName;
    }

    /// <summary>A text in one language: <see cref="Language"/> says which, so a fallback can be tagged and marked.</summary>
    internal sealed record Localized(string Text, string Language);

    /// <summary>The text in <paramref name="reader"/>'s language, else the first other language that has one; null when none has.</summary>
    public static Localized? Pick(string reader, string? ar, string? fr, string? en)
    {
        (string Language, string? Text)[] order = reader switch
        {
            Arabic => [(Arabic, ar), (French, fr), (English, en)],
            English => [(English, en), (French, fr), (Arabic, ar)],
            _ => [(French, fr), (Arabic, ar), (English, en)],
        };
        foreach (var (language, text) in order)
            if (!string.IsNullOrWhiteSpace(text)) return new Localized(text, language);
        return null;
    }

    /// <summary>The feed's name.</summary>
    public static string FeedName(string reader) => Say(reader, "CoopHub — الفعاليات", "CoopHub — Événements", "CoopHub — Events");

    /// <summary>An event with no title in any language (none today: the validator requires one).</summary>
    public static string Untitled(string reader) => Say(reader, "فعالية", "Événement", "Event");

    /// <summary>Put before a cancelled event's title: some calendar apps show the title only, not STATUS:CANCELLED.</summary>
    public static string Cancelled(string reader, string title) => Say(reader, $"ملغاة: {title}", $"Annulé : {title}", $"Cancelled: {title}");

    /// <summary>The note in DESCRIPTION when the title or description is shown in another language than the reader's.</summary>
    public static string FallbackNote(string reader, string shownIn) => Say(reader,
        $"غير متوفر بالعربية؛ النص {LanguageName(reader, shownIn)}.",
        $"Non disponible en français ; texte {LanguageName(reader, shownIn)}.",
        $"Not available in English; text {LanguageName(reader, shownIn)}.");

    /// <summary>"in French", as the note says it.</summary>
    private static string LanguageName(string reader, string language) => language switch
    {
        Arabic => Say(reader, "بالعربية", "en arabe", "in Arabic"),
        English => Say(reader, "بالإنجليزية", "en anglais", "in English"),
        _ => Say(reader, "بالفرنسية", "en français", "in French"),
    };

    /// <summary>The event's kind as CATEGORIES shows it.</summary>
    public static string Kind(string reader, string kind) => kind switch
    {
        "meeting" => Say(reader, "اجتماع", "Réunion", "Meeting"),
        "workshop" => Say(reader, "ورشة", "Atelier", "Workshop"),
        "training" => Say(reader, "دورة تكوينية", "Formation", "Training"),
        "inauguration" => Say(reader, "افتتاح", "Inauguration", "Inauguration"),
        "generalAssembly" => Say(reader, "جمع عام", "Assemblée générale", "General assembly"),
        "ideathon" => Say(reader, "مسابقة أفكار", "Idéathon", "Ideathon"),
        "informationSession" => Say(reader, "جلسة إخبارية", "Séance d’information", "Information session"),
        _ => kind,
    };

    private static string Say(string reader, string ar, string fr, string en) => reader switch
    {
        Arabic => ar,
        English => en,
        _ => fr,
    };
}

using System.Globalization;
using CoopHub.Shared.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace CoopHub.Shared.Localization;

/// <summary>
/// The language the server answers a request in (ADR 0020): the signed-in account's language, else the first of
/// ar, fr, en the <c>Accept-Language</c> header prefers, else French. It is the platform's request localization
/// with one provider of our own (the account's claim); only the UI culture changes, so numbers and dates the API
/// returns as data stay invariant.
/// </summary>
public static class RequestLanguage
{
    private static readonly CultureInfo[] UiCultures = ServerText.Languages.Select(CultureInfo.GetCultureInfo).ToArray();

    /// <summary>After authentication, so the account's language is known; before anything can answer a problem.</summary>
    public static IApplicationBuilder UseRequestLanguage(this IApplicationBuilder app) => app.UseRequestLocalization(Options());

    public static RequestLocalizationOptions Options()
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo(ServerText.DefaultLanguage)),
            SupportedCultures = [CultureInfo.InvariantCulture],
            SupportedUICultures = UiCultures,
            FallBackToParentUICultures = true,
            ApplyCurrentCultureToResponseHeaders = true,
        };
        options.RequestCultureProviders =
        [
            new CustomRequestCultureProvider(context => Task.FromResult(AccountLanguage(context))),
            new AcceptLanguageHeaderRequestCultureProvider { Options = options, MaximumAcceptLanguageHeaderValuesToTry = 5 },
        ];
        return options;
    }

    /// <summary>
    /// Sets the reader's language for code that runs outside the middleware (the exception handler and the problem
    /// writer wrap the whole pipeline): the language the middleware chose, else the one the headers ask for.
    /// </summary>
    public static LanguageScope Enter(HttpContext context)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Of(context);
        return new LanguageScope(previous);
    }

    /// <summary>The UI culture of a request (ar, fr or en).</summary>
    public static CultureInfo Of(HttpContext context)
    {
        if (context.Features.Get<IRequestCultureFeature>() is { } chosen) return chosen.RequestCulture.UICulture;
        if (AccountLanguage(context) is { } account) return CultureInfo.GetCultureInfo(account.UICultures[0].Value!);
        var headers = context.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var value in headers.OrderByDescending(h => h.Quality ?? 1))
        {
            var language = value.Value.Value?.Split('-')[0].ToLowerInvariant();
            if (language is not null && ServerText.Languages.Contains(language)) return CultureInfo.GetCultureInfo(language);
        }
        return CultureInfo.GetCultureInfo(ServerText.DefaultLanguage);
    }

    private static ProviderCultureResult? AccountLanguage(HttpContext context)
    {
        var language = context.User.FindFirst(CoopHubClaims.Language)?.Value;
        return language is not null && ServerText.Languages.Contains(language)
            ? new ProviderCultureResult(language) // the culture falls back to the invariant one: only the UI language is chosen
            : null;
    }

    public readonly struct LanguageScope(CultureInfo previous) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}

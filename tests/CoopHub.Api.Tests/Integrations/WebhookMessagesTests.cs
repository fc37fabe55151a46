using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Shared.Data;
using CoopHub.Webhooks;
using Dapper;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>
/// Subscriptions and the delivery log answer in the reader's language (ADR 0020): a refused target keeps its problem
/// code, and what the dispatcher wrote into the log (a code, or an English sentence from before) reads in the reader's words.
/// </summary>
public sealed class WebhookMessagesTests(Engine engine) : ApiTest(engine)
{
    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string language, JsonNode? body = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        request.Headers.TryAddWithoutValidation("Accept-Language", language);
        return Client.SendAsync(request);
    }

    private static JsonObject Hook(string url, string eventType = "cooperative.registered") => new() { ["url"] = url, ["eventTypes"] = new JsonArray(eventType) };

    [TestCase("ar", "«localhost» هو هذا الخادم نفسه؛ لا تُرسل الإشعارات إلا إلى عناوين عامة.")]
    [TestCase("fr", "localhost est ce serveur-ci ; les webhooks ne vont qu’à des adresses publiques.")]
    [TestCase("en", "localhost is this server; webhooks go to public addresses only.")]
    public async Task Given_a_target_on_this_server_Then_it_is_refused_in_the_readers_language_with_its_code(string language, string message)
    {
        var problem = await ProblemAsync(await SendAsync(HttpMethod.Post, WebhooksRoutes.Base, language, Hook("https://localhost/hook")), 400);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("webhook.target_refused"));
            Assert.That((string?)problem["errors"]!["url"]![0], Is.EqualTo(message));
            Assert.That((string?)problem["fieldCodes"]!["url"]![0], Is.EqualTo("webhook.target_refused"));
        });
    }

    [Test]
    public async Task Given_an_unknown_event_type_in_french_Then_the_message_names_the_value_not_the_list()
    {
        var problem = await ProblemAsync(await SendAsync(HttpMethod.Post, WebhooksRoutes.Base, "fr", Hook("https://partner.example.org/hook", "teleport")), 400);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["errors"]!["eventTypes[0]"]![0], Is.EqualTo("« teleport » n’est pas un type d’événement de la liste."));
            Assert.That((string?)problem["fieldCodes"]!["eventTypes[0]"]![0], Is.EqualTo("webhooks.unknown_event_type"));
        });
    }

    [Test]
    public async Task Given_an_unknown_subscription_in_arabic_Then_404_in_arabic_with_its_code()
    {
        var problem = await ProblemAsync(await SendAsync(HttpMethod.Get, WebhooksRoutes.Deliveries(Guid.NewGuid()), "ar"), 404);

        Assert.Multiple(() =>
        {
            Assert.That((string?)problem["code"], Is.EqualTo("webhook.not_found"));
            Assert.That((string?)problem["detail"], Is.EqualTo("هذا الاشتراك في الإشعارات غير موجود."));
        });
    }

    [Test]
    public async Task Given_the_log_holds_a_code_and_an_english_sentence_from_before_When_read_in_arabic_Then_both_read_in_arabic()
    {
        var created = await SendAsync(HttpMethod.Post, WebhooksRoutes.Base, "fr", Hook("https://partner.example.org/hook"));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var hook = Guid.Parse((string)(await BodyAsync(created))["webhook"]!["id"]!);
        await using (var connection = await App.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            var now = DateTimeOffset.UtcNow;
            await connection.ExecuteAsync("""
                INSERT INTO app_webhook_deliveries (id, webhook_id, outbox_id, event_type, payload, status, attempts, next_attempt_at, claimed_until, last_status_code, last_error, created_at, delivered_at)
                VALUES (@Id, @Hook, @Outbox, 'cooperative.registered', '{}', 'dead', 6, @Now, NULL, @Status, @Error, @Created, NULL)
                """,
                new[]
                {
                    new { Id = Guid.NewGuid(), Hook = hook, Outbox = Guid.NewGuid(), Now = now, Status = (int?)503, Error = "webhooks.delivery.answered", Created = now },
                    new { Id = Guid.NewGuid(), Hook = hook, Outbox = Guid.NewGuid(), Now = now, Status = (int?)null, Error = "Target refused: not a public address, or the URL is not allowed; not called.", Created = now.AddMinutes(-1) },
                });
        }

        var log = (await BodyAsync(await SendAsync(HttpMethod.Get, WebhooksRoutes.Deliveries(hook), "ar")))["items"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That((string?)log[0]!["lastError"], Is.EqualTo("ردّت الوجهة بالرمز 503."));
            Assert.That((string?)log[1]!["lastError"], Is.EqualTo("الوجهة مرفوضة: العنوان غير عام أو غير مسموح به؛ لم يُتّصل بها."));
        });
    }
}

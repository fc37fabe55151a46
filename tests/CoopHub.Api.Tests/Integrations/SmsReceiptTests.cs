using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Programs;
using CoopHub.Notifications;
using CoopHub.Notifications.Dispatch;
using CoopHub.Shared.Data;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>
/// SMS delivery receipts (ADR 0023): the send names a <c>StatusCallback</c> on the public address, Twilio posts the
/// message's states there signed with <c>X-Twilio-Signature</c>, and the delivery log shows the final one.
/// </summary>
public sealed class SmsReceiptTests(Engine engine) : ProgramTest(engine)
{
    private const string PublicBase = "https://coophub.example.ma";
    private const string CallbackUrl = PublicBase + "/api/v1/notifications/sms-status";

    private CoopHubApp Host(SmsReceiver receiver, string? publicBase = PublicBase) => new(Engine, ConnectionString, configure: b =>
    {
        receiver.Configure(b);
        b.UseSetting("Notifications:SmsQuietHours", "none");
        if (publicBase is not null) b.UseSetting("Notifications:PublicBaseUrl", publicBase);
    });

    private static async Task<Guid> SendOneAsync(CoopHubApp app, string topic = "calls")
    {
        var id = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        await using (var connection = await app.Services.GetRequiredService<IDbConnectionFactory>().OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync("""
                INSERT INTO ntf_messages (id, trigger_id, trigger_type, recipient_id, recipient_kind, topic, channel, address, language, subject, body, link, status, attempts, next_attempt_at, created_at)
                VALUES (@Id, @TriggerId, 'call.published', @RecipientId, 'contact', @Topic, 'sms', '0612345678', 'ar', 'طلب جديد', '', NULL, 'queued', 0, @Now, @Now)
                """, new { Id = id, TriggerId = Guid.NewGuid(), RecipientId = Guid.NewGuid(), Now = now, Topic = topic });
        }
        await app.Services.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
        return id;
    }

    /// <summary>Twilio's signature as its documentation gives it, written here again rather than borrowed from the API.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "Twilio's signature is HMAC-SHA1.")]
    private static string Sign(string url, IEnumerable<KeyValuePair<string, string>> fields, string token = SmsReceiver.AuthToken)
    {
        var data = url + string.Concat(fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + f.Value));
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(data)));
    }

    private static List<KeyValuePair<string, string>> Callback(string sid, string status, string? errorCode = null)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("AccountSid", SmsReceiver.AccountSid), new("ApiVersion", "2010-04-01"), new("From", SmsReceiver.From), new("MessageSid", sid),
            new("MessageStatus", status), new("SmsSid", sid), new("SmsStatus", status), new("To", "+212612345678"),
        };
        if (errorCode is not null) fields.Add(new("ErrorCode", errorCode));
        return fields;
    }

    private static async Task<HttpResponseMessage> PostAsync(CoopHubApp app, List<KeyValuePair<string, string>> fields, string? signature)
    {
        using var client = app.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Post, NotificationsRoutes.SmsStatus) { Content = new FormUrlEncodedContent(fields) };
        if (signature is not null) request.Headers.Add("X-Twilio-Signature", signature);
        return await client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> PostSignedAsync(CoopHubApp app, List<KeyValuePair<string, string>> fields) => PostAsync(app, fields, Sign(CallbackUrl, fields));

    private static async Task<JsonObject> DeliveryAsync(CoopHubApp app, Guid id)
    {
        using var admin = app.CreateAdminClient();
        var page = JsonNode.Parse(await admin.GetStringAsync(NotificationsRoutes.Deliveries + "?channel=sms"))!;
        return page["items"]!.AsArray().Single(i => (string)i!["id"]! == id.ToString())!.AsObject();
    }

    [Test]
    public async Task Given_a_public_address_Then_the_send_names_the_status_callback_and_the_delivery_log_keeps_the_provider_id()
    {
        using var receiver = new SmsReceiver();
        await using var app = Host(receiver);

        var id = await SendOneAsync(app);
        var delivery = await DeliveryAsync(app, id);

        Assert.Multiple(() =>
        {
            Assert.That(receiver.Violations, Is.Empty);
            Assert.That(receiver.Accepted.Single().StatusCallback, Is.EqualTo(CallbackUrl));
            Assert.That((string?)delivery["providerId"], Is.EqualTo(receiver.Sids.Single()));
            Assert.That(delivery["receipt"], Is.Null, "no receipt yet");
        });
    }

    [Test]
    public async Task Given_signed_callbacks_Then_the_final_state_is_recorded_once_and_delivered_is_never_moved_back()
    {
        using var receiver = new SmsReceiver();
        await using var app = Host(receiver);
        var id = await SendOneAsync(app);
        var sid = receiver.Sids.Single();

        var sent = await PostSignedAsync(app, Callback(sid, "sent"));
        var afterSent = await DeliveryAsync(app, id);
        var delivered = await PostSignedAsync(app, Callback(sid, "delivered"));
        var again = await PostSignedAsync(app, Callback(sid, "delivered"));
        var late = await PostSignedAsync(app, Callback(sid, "undelivered", "30003"));
        var delivery = await DeliveryAsync(app, id);

        Assert.Multiple(async () =>
        {
            Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterSent["receipt"], Is.Null, "an intermediate state records nothing");
            Assert.That((await BodyAsync(delivered))["changed"]!.GetValue<bool>(), Is.True);
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a repeated callback is still acknowledged");
            Assert.That((await BodyAsync(again))["changed"]!.GetValue<bool>(), Is.False);
            Assert.That(((int)late.StatusCode, (string?)(await BodyAsync(late))["receipt"]), Is.EqualTo((200, "delivered")));
            Assert.That((string?)delivery["receipt"], Is.EqualTo("delivered"));
            Assert.That(delivery["receiptError"], Is.Null);
            Assert.That(delivery["receiptAt"], Is.Not.Null);
            Assert.That((string?)delivery["status"], Is.EqualTo("sent"));
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM app_audit WHERE entity_type = 'notificationDelivery' AND entity_id = @Id", new { Id = id.ToString() }),
                Is.EqualTo(1), "the one change audited, by the provider (anonymous)");
        });
    }

    [Test]
    public async Task Given_an_undelivered_then_failed_callback_Then_the_log_shows_the_last_state_with_its_error_code()
    {
        using var receiver = new SmsReceiver();
        await using var app = Host(receiver);
        var id = await SendOneAsync(app);
        var sid = receiver.Sids.Single();

        await PostSignedAsync(app, Callback(sid, "undelivered", "30003"));
        var undelivered = await DeliveryAsync(app, id);
        await PostSignedAsync(app, Callback(sid, "failed", "30008"));
        var failed = await DeliveryAsync(app, id);
        using var admin = app.CreateAdminClient();
        var byReceipt = JsonNode.Parse(await admin.GetStringAsync(NotificationsRoutes.Deliveries + "?channel=sms&receipt=failed"))!["items"]!.AsArray();
        var noneDelivered = JsonNode.Parse(await admin.GetStringAsync(NotificationsRoutes.Deliveries + "?receipt=delivered"))!["items"]!.AsArray();
        var badFilter = await admin.GetAsync(NotificationsRoutes.Deliveries + "?receipt=lost");

        Assert.Multiple(() =>
        {
            Assert.That(((string?)undelivered["receipt"], (string?)undelivered["receiptError"]), Is.EqualTo(("undelivered", "30003")));
            Assert.That(((string?)failed["receipt"], (string?)failed["receiptError"]), Is.EqualTo(("failed", "30008")));
            Assert.That(byReceipt.Select(i => (string?)i!["id"]), Is.EqualTo(new[] { id.ToString() }), "the log filters on the receipt");
            Assert.That(noneDelivered, Is.Empty);
            Assert.That(badFilter.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        });
    }

    [Test]
    public async Task Given_an_sms_the_receipt_says_undelivered_Then_an_admin_retries_it_and_it_is_sent_again_but_a_delivered_or_merely_sent_one_is_409()
    {
        using var receiver = new SmsReceiver();
        await using var app = Host(receiver);
        var undelivered = await SendOneAsync(app);
        var delivered = await SendOneAsync(app);
        var merelySent = await SendOneAsync(app);
        var accountCode = await SendOneAsync(app, topic: "account");
        var sids = receiver.Sids.ToArray();
        await PostSignedAsync(app, Callback(sids[0], "undelivered", "30003"));
        await PostSignedAsync(app, Callback(sids[1], "delivered"));
        await PostSignedAsync(app, Callback(sids[3], "failed", "30008"));
        using var admin = app.CreateAdminClient();

        var retried = await admin.PostAsync(NotificationsRoutes.Retry(undelivered), null);
        var retriedBody = await BodyAsync(retried);
        var refused = new Dictionary<string, HttpResponseMessage>
        {
            ["delivered"] = await admin.PostAsync(NotificationsRoutes.Retry(delivered), null),
            ["sent, no receipt"] = await admin.PostAsync(NotificationsRoutes.Retry(merelySent), null),
            ["account code, failed receipt"] = await admin.PostAsync(NotificationsRoutes.Retry(accountCode), null),
        };
        await app.Services.GetRequiredService<NotificationDispatcher>().RunOnceAsync(CancellationToken.None);
        var after = await DeliveryAsync(app, undelivered);

        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.OK), retriedBody.ToJsonString());
        Assert.Multiple(async () =>
        {
            Assert.That(((string?)retriedBody["status"], (int)retriedBody["attempts"]!, retriedBody["receipt"]), Is.EqualTo(("queued", 0, (JsonNode?)null)),
                "queued afresh, the old receipt forgotten");
            foreach (var (what, response) in refused)
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), what);
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), what);
                Assert.That((string?)(await BodyAsync(response))["code"], Is.EqualTo("notifications.delivery_already_sent"), what);
            }
            Assert.That(receiver.Accepted, Has.Count.EqualTo(5), "four first sends and the one retried, nothing else");
            Assert.That(receiver.Accepted.Last().To, Is.EqualTo("+212612345678"));
            Assert.That(receiver.Accepted.Last().Body, Is.EqualTo("طلب جديد"));
            Assert.That((string?)after["status"], Is.EqualTo("sent"));
            Assert.That((string?)after["providerId"], Is.EqualTo(receiver.Sids.Last()), "the new sid, so the new receipt finds it");
            Assert.That(after["receipt"], Is.Null);
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM app_audit WHERE entity_type = 'notificationDelivery' AND entity_id = @Id AND before_json LIKE '%30003%'",
                new { Id = undelivered.ToString() }), Is.EqualTo(1), "the retry audited with the receipt it answered");
            Assert.That(await ScalarAsync<long>("SELECT COUNT(*) FROM ntf_messages WHERE status = 'queued'"), Is.Zero);
        });
    }

    [Test]
    public async Task Given_an_unsigned_or_forged_callback_Then_401_or_403_with_a_problem_and_nothing_recorded()
    {
        using var receiver = new SmsReceiver();
        await using var app = Host(receiver);
        var id = await SendOneAsync(app);
        var sid = receiver.Sids.Single();
        var fields = Callback(sid, "undelivered", "30003");

        var unsigned = await PostAsync(app, fields, null);
        var wrongKey = await PostAsync(app, fields, Sign(CallbackUrl, fields, "another-account-token-000000000000"));
        var otherUrl = await PostAsync(app, fields, Sign("https://elsewhere.example/api/v1/notifications/sms-status", fields));
        var tampered = await PostAsync(app, Callback(sid, "delivered"), Sign(CallbackUrl, fields));
        var unknown = await PostSignedAsync(app, Callback("SM" + Guid.NewGuid().ToString("N"), "delivered"));
        var incomplete = await PostSignedAsync(app, [new("MessageSid", sid)]);
        using var json = new HttpRequestMessage(HttpMethod.Post, NotificationsRoutes.SmsStatus)
        {
            Content = new StringContent("{\"MessageSid\":\"" + sid + "\",\"MessageStatus\":\"delivered\"}", Encoding.UTF8, "application/json"),
        };
        json.Headers.Add("X-Twilio-Signature", Sign(CallbackUrl, []));
        using var anonymous = app.CreateClient();
        var notAForm = await anonymous.SendAsync(json);
        var delivery = await DeliveryAsync(app, id);

        Assert.Multiple(async () =>
        {
            Assert.That(unsigned.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(unsigned.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That((string?)(await BodyAsync(unsigned))["code"], Is.EqualTo("auth.required"));
            foreach (var forged in new[] { wrongKey, otherUrl, tampered })
            {
                Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
                Assert.That((string?)(await BodyAsync(forged))["code"], Is.EqualTo("auth.forbidden"));
            }
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "signed, but no message has this sid");
            Assert.That((string?)(await BodyAsync(unknown))["code"], Is.EqualTo("notifications.delivery_not_found"));
            var missing = await ProblemAsync(incomplete, 400);
            Assert.That(FieldsIn(missing), Does.Contain("MessageStatus").Or.Contain("messageStatus"), "signed, but not a receipt");
            Assert.That(notAForm.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That(delivery["receipt"], Is.Null);
        });
    }

    [Test]
    public async Task Given_no_public_address_Then_no_status_callback_is_asked_for_and_a_signed_callback_is_403()
    {
        using var receiver = new SmsReceiver();
        await using var app = Host(receiver, publicBase: null);
        await SendOneAsync(app);
        var fields = Callback(receiver.Sids.Single(), "delivered");

        var response = await PostAsync(app, fields, Sign("http://localhost/api/v1/notifications/sms-status", fields));

        Assert.Multiple(() =>
        {
            Assert.That(receiver.Accepted.Single().StatusCallback, Is.Null);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }
}

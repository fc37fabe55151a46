using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Text;
using CoopHub.Shared.Time;

namespace CoopHub.Notifications.Channels;

/// <summary>
/// SMS through Twilio's Programmable Messaging (ADR 0023): <c>POST {Sms:BaseUrl}/2010-04-01/Accounts/{AccountSid}/Messages.json</c>,
/// form-encoded <c>To</c>, <c>From</c> (or <c>MessagingServiceSid</c>) and <c>Body</c>, HTTP Basic with the account SID
/// and the auth token. The number is normalised to E.164 (<see cref="PhoneText"/>; invalid: dead at once), the text is
/// the subject and the link within two segments (<see cref="SmsText"/>), and nothing leaves during the quiet hours but account messages (codes someone waits for).
/// Without a provider, each SMS is a file under <c>Notifications:SmsPickupDirectory</c>.
/// </summary>
internal sealed class SmsChannel(SmsOptions sms, NotificationOptions options, IHttpClientFactory http, TimeProvider clock) : INotificationChannel
{
    public const string HttpClientName = "notifications-sms";

    private readonly QuietHours? _quiet = QuietHours.Parse(options.SmsQuietHours);

    public string Name => ChannelNames.Sms;

    public async Task<ChannelAnswer> SendAsync(MessageRow message, CancellationToken ct)
    {
        var number = PhoneText.ToMobileE164(message.Address);
        if (!number.IsValid) return ChannelAnswer.Dead($"Invalid phone number \"{message.Address}\": {number.Problem}");
        // Account messages (a sign-up's or a reset's code, a claim's code) are transactional: someone waits for them now.
        // A claim's decision is news, not a code: it waits for the morning like the rest.
        if (!WaitedFor(message) && _quiet?.EndAfter(clock.GetUtcNow()) is { } end)
        {
            return ChannelAnswer.Postponed(end, string.Create(CultureInfo.InvariantCulture,
                $"Quiet hours ({_quiet.Start:HH\\:mm}-{_quiet.End:HH\\:mm} Casablanca time): postponed to {Casablanca.ToLocal(end):yyyy-MM-dd HH:mm}."));
        }
        var text = SmsText.Compose(message.Subject, message.Link);
        var segments = SmsText.Describe(text);
        if (!sms.IsConfigured)
        {
            Directory.CreateDirectory(options.SmsPickupDirectory);
            var path = Path.Combine(options.SmsPickupDirectory, $"{message.Id:N}.sms.txt");
            var sender = string.IsNullOrEmpty(sms.MessagingServiceSid) ? sms.From : sms.MessagingServiceSid;
            await File.WriteAllTextAsync(path, $"To: {number.E164}\nFrom: {sender}\nLanguage: {message.Language}\nSegments: {segments}\n\n{text}\n", Encoding.UTF8, ct);
            return ChannelAnswer.Ok($"Written to the SMS pickup directory as {Path.GetFileName(path)} ({segments}).");
        }
        return await PostAsync(number.E164!, text, segments, ct);
    }

    /// <summary>An account message someone is waiting for now (a code), sent even during the quiet hours.</summary>
    internal static bool WaitedFor(MessageRow message)
        => message.Topic == Topics.Account && message.TriggerType is not ("account.claim_approved" or "account.claim_refused");

    private async Task<ChannelAnswer> PostAsync(string to, string text, string segments, CancellationToken ct)
    {
        var fields = new List<KeyValuePair<string, string>> { new("To", to) };
        fields.Add(string.IsNullOrEmpty(sms.MessagingServiceSid) ? new("From", sms.From) : new("MessagingServiceSid", sms.MessagingServiceSid));
        fields.Add(new("Body", text));
        // Twilio posts the message's later states (delivered, undelivered, failed) there; only to an address it can reach.
        if (sms.StatusCallbackUrl is { } callback) fields.Add(new("StatusCallback", callback));
        using var request = new HttpRequestMessage(HttpMethod.Post,
            $"{sms.BaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(sms.AccountSid)}/Messages.json")
        {
            Content = new FormUrlEncodedContent(fields),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{sms.AccountSid}:{sms.AuthToken}")));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(sms.Timeout);
        try
        {
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var (sid, state) = Read(body, "sid", "status");
                return ChannelAnswer.Ok(Trim($"{status} {sid} {state}; to {to}; {segments}"), sid.Length is > 0 and <= 64 ? sid : null);
            }
            var (code, problem) = Read(body, "code", "message");
            var answer = Trim($"{status} {response.ReasonPhrase}: {code} {problem}".TrimEnd());
            // Too many requests, a provider's fault or a timeout may pass; any other 4xx (a bad number, bad credentials) will not.
            return status is 408 or 429 or >= 500 ? ChannelAnswer.Failed(answer) : ChannelAnswer.Dead(answer);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return ChannelAnswer.Failed(ex is OperationCanceledException
                ? $"The SMS provider did not answer within {sms.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s."
                : Trim("The SMS provider could not be reached: " + ex.Message));
        }
    }

    /// <summary>Two properties of the provider's JSON answer, as text (empty when the answer is not the JSON documented).</summary>
    private static (string, string) Read(string body, string first, string second)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return (Text(json.RootElement, first), Text(json.RootElement, second));
        }
        catch (JsonException)
        {
            return ("", body.Length <= 200 ? body : body[..200]);
        }
    }

    private static string Text(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText()
            : "";

    private static string Trim(string answer) => answer.Length <= 900 ? answer : answer[..900];
}

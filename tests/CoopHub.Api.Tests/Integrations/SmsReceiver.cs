using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>One request the receiver accepted as Twilio documents it: the form's fields.</summary>
internal sealed record SmsRequest(string To, string? From, string? MessagingServiceSid, string Body, string? StatusCallback = null);

/// <summary>
/// Twilio's Programmable Messaging on a free loopback port (HttpListener). Each request is checked as Twilio documents
/// "Create a Message" — <c>POST /2010-04-01/Accounts/{AccountSid}/Messages.json</c>, HTTP Basic with the account SID
/// and the auth token, <c>application/x-www-form-urlencoded</c> with <c>To</c> in E.164, <c>From</c> or
/// <c>MessagingServiceSid</c>, <c>Body</c>, and an absolute <c>StatusCallback</c> when one is sent — and anything else is recorded in <see cref="Violations"/> and refused
/// as Twilio would (401 code 20003, or 400). A valid request gets the next scripted answer, or 201 with a message
/// resource (<c>sid</c> SM…, <c>status</c> queued).
/// </summary>
internal sealed partial class SmsReceiver : IDisposable
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string AuthToken = "tok-5e3c7b1d9a2f4e6c8b0d1f3a5c7e9b2d";
    public const string From = "+212522000111";

    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(int Status, JsonObject Body)> _script = new();
    private readonly Task _running;

    public ConcurrentQueue<SmsRequest> Accepted { get; } = new();

    /// <summary>Every request that reached the receiver, answered with success or not (valid ones only).</summary>
    public ConcurrentQueue<SmsRequest> Received { get; } = new();

    public ConcurrentQueue<string> Violations { get; } = new();

    /// <summary>The sid (SM…) of each message created, in order.</summary>
    public ConcurrentQueue<string> Sids { get; } = new();

    public int Port { get; }

    public SmsReceiver()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _running = Task.Run(ServeAsync);
    }

    /// <summary>The next valid request gets this answer instead of a 201.</summary>
    public void Then(int status, int code, string message) => _script.Enqueue((status, new JsonObject
    {
        ["code"] = code, ["message"] = message, ["more_info"] = $"https://www.twilio.com/docs/errors/{code}", ["status"] = status,
    }));

    public void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Sms:Provider", "Twilio");
        builder.UseSetting("Sms:BaseUrl", $"http://127.0.0.1:{Port}");
        builder.UseSetting("Sms:AccountSid", AccountSid);
        builder.UseSetting("Sms:AuthToken", AuthToken);
        builder.UseSetting("Sms:From", From);
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            var (status, body) = Answer(context.Request);
            var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private (int, JsonObject) Answer(HttpListenerRequest request)
    {
        var expectedAuth = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AccountSid}:{AuthToken}"));
        if (request.Headers["Authorization"] != expectedAuth)
        {
            Violations.Enqueue("Authorization: " + request.Headers["Authorization"]);
            return (401, new JsonObject { ["code"] = 20003, ["message"] = "Authenticate", ["status"] = 401 });
        }
        if (request.HttpMethod != "POST") Violations.Enqueue("method " + request.HttpMethod);
        if (request.Url!.AbsolutePath != $"/2010-04-01/Accounts/{AccountSid}/Messages.json") Violations.Enqueue("path " + request.Url.AbsolutePath);
        if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal) != true) Violations.Enqueue("content type " + request.ContentType);
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var form = reader.ReadToEnd().Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(kv => WebUtility.UrlDecode(kv[0]), kv => WebUtility.UrlDecode(kv.Length > 1 ? kv[1] : ""), StringComparer.Ordinal);
        var unknown = form.Keys.Except(["To", "From", "MessagingServiceSid", "Body", "StatusCallback"]).ToList();
        if (unknown.Count > 0) Violations.Enqueue("unknown fields " + string.Join(",", unknown));
        form.TryGetValue("To", out var to);
        form.TryGetValue("From", out var from);
        form.TryGetValue("MessagingServiceSid", out var service);
        form.TryGetValue("Body", out var text);
        form.TryGetValue("StatusCallback", out var callback);
        if (callback is not null && !Uri.TryCreate(callback, UriKind.Absolute, out _)) Violations.Enqueue("StatusCallback not an absolute URL: " + callback);
        if (to is null || !E164().IsMatch(to)) Violations.Enqueue("To not in E.164: " + to);
        if ((from is null) == (service is null)) Violations.Enqueue("one of From and MessagingServiceSid");
        if (string.IsNullOrEmpty(text)) Violations.Enqueue("no Body");
        if (!Violations.IsEmpty) return (400, new JsonObject { ["code"] = 21604, ["message"] = "A request the receiver does not recognise.", ["status"] = 400 });
        var sms = new SmsRequest(to!, from, service, text!, callback);
        Received.Enqueue(sms);
        if (_script.TryDequeue(out var scripted)) return scripted;
        Accepted.Enqueue(sms);
        var sid = "SM" + Guid.NewGuid().ToString("N");
        Sids.Enqueue(sid);
        return (201, new JsonObject
        {
            ["sid"] = sid, ["account_sid"] = AccountSid, ["to"] = to, ["from"] = from, ["messaging_service_sid"] = service, ["body"] = text, ["status"] = "queued",
            ["num_segments"] = "1", ["direction"] = "outbound-api", ["api_version"] = "2010-04-01", ["error_code"] = null, ["error_message"] = null,
            ["uri"] = $"/2010-04-01/Accounts/{AccountSid}/Messages/{sid}.json",
        });
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}

// Why this file is long: composing the message (text, HTML right to left, the RFC 8058 way out) and keeping one SMTP connection across messages (open, reuse, drop after a failure, close when idle) belong to the one channel.
using System.Net;
using System.Text;
using CoopHub.Notifications.Model;
using CoopHub.Shared.Localization;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CoopHub.Notifications.Channels;

/// <summary>
/// E-mail over SMTP with MailKit (<c>Smtp:*</c>), or, when <c>Smtp:Host</c> is empty, an .eml file per message in
/// <c>Notifications:PickupDirectory</c> (data/mail by default). Plain text plus a simple HTML part, right to left in
/// Arabic. The Message-ID is the message's id, so a resend after a crash is recognisable as the same message.
/// </summary>
/// <remarks>
/// Each e-mail but those about the account itself carries the way out (law 09-08, RFC 8058): a line "Stop these
/// messages" with a link to the SPA's <c>/unsubscribe?token=…</c> page (relative when <c>Notifications:PublicBaseUrl</c>
/// is empty, like the message's other link), and, only when that base is an absolute URL, the
/// <c>List-Unsubscribe</c> and <c>List-Unsubscribe-Post: List-Unsubscribe=One-Click</c> headers a mail client POSTs to.
/// </remarks>
internal sealed class EmailChannel(SmtpOptions smtp, NotificationOptions options, UnsubscribeTokens tokens) : INotificationChannel, IConnectedChannel, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SmtpClient? _client;

    public string Name => ChannelNames.Email;

    public async Task<ChannelAnswer> SendAsync(MessageRow message, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(message.Address)) return ChannelAnswer.Failed("No e-mail address.");
        var token = message.Topic == Topics.Account
            ? null
            : await tokens.CreateAsync(new UnsubscribeTarget(message.RecipientKind, message.RecipientId, message.Topic, ChannelNames.Email), ct);
        var mime = Compose(message, token);
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            Directory.CreateDirectory(options.PickupDirectory);
            var path = Path.Combine(options.PickupDirectory, $"{message.Id:N}.eml");
            await mime.WriteToAsync(path, ct);
            return ChannelAnswer.Ok("Written to the pickup directory as " + Path.GetFileName(path) + ".");
        }
        await _gate.WaitAsync(ct);
        try
        {
            var client = await ConnectedAsync(ct);
            var answer = await client.SendAsync(mime, ct);
            return ChannelAnswer.Ok(Trim(answer));
        }
        catch (SmtpCommandException ex)
        {
            // The server refused this message: start the next one on a fresh connection, whatever state this one is in.
            Drop();
            return ChannelAnswer.Failed(Trim($"{(int)ex.StatusCode} {ex.Message}"));
        }
        catch (Exception ex) when (ex is SmtpProtocolException or AuthenticationException or IOException or System.Net.Sockets.SocketException or TimeoutException
                                       or SslHandshakeException or ServiceNotConnectedException
                                   || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            Drop();
            return ChannelAnswer.Failed(Trim("The mail server could not be reached: " + ex.Message));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// One SMTP connection reused across messages (a connection, EHLO and, with TLS, a handshake per message would cap
    /// the rate at a few dozen a second), reopened when the server closed it. With <c>Smtp:Pipelining</c> false (the
    /// default) MailKit does not pipeline MAIL FROM / RCPT TO / DATA even if the server offers it: see the README's figures.
    /// </summary>
    private async Task<SmtpClient> ConnectedAsync(CancellationToken ct)
    {
        if (_client is { IsConnected: true } open) return open;
        Drop();
        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security switch
            {
                SmtpSecurity.None => SecureSocketOptions.None,
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.StartTls,
            }, ct);
            if (!smtp.Pipelining) client.Capabilities &= ~SmtpCapabilities.Pipelining;
            if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password, ct);
        }
        catch
        {
            client.Dispose();
            throw;
        }
        _client = client;
        return client;
    }

    private void Drop()
    {
        var client = _client;
        _client = null;
        if (client is null) return;
        try
        {
            if (client.IsConnected) client.Disconnect(quit: false);
        }
        catch (Exception)
        {
            // Closing a broken connection: nothing to report.
        }
        client.Dispose();
    }

    /// <summary>Nothing left to send: the connection is closed politely (QUIT) rather than held open idle.</summary>
    public async Task CloseIdleAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_client is { IsConnected: true } client)
            {
                try
                {
                    await client.DisconnectAsync(quit: true);
                }
                catch (Exception ex) when (ex is IOException or SmtpProtocolException or SmtpCommandException or System.Net.Sockets.SocketException or TimeoutException)
                {
                    // The server went away first.
                }
            }
            Drop();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _gate.Wait();
        try
        {
            if (_client is { IsConnected: true } client)
            {
                try
                {
                    client.Disconnect(quit: true);
                }
                catch (Exception)
                {
                    // The server went away first.
                }
            }
            Drop();
        }
        finally
        {
            _gate.Release();
        }
    }

    internal MimeMessage Compose(MessageRow message, string? unsubscribeToken = null)
    {
        var baseUrl = options.PublicBaseUrl.TrimEnd('/');
        var page = unsubscribeToken is null ? null : $"{baseUrl}/unsubscribe?token={Uri.EscapeDataString(unsubscribeToken)}";
        var label = page is null ? null : Audience.InLanguage(message.Language, () => ServerText.Get("notifications.unsubscribe_line"));
        var mime = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = $"{message.Id:N}@coophub",
            Date = message.CreatedAt,
        };
        mime.From.Add(MailboxAddress.Parse(smtp.From));
        mime.To.Add(new MailboxAddress(Encoding.UTF8, "", message.Address!));
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        if (unsubscribeToken is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "https" or "http")
        {
            mime.Headers.Add("List-Unsubscribe", $"<{baseUrl}/api/v1/notifications/unsubscribe?token={Uri.EscapeDataString(unsubscribeToken)}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        var text = message.Link is null ? message.Body : message.Body + "\n\n" + message.Link;
        if (page is not null) text += "\n\n" + label + " " + page;
        var builder = new BodyBuilder { TextBody = text, HtmlBody = Html(message, label, page) };
        mime.Body = builder.ToMessageBody();
        // A Content-* header belongs to the body entity in MIME (MimeKit moves it there).
        mime.Body.Headers.Add(HeaderId.ContentLanguage, message.Language);
        return mime;
    }

    /// <summary>Simple HTML: the paragraphs of the text, escaped, right to left in Arabic.</summary>
    private static string Html(MessageRow message, string? unsubscribeLabel, string? unsubscribePage)
    {
        var dir = message.Language == "ar" ? "rtl" : "ltr";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html dir=\"").Append(dir).Append("\" lang=\"").Append(message.Language).Append("\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(message.Subject)).Append("</title></head><body style=\"font-family: sans-serif; line-height: 1.5\">");
        foreach (var paragraph in message.Body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph).Replace("\n", "<br>", StringComparison.Ordinal)).Append("</p>");
        }
        if (message.Link is not null)
        {
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(message.Link)).Append("\">").Append(WebUtility.HtmlEncode(message.Link)).Append("</a></p>");
        }
        if (unsubscribePage is not null)
        {
            html.Append("<p style=\"font-size: small; color: #555\">").Append(WebUtility.HtmlEncode(unsubscribeLabel)).Append(" <a href=\"")
                .Append(WebUtility.HtmlEncode(unsubscribePage)).Append("\">").Append(WebUtility.HtmlEncode(unsubscribePage)).Append("</a></p>");
        }
        return html.Append("</body></html>").ToString();
    }

    private static string Trim(string answer) => answer.Length <= 900 ? answer : answer[..900];
}

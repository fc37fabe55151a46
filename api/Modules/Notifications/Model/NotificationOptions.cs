namespace CoopHub.Notifications.Model;

/// <summary>The <c>Notifications:</c> settings: polling, retries, and where e-mail goes when no SMTP server is configured.</summary>
internal sealed class NotificationOptions
{
    /// <summary>How often the dispatcher looks for new outbox rows and due messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the scheduler looks for reminders to queue and calls whose opening time arrived (<see cref="Dispatch.Scheduler"/>).</summary>
    public TimeSpan SchedulePeriod { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Attempts before a message is marked dead.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>First retry delay; doubles each attempt, with ±20 % jitter, at most <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between two attempts, however many have failed.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long a claimed message is reserved for the instance sending it (a crashed instance's claims expire).</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>When <c>Smtp:Host</c> is empty, e-mails are written here as .eml files (relative to the working directory).</summary>
    public string PickupDirectory { get; set; } = Path.Combine("data", "mail");

    /// <summary>When the SMS channel is off (no <c>Sms:Provider</c>), each SMS is written here as a file (relative to the working directory).</summary>
    public string SmsPickupDirectory { get; set; } = Path.Combine("data", "sms");

    /// <summary>No SMS between these Casablanca times ("21:00-08:00"; empty: none); a message due then waits for the end.</summary>
    public string SmsQuietHours { get; set; } = "21:00-08:00";

    /// <summary>The SPA's address, for links in messages (empty: links are relative).</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The key that signs unsubscribe links (at least 32 characters); empty: one generated on first use and kept in <c>ntf_secrets</c>.</summary>
    public string UnsubscribeKey { get; set; } = "";

    /// <summary>Messages a staff message's fan-out writes per transaction (the unit a restart resumes after).</summary>
    public int CampaignBatch { get; set; } = 500;

    /// <summary>Run the dispatcher in this process (off in the Testing environment unless a test turns it on).</summary>
    public bool Dispatch { get; set; } = true;

    /// <summary>How many messages each channel may hand to its provider per minute, counted across every instance (<see cref="Dispatch.ChannelRateLimits"/>).</summary>
    public ChannelRateLimitOptions RateLimits { get; set; } = new();
}

/// <summary>The <c>Notifications:RateLimits:</c> settings: a per-minute ceiling per channel (0: unlimited). The inbox is never limited.</summary>
internal sealed class ChannelRateLimitOptions
{
    /// <summary>E-mails per minute: 6,000 (100 a second, what a relay such as Amazon SES grants a new account after its sandbox; the 5,500-cooperative call of the bench fits in one minute).</summary>
    public ChannelRateLimit Email { get; set; } = new() { PerMinute = 6000 };

    /// <summary>SMS per minute: 60 (Twilio queues beyond one message a second per long-code sender and drops what waits over four hours).</summary>
    public ChannelRateLimit Sms { get; set; } = new() { PerMinute = 60 };

    /// <summary>The ceiling of a channel per minute; 0 when it has none (the inbox, an unknown channel, a setting of 0).</summary>
    public int PerMinute(string channel) => Math.Max(0, channel switch
    {
        ChannelNames.Email => Email.PerMinute,
        ChannelNames.Sms => Sms.PerMinute,
        _ => 0,
    });
}

/// <summary>One channel's ceiling.</summary>
internal sealed class ChannelRateLimit
{
    /// <summary>Messages a minute; 0: unlimited.</summary>
    public int PerMinute { get; set; }
}

/// <summary>How the e-mail channel connects to its server (<c>Smtp:Security</c>).</summary>
internal enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>The <c>Smtp:</c> settings; an empty host means the pickup directory.</summary>
internal sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>The sender, as "Name &lt;address&gt;" or an address.</summary>
    public string From { get; set; } = "CoopHub <no-reply@coophub.local>";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether MailKit may pipeline the envelope commands when the server offers PIPELINING. Off by default: measured on
    /// the loopback server the tests use, pipelining cost about 45 ms per message (README, figures).
    /// </summary>
    public bool Pipelining { get; set; }
}

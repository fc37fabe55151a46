// Driver of bench/notifications.sh (issue 18's figures): publish a call matching COUNT cooperatives of one region of the
// 60,000-row registry; time the queueing; receive the e-mails on a local SMTP server (the SmtpServer package, on
// loopback); kill the API (SIGKILL) halfway and restart it; count duplicates and losses by Message-ID (the message's id).
// Then a second call with SMTP pipelining on, for the comparison. Exit 0 = report printed (even with MISS), 1 = failure.
using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using static System.FormattableString;

namespace NotificationBench;

internal static partial class Program
{
    private const double QueueTargetSeconds = 5;
    private const double RateTarget = 100;
    private const string Region = "MA-02";
    private const string Province = "MA-OUJ";
    private const string OtherRegion = "MA-01";
    private const string OtherProvince = "MA-FAH";

    private static async Task<int> Main(string[] args)
    {
        if (args.Length != 6 || !int.TryParse(args[4], CultureInfo.InvariantCulture, out var port) || !int.TryParse(args[5], CultureInfo.InvariantCulture, out var count))
        {
            await Console.Error.WriteLineAsync("usage: NotificationBench API_DLL CONTENT_ROOT CSV_IN WORK_DIR PORT COUNT");
            return 2;
        }
        var (apiDll, contentRoot, csvIn, work) = (args[0], args[1], args[2], args[3]);
        try
        {
            var csv = Path.Combine(work, "coops.csv");
            var rows = RewriteCsv(csvIn, csv, count);
            Console.WriteLine(Invariant($"registry: {rows} rows, {count} of them active in {Region} with an e-mail contact and no account; every other row outside {Region}"));

            await using var smtp = Receiver.Start();
            var api = new Api(apiDll, contentRoot, Path.Combine(work, "bench.db"), port, smtp.Port, work);
            Console.WriteLine(Invariant($"local SMTP server: 127.0.0.1:{smtp.Port}; API: {api.Url}"));

            // 1. The registry, then a call matching the COUNT cooperatives, pipelining off (the default).
            api.Start(pipelining: false);
            await api.ReadyAsync();
            var imported = await api.ImportAsync(csv);
            Console.WriteLine(Invariant($"imported: {imported} rows in {api.LastSeconds:0.0} s"));
            var program = await api.CreateAsync("/api/v1/programs", ProgramBody("BENCH"));
            var started = Stopwatch.GetTimestamp();
            var call = await api.CreateAsync("/api/v1/calls", CallBody(program, "Appel de référence (bench)"));
            var queued = await api.WaitQueuedAsync(call, count, TimeSpan.FromSeconds(120));
            var queueSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            Console.WriteLine(Invariant($"queued: {queued} messages for call {call} in {queueSeconds:0.00} s (from the POST of the published call to the last row)"));
            await Task.Delay(500);
            foreach (var line in api.LogLines("Queued ")) Console.WriteLine("  API: " + line.Trim());

            // 2. Delivery; SIGKILL once half has arrived; restart; wait for the rest.
            await smtp.WaitReceivedAsync(count / 2, TimeSpan.FromMinutes(10));
            var firstHalf = smtp.Snapshot();
            api.Kill();
            var atKill = smtp.Snapshot();
            Console.WriteLine(Invariant($"killed the API (SIGKILL) after {atKill.Total} messages received"));
            var restart = Stopwatch.GetTimestamp();
            api.Start(pipelining: false);
            await api.ReadyAsync();
            await smtp.WaitDistinctAsync(count, TimeSpan.FromMinutes(10));
            await Task.Delay(TimeSpan.FromSeconds(3)); // a duplicate would arrive now
            var afterRestart = smtp.Snapshot();
            var restartSeconds = Stopwatch.GetElapsedTime(restart).TotalSeconds;
            var sent = await api.CountAsync(call, "sent");
            var firstRate = firstHalf.Rate;
            var secondRate = (afterRestart.Total - atKill.Total) / (afterRestart.Last - atKill.Last).TotalSeconds;
            var ids = smtp.MessageIdsOf(call);
            var distinct = ids.Distinct().Count();
            var duplicates = ids.Count - distinct;
            var lost = count - distinct;
            api.Stop();

            // 3. A second call to the same cooperatives with pipelining on, no kill: the comparison.
            api.Start(pipelining: true);
            await api.ReadyAsync();
            var before = smtp.Snapshot().Total;
            var program2 = await api.CreateAsync("/api/v1/programs", ProgramBody("BENCH2"));
            var call2 = await api.CreateAsync("/api/v1/calls", CallBody(program2, "Deuxième appel (bench, pipelining)"));
            await api.WaitQueuedAsync(call2, count, TimeSpan.FromSeconds(120));
            var pipeStart = DateTime.UtcNow;
            var sample = Math.Min(count, 1_000);
            var pipelined = await smtp.WaitReceivedAsync(before + sample, TimeSpan.FromMinutes(10), since: pipeStart);
            api.Stop();

            Console.WriteLine();
            Console.WriteLine(Invariant($"== Reach: a call published to {count} cooperatives of {Region} ({rows} in the registry), {Environment.ProcessorCount} CPU(s) =="));
            Report("queued", Invariant($"{queued} in {queueSeconds:0.00} s"), queued == count && queueSeconds <= QueueTargetSeconds, Invariant($"all {count} in ≤ {QueueTargetSeconds} s"));
            Report("delivered (pipelining off), before the kill", Invariant($"{firstRate:0} messages/s"), firstRate >= RateTarget, Invariant($"≥ {RateTarget} messages/s"));
            Report("delivered (pipelining off), after the restart", Invariant($"{secondRate:0} messages/s (restart to last: {restartSeconds:0.0} s, includes start-up and the claim lease)"),
                secondRate >= RateTarget, Invariant($"≥ {RateTarget} messages/s"));
            Report("kill -9 halfway and restart", Invariant($"{ids.Count} received, {distinct} distinct, {duplicates} duplicate(s), {lost} lost; {sent} rows 'sent'"),
                duplicates == 0 && lost == 0 && sent == count, "no duplicate, no loss");
            Report("delivered (pipelining on, first 1,000)", Invariant($"{pipelined:0} messages/s"), true, "comparison only");
            return 0;
        }
        catch (BenchException ex)
        {
            await Console.Error.WriteLineAsync("notifications bench: " + ex.Message);
            return 1;
        }
    }

    private static void Report(string what, string figure, bool ok, string target)
        => Console.WriteLine($"{(ok ? "OK  " : "MISS")}  {what,-48} {figure}   (target: {target})");

    private static JsonObject ProgramBody(string code) => new()
    {
        ["code"] = code,
        ["nameAr"] = "برنامج قياس الأداء",
        ["nameFr"] = "Programme de mesure",
        ["goals"] = new JsonArray("Mesure"),
        ["regions"] = new JsonArray(Region),
        ["sectors"] = new JsonArray(),
        ["supportAxes"] = new JsonArray(new JsonObject { ["code"] = "equipment", ["nameFr"] = "Équipement" }),
        ["indicators"] = new JsonArray(new JsonObject { ["code"] = "jobs_created", ["nameFr"] = "Emplois créés", ["target"] = 20 }),
    };

    private static JsonObject CallBody(string program, string titleFr)
    {
        var casablanca = DateTime.UtcNow.AddHours(1);
        return new JsonObject
        {
            ["programId"] = program,
            ["titleAr"] = "طلب إبداء الاهتمام للقياس",
            ["titleFr"] = titleFr,
            ["opensAt"] = casablanca.AddDays(-1).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            ["closesAt"] = casablanca.AddDays(30).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            ["status"] = "published",
            ["rules"] = new JsonObject { ["regions"] = new JsonArray(Region) },
            ["documents"] = new JsonArray(new JsonObject { ["key"] = "statutes", ["nameFr"] = "Statuts", ["mandatory"] = true }),
            ["criteria"] = new JsonArray(new JsonObject { ["key"] = "impact", ["nameFr"] = "Impact", ["weight"] = 100 }),
            ["places"] = 10,
        };
    }

    /// <summary>
    /// The generator's registry, made to match exactly <paramref name="count"/> cooperatives: the first rows are put
    /// in the region, active, with a unique e-mail contact and no phone (so each is one e-mail); the generator's other
    /// rows of the region move to another one. Returns the number of rows.
    /// </summary>
    private static int RewriteCsv(string input, string output, int count)
    {
        using var reader = new StreamReader(input, Encoding.UTF8);
        var header = Csv.Split(reader.ReadLine() ?? throw new BenchException("empty CSV"));
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new BenchException($"no column {name}");
        var (region, province, status, phone, email) = (Col("regionCode"), Col("provinceCode"), Col("status"), Col("contactPhone"), Col("contactEmail"));
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        writer.WriteLine(string.Join(',', header.Select(Csv.Quote)));
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            var f = Csv.Split(line);
            if (n < count)
            {
                (f[region], f[province], f[status], f[phone], f[email]) = (Region, Province, "active", "", Invariant($"coop{n:00000}@bench.coophub.test"));
            }
            else if (f[region] == Region)
            {
                (f[region], f[province]) = (OtherRegion, OtherProvince);
            }
            writer.WriteLine(string.Join(',', f.Select(Csv.Quote)));
            n++;
        }
        if (n < count) throw new BenchException($"the registry has {n} rows, fewer than {count}");
        return n;
    }

    [GeneratedRegex(@"^Message-Id:\s*<([^>]+)>", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex MessageIdHeader();

    [GeneratedRegex(@"/calls/([0-9a-f-]{36})")]
    private static partial Regex CallLink();

    /// <summary>The loopback SMTP server: records each message's Message-ID and the call its link names, with the time.</summary>
    private sealed class Receiver : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _running;
        private readonly ConcurrentQueue<(string Id, string? Call, DateTime At)> _received = new();

        public int Port { get; }

        private Receiver()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(b => b.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
            var services = new SmtpServer.ComponentModel.ServiceProvider();
            services.Add(new Store(this));
            _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
        }

        public static Receiver Start() => new();

        public sealed record Counts(int Total, DateTime First, DateTime Last)
        {
            public double Rate => Total < 2 ? 0 : (Total - 1) / (Last - First).TotalSeconds;
        }

        public Counts Snapshot()
        {
            var all = _received.ToArray();
            return all.Length == 0 ? new Counts(0, DateTime.UtcNow, DateTime.UtcNow) : new Counts(all.Length, all[0].At, all[^1].At);
        }

        public List<string> MessageIdsOf(string call) => _received.Where(r => r.Call == call).Select(r => r.Id).ToList();

        /// <summary>Waits for <paramref name="total"/> messages; returns the rate of those received since <paramref name="since"/>.</summary>
        public async Task<double> WaitReceivedAsync(int total, TimeSpan timeout, DateTime? since = null)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (_received.Count < total)
            {
                if (DateTime.UtcNow > deadline) throw new BenchException($"only {_received.Count} of {total} messages received in {timeout}");
                await Task.Delay(10);
            }
            var window = _received.Where(r => since is null || r.At >= since).ToList();
            return window.Count < 2 ? 0 : (window.Count - 1) / (window[^1].At - window[0].At).TotalSeconds;
        }

        public async Task WaitDistinctAsync(int total, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (_received.Select(r => r.Id).Distinct().Count() < total)
            {
                if (DateTime.UtcNow > deadline) throw new BenchException($"only {_received.Select(r => r.Id).Distinct().Count()} distinct of {total} messages received in {timeout}");
                await Task.Delay(100);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            try
            {
                await _running;
            }
            catch (OperationCanceledException)
            {
            }
            _stop.Dispose();
        }

        private sealed class Store(Receiver receiver) : MessageStore
        {
            public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
            {
                var text = Encoding.UTF8.GetString(buffer.ToArray());
                var id = MessageIdHeader().Match(text) is { Success: true } m ? m.Groups[1].Value : Guid.NewGuid().ToString("N");
                var call = CallLink().Match(text) is { Success: true } c ? c.Groups[1].Value : null;
                receiver._received.Enqueue((id, call, DateTime.UtcNow));
                return Task.FromResult(SmtpResponse.Ok);
            }
        }
    }

    /// <summary>The API as a child process with a fresh SQLite database, sending to the receiver.</summary>
    private sealed class Api(string dll, string contentRoot, string database, int port, int smtpPort, string work)
    {
        private readonly string _key = "chk_bench" + Environment.ProcessId + "_" + Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        private Process? _process;
        private int _runs;

        public string Url { get; } = Invariant($"http://127.0.0.1:{port}");

        public double LastSeconds { get; private set; }

        private readonly HttpClient _http = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromMinutes(15) };

        public void Start(bool pipelining)
        {
            var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { dll, "--urls", Url, "--contentRoot", contentRoot }) info.ArgumentList.Add(a);
            var env = info.Environment;
            env["ConnectionStrings__CoopHub"] = $"Data Source={database}";
            env["DemoData__Enabled"] = "false";
            env["ASPNETCORE_ENVIRONMENT"] = "Production";
            env["Bootstrap__AdminApiKey"] = _key;
            env["RateLimits__AnonymousReadsPerMinute"] = "1000000000";
            env["Smtp__Host"] = "127.0.0.1";
            env["Smtp__Port"] = smtpPort.ToString(CultureInfo.InvariantCulture);
            env["Smtp__Security"] = "None";
            env["Smtp__From"] = "CoopHub <notifications@bench.coophub.test>";
            env["Smtp__Pipelining"] = pipelining ? "true" : "false";
            env["Notifications__Dispatch"] = "true";
            env["Notifications__PollInterval"] = "00:00:00.100";
            // A killed instance's claims come back after the lease: short here so the restart does not wait 5 minutes.
            env["Notifications__ClaimLease"] = "00:00:05";
            env["Notifications__SmsQuietHours"] = "";
            // The delivery rate is the figure: no per-channel ceiling (the default 6,000 e-mails a minute would hold back the second call).
            env["Notifications__RateLimits__Email__PerMinute"] = "0";
            _process = Process.Start(info) ?? throw new BenchException("the API did not start");
            var log = Path.Combine(work, Invariant($"api-{++_runs}.log"));
            var writer = new StreamWriter(log) { AutoFlush = true };
            _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
            _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        /// <summary>The lines of the current run's log that contain <paramref name="text"/>.</summary>
        public IEnumerable<string> LogLines(string text)
        {
            using var stream = new FileStream(Path.Combine(work, Invariant($"api-{_runs}.log")), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream);
            var lines = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                if (line.Contains(text, StringComparison.Ordinal)) lines.Add(line);
            }
            return lines;
        }

        public async Task ReadyAsync()
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (DateTime.UtcNow < deadline)
            {
                if (_process is { HasExited: true }) throw new BenchException($"the API exited during start-up (see {work}/api-{_runs}.log)");
                try
                {
                    if ((await _http.GetAsync(Url + "/health/ready")).StatusCode == HttpStatusCode.OK) return;
                }
                catch (HttpRequestException)
                {
                }
                await Task.Delay(100);
            }
            throw new BenchException("the API was not ready within 90 s");
        }

        public void Kill()
        {
            _process!.Kill(entireProcessTree: true); // SIGKILL: no graceful stop, no release of claims
            _process.WaitForExit();
        }

        public void Stop()
        {
            if (_process is null || _process.HasExited) return;
            Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])!.WaitForExit();
            if (!_process.WaitForExit(30_000)) _process.Kill(entireProcessTree: true);
        }

        public async Task<int> ImportAsync(string csv)
        {
            var started = Stopwatch.GetTimestamp();
            using var request = new HttpRequestMessage(HttpMethod.Post, Url + "/api/v1/cooperatives/import?dryRun=false") { Content = new StreamContent(File.OpenRead(csv)) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
            request.Headers.Add("X-Api-Key", _key);
            using var response = await _http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            LastSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            if (response.StatusCode != HttpStatusCode.OK) throw new BenchException($"import answered {(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
            return (int?)JsonNode.Parse(body)?["imported"] ?? -1;
        }

        public async Task<string> CreateAsync(string path, JsonObject body)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, Url + path) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Api-Key", _key);
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Created) throw new BenchException($"POST {path} answered {(int)response.StatusCode}: {text}");
            return (string)JsonNode.Parse(text)!["id"]!;
        }

        private SqliteConnection Open()
        {
            var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
            connection.Open();
            return connection;
        }

        /// <summary>Rows of the call's trigger in <c>ntf_messages</c> (the trigger id is the outbox row's; found by the link).</summary>
        public async Task<long> CountAsync(string call, string? status = null)
        {
            await using var connection = Open();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM ntf_messages WHERE trigger_type = 'call.published' AND link LIKE $link" + (status is null ? "" : " AND status = $status");
            command.Parameters.AddWithValue("$link", "%/calls/" + call);
            if (status is not null) command.Parameters.AddWithValue("$status", status);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        public async Task<long> WaitQueuedAsync(string call, int count, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (true)
            {
                long queued;
                try
                {
                    queued = await CountAsync(call);
                }
                catch (SqliteException)
                {
                    queued = 0; // the table is being written
                }
                if (queued >= count) return queued;
                if (DateTime.UtcNow > deadline) throw new BenchException($"only {queued} of {count} messages queued in {timeout}");
                await Task.Delay(10);
            }
        }
    }

    private static class Csv
    {
        public static string[] Split(string line)
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < line.Length; i++)
            {
                var ch = line[i];
                if (quoted)
                {
                    if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                    else if (ch == '"') quoted = false;
                    else field.Append(ch);
                }
                else if (ch == '"') quoted = true;
                else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
                else field.Append(ch);
            }
            fields.Add(field.ToString());
            return fields.ToArray();
        }

        public static string Quote(string field)
            => field.IndexOfAny([',', '"', '\n', '\r']) >= 0 || field.StartsWith('\'') ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    private sealed class BenchException(string message) : Exception(message);
}

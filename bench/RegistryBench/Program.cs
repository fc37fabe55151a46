// Benchmark client for bench/registry.sh: times the CSV import, then measures query latency over one
// keep-alive connection, and prints a report against the targets. Exit code 0 = report printed (even with
// MISS lines), 1 = something went wrong (wrong status, unexpected body), 2 = bad arguments.
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace RegistryBench;

internal static class Program
{
    // Targets from the brief: the import target is stated for 60,000 rows; query targets are absolute (issue 17:
    // an Arabic search with about 5,000 matches within 15 ms at p95, every other case within 10 ms).
    private const int ImportTargetRows = 60_000;
    private const double ImportTargetSeconds = 20;
    private const double QueryTargetP95Ms = 10;
    private const double ArabicTargetP95Ms = 15;

    private static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8; // the Arabic search words appear in the report
        if (args.Length != 5
            || !Uri.TryCreate(args[0], UriKind.Absolute, out var baseUrl)
            || !File.Exists(args[1])
            || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var expectedRows) || expectedRows < 1
            || !int.TryParse(args[3], CultureInfo.InvariantCulture, out var requests) || requests < 1
            || !int.TryParse(args[4], CultureInfo.InvariantCulture, out var warmup) || warmup < 0)
        {
            await Console.Error.WriteLineAsync("usage: RegistryBench BASE_URL CSV_FILE EXPECTED_ROWS REQUESTS WARMUP");
            return 2;
        }

        var connections = 0;
        // One handler, one connection: every request reuses the same keep-alive socket, so the figures are
        // server time plus loopback, not TCP handshakes. The connect callback counts sockets to prove it.
        using var handler = new SocketsHttpHandler
        {
            UseProxy = false, // a proxy configured for the package mirror must not sit between us and loopback
            MaxConnectionsPerServer = 1,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(30),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    Interlocked.Increment(ref connections);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        // The import of tens of thousands of rows can take a while; queries are far below this.
        using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(15) };

        try
        {
            var import = await ImportAsync(client, args[1], expectedRows);
            var results = new List<CaseResult>();
            Console.WriteLine();
            Console.WriteLine($"== Queries: {warmup} warm-up + {requests} measured sequential requests per case, one keep-alive connection ==");
            foreach (var benchCase in Cases())
            {
                results.Add(await MeasureAsync(client, benchCase, warmup, requests));
            }
            PrintReport(import, results, expectedRows, connections);
            return 0;
        }
        catch (BenchException ex)
        {
            await Console.Error.WriteLineAsync();
            await Console.Error.WriteLineAsync("ERROR: " + ex.Message);
            return 1;
        }
    }

    /// <summary>The query cases; <see cref="BenchCase.Count"/> says which JSON number shows that rows matched.</summary>
    private static List<BenchCase> Cases() =>
    [
        new("floor (health/live)", "/health/live", IsQuery: false, Count: null),
        new("list page 1", "/api/v1/cooperatives?page=1&pageSize=20", IsQuery: true, Count: ["total"]),
        new("search ar \"الأركان\"", "/api/v1/cooperatives?q=" + Uri.EscapeDataString("الأركان"), IsQuery: true, Count: ["total"], TargetMs: ArabicTargetP95Ms),
        new("search ar \"السياحة البيئية\"", "/api/v1/cooperatives?q=" + Uri.EscapeDataString("السياحة البيئية"), IsQuery: true, Count: ["total"], TargetMs: ArabicTargetP95Ms),
        new("search ar \"تعاونيه\"", "/api/v1/cooperatives?q=" + Uri.EscapeDataString("تعاونيه"), IsQuery: true, Count: ["total"]),
        new("search fr \"argane\"", "/api/v1/cooperatives?q=argane", IsQuery: true, Count: ["total"]),
        new("filter MA-02+handicraft", "/api/v1/cooperatives?region=MA-02&sector=handicraft", IsQuery: true, Count: ["total"]),
        new("statistics by region", "/api/v1/cooperatives/statistics?groupBy=region", IsQuery: true, Count: ["totals", "cooperatives"]),
    ];

    private static async Task<ImportResult> ImportAsync(HttpClient client, string csvPath, int expectedRows)
    {
        var bytes = new FileInfo(csvPath).Length;
        const string path = "/api/v1/cooperatives/import?dryRun=false";
        Console.WriteLine("== Import ==");
        Console.WriteLine(Invariant($"POST {path}  ({bytes / 1024.0 / 1024.0:0.0} MB, {expectedRows} rows, Content-Type: text/csv)"));

        await using var file = File.OpenRead(csvPath);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StreamContent(file) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        request.Content.Headers.ContentLength = bytes;
        // Importing needs staff rights: registry.sh registers a throw-away admin key at start-up
        // (Bootstrap:AdminApiKey) and hands it over here. Only the import sends it, so the query figures
        // stay those of an anonymous directory read (no per-request key lookup).
        if (Environment.GetEnvironmentVariable("BENCH_API_KEY") is { Length: > 0 } apiKey)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        // Timed from the first byte sent to the last byte of the report: upload, parse, validate, insert, commit.
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        string body;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            body = await response.Content.ReadAsStringAsync();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            throw new BenchException($"POST {path} failed after {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s: {ex.Message}");
        }
        using var disposeResponse = response;
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchException(Invariant($"import answered {(int)response.StatusCode} {response.StatusCode} after {seconds:0.00} s, expected 200.\n{Excerpt(body)}"));
        }
        int imported, rejected;
        try
        {
            using var json = JsonDocument.Parse(body);
            imported = json.RootElement.GetProperty("imported").GetInt32();
            rejected = json.RootElement.GetProperty("rejected").GetInt32();
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new BenchException($"import answered 200 but not the expected {{ imported, rejected, dryRun, errors }} JSON ({ex.Message}).\n{Excerpt(body)}");
        }
        Console.WriteLine(Invariant($"  200 OK: imported {imported}, rejected {rejected} in {seconds:0.00} s ({imported / seconds:0} rows/s)"));
        if (imported != expectedRows)
        {
            throw new BenchException($"import reported {imported} rows imported, expected {expectedRows}; the query figures would be meaningless.");
        }
        return new ImportResult(imported, seconds);
    }

    private static async Task<CaseResult> MeasureAsync(HttpClient client, BenchCase benchCase, int warmup, int requests)
    {
        // The first response is parsed (outside the timing) to show that the query matched rows.
        var first = await GetAsync(client, benchCase);
        long? matched = benchCase.Count is null ? null : ReadCount(benchCase, first.Body);
        for (var i = 1; i < warmup; i++)
        {
            await GetAsync(client, benchCase);
        }

        var samples = new double[requests];
        for (var i = 0; i < requests; i++)
        {
            samples[i] = (await GetAsync(client, benchCase)).Milliseconds;
        }
        // p95 of the first and of the second half, in the order measured: a tail only in the first half is a server
        // still compiling (tiered JIT); a tail in both is the machine or the query.
        var half = requests / 2;
        var early = samples[..half].Order().ToArray();
        var late = samples[half..].Order().ToArray();
        Array.Sort(samples);
        var result = new CaseResult(benchCase, matched, Percentile(samples, 50), Percentile(samples, 95), Percentile(samples, 99), samples[^1]);
        var what = matched is null ? "" : $"  {string.Join('.', benchCase.Count!)} = {matched}";
        Console.WriteLine(Invariant($"  {benchCase.Name,-30} p50 {result.P50,7:0.00}  p95 {result.P95,7:0.00}  p99 {result.P99,7:0.00}  max {result.Max,7:0.00} ms{what}"));
        Console.WriteLine($"  {"",-30} GET {benchCase.Path}");
        if (half > 0)
        {
            Console.WriteLine(Invariant($"  {"",-30} p95 of the first half {Percentile(early, 95):0.00} ms, of the second half {Percentile(late, 95):0.00} ms"));
        }
        return result;
    }

    /// <summary>One request, timed until the whole body is read; any status but 200 aborts the run.</summary>
    private static async Task<(double Milliseconds, string Body)> GetAsync(HttpClient client, BenchCase benchCase)
    {
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        string body;
        try
        {
            response = await client.GetAsync(benchCase.Path, HttpCompletionOption.ResponseContentRead);
            body = await response.Content.ReadAsStringAsync();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            throw new BenchException($"case '{benchCase.Name}': GET {benchCase.Path} failed: {ex.Message}");
        }
        using var disposeResponse = response;
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchException($"case '{benchCase.Name}': GET {benchCase.Path} answered {(int)response.StatusCode} {response.StatusCode}, expected 200.\n{Excerpt(body)}");
        }
        return (elapsed, body);
    }

    private static long ReadCount(BenchCase benchCase, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var element = json.RootElement;
            foreach (var name in benchCase.Count!)
            {
                element = element.GetProperty(name);
            }
            return element.GetInt64();
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new BenchException($"case '{benchCase.Name}': no number at '{string.Join('.', benchCase.Count!)}' in the response ({ex.Message}).\n{Excerpt(body)}");
        }
    }

    /// <summary>Nearest-rank percentile of sorted samples (p99 of 300 samples is the 297th).</summary>
    private static double Percentile(double[] sorted, double percent)
    {
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    private static void PrintReport(ImportResult import, List<CaseResult> results, int rows, int connections)
    {
        var floor = results.Single(r => !r.Case.IsQuery);
        Console.WriteLine();
        Console.WriteLine("== Report ==");
        Console.WriteLine(Invariant($"Targets: import of {ImportTargetRows:N0} rows <= {ImportTargetSeconds:0} s; p95 <= {ArabicTargetP95Ms:0} ms for the Arabic searches with ~5,000 matches, <= {QueryTargetP95Ms:0} ms for every other query case."));
        // The import target is stated for 60,000 rows only: a smaller run is dominated by start-up and JIT
        // costs and a bigger one by other effects, so scaling the target would judge the wrong thing.
        var importVerdict = rows != ImportTargetRows ? $"n/a (the target is for {ImportTargetRows.ToString("N0", CultureInfo.InvariantCulture)} rows)"
            : import.Seconds <= ImportTargetSeconds ? "PASS" : "MISS";
        Console.WriteLine(Invariant($"import of {rows:N0} rows: {import.Seconds:0.00} s: {importVerdict}"));
        Console.WriteLine();
        Console.WriteLine($"| {"case",-30} | {"p50 ms",8} | {"p95 ms",8} | {"p99 ms",8} | {"p95/floor",9} | {"target",6} |");
        Console.WriteLine($"|{new string('-', 32)}|{new string('-', 10)}|{new string('-', 10)}|{new string('-', 10)}|{new string('-', 11)}|{new string('-', 8)}|");
        foreach (var r in results)
        {
            var verdict = !r.Case.IsQuery ? "-" : r.P95 <= Target(r.Case) ? "PASS" : "MISS";
            Console.WriteLine(Invariant($"| {r.Case.Name,-30} | {r.P50,8:0.00} | {r.P95,8:0.00} | {r.P99,8:0.00} | {r.P95 / floor.P95,9:0.0} | {verdict,6} |"));
        }
        var misses = results.Where(r => r.Case.IsQuery && r.P95 > Target(r.Case)).Select(r => r.Case.Name).ToList();
        Console.WriteLine();
        Console.WriteLine(misses.Count == 0
            ? "All query cases meet the p95 target."
            : $"MISS (p95 over its target): {string.Join("; ", misses)}");
        Console.WriteLine($"TCP connections opened by the client: {connections} (1 = every request reused the keep-alive connection)");
    }

    private static double Target(BenchCase benchCase) => benchCase.TargetMs ?? QueryTargetP95Ms;

    private static string Excerpt(string body) => body.Length <= 800 ? body : body[..800] + " ...";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

internal sealed record BenchCase(string Name, string Path, bool IsQuery, string[]? Count, double? TargetMs = null);

internal sealed record CaseResult(BenchCase Case, long? Matched, double P50, double P95, double P99, double Max);

internal sealed record ImportResult(int Imported, double Seconds);

internal sealed class BenchException(string message) : Exception(message);

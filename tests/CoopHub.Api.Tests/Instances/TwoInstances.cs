using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Api.Tests.Integrations;

namespace CoopHub.Api.Tests.Instances;

/// <summary>
/// Two API processes (the built dll of this configuration, as deployed) on one database on two loopback ports, started
/// at the same moment on a fresh database (so they also race each other's migrations), each with its own home folder
/// (nothing shared through the file system: Data Protection must find its keys in the database), both dispatching
/// webhooks and notifications to the receivers here. Started once for the fixture; stopped (and the database deleted)
/// at its end.
/// </summary>
internal sealed class TwoInstances : IAsyncDisposable
{
    private readonly List<Instance> _instances = [];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coophub-instances-" + Guid.NewGuid().ToString("N"));

    public required Engine Engine { get; init; }

    public required string ConnectionString { get; init; }

    public SmtpReceiver Smtp { get; } = SmtpReceiver.Start();

    /// <summary>Settings added to (or overriding) the ones every instance gets.</summary>
    public IReadOnlyList<(string Key, string Value)> ExtraSettings { get; init; } = [];

    public IReadOnlyList<Instance> Instances => _instances;

    public Instance A => _instances[0];

    public Instance B => _instances[1];

    /// <summary>The instance for the i-th request of an alternating sequence.</summary>
    public Instance Alternate(int i) => _instances[i % _instances.Count];

    public async Task StartAsync(int count = 2)
    {
        Directory.CreateDirectory(_folder);
        var dll = ApiDll();
        for (var i = 0; i < count; i++) _instances.Add(new Instance((char)('a' + i), FreePort(), Path.Combine(_folder, ((char)('a' + i)).ToString())));
        foreach (var instance in _instances) instance.Start(dll, Settings(instance).Concat(ExtraSettings));
        await Task.WhenAll(_instances.Select(i => i.WaitReadyAsync(TimeSpan.FromSeconds(90))));
    }

    private IEnumerable<(string Key, string Value)> Settings(Instance instance)
    {
        yield return ("Database:Provider", Engine == Engine.SqlServer ? "SqlServer" : "Sqlite");
        yield return ("ConnectionStrings:CoopHub", ConnectionString);
        yield return ("DemoData:Enabled", "false");
        yield return ("Logging:LogLevel:Default", "Warning");
        yield return ("Logging:LogLevel:CoopHub.Startup", "Information");
        yield return ("Bootstrap:AdminEmail", CoopHubApp.AdminEmail);
        yield return ("Bootstrap:AdminPassword", CoopHubApp.AdminPassword);
        yield return ("Bootstrap:AdminApiKey", CoopHubApp.AdminApiKey);
        yield return ("RateLimits:AccountCodesPerMinute", "100000");
        yield return ("RateLimits:SignInPerMinute", "100000");
        yield return ("Files:Root", Path.Combine(_folder, "files"));
        yield return ("Webhooks:Dispatch", "true");
        yield return ("Webhooks:AllowPrivateTargets", "true");
        yield return ("Webhooks:AllowLoopbackHttp", "true");
        yield return ("Webhooks:PollInterval", "00:00:00.100");
        yield return ("Notifications:Dispatch", "true");
        yield return ("Notifications:PollInterval", "00:00:00.100");
        yield return ("Notifications:PublicBaseUrl", "https://coophub.example.ma");
        yield return ("Notifications:PickupDirectory", Path.Combine(instance.Home, "mail"));
        yield return ("Smtp:Host", "127.0.0.1");
        yield return ("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("Smtp:Security", "None");
        yield return ("Smtp:From", "CoopHub <notifications@coophub.test>");
    }

    private static string ApiDll()
    {
        // The API built in the same configuration as these tests (bin/Release/net10.0 next to bin/Release/net10.0).
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var dll = RepoPaths.Combine("api", "CoopHub.Api", "bin", configuration, "net10.0", "CoopHub.Api.dll");
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is not built: build the solution in {configuration} first.");
        return dll;
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances) await instance.DisposeAsync();
        await Smtp.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // left to the system's temporary folder
        }
    }

    /// <summary>One API process: its address, its output, and clients to it.</summary>
    internal sealed class Instance(char name, int port, string home) : IAsyncDisposable
    {
        private Process? _process;
        private readonly StringBuilder _output = new();

        public char Name { get; } = name;

        public Uri Address { get; } = new($"http://127.0.0.1:{port}");

        public string Home { get; } = home;

        public string Output
        {
            get
            {
                lock (_output) return _output.ToString();
            }
        }

        public bool Exited => _process is { HasExited: true };

        /// <summary>The process's exit code, once it has exited.</summary>
        public int? ExitCode => _process is { HasExited: true } p ? p.ExitCode : null;

        /// <summary>Sends SIGTERM and returns at once; <see cref="WaitForExitAsync"/> waits for the process to end.</summary>
        public async Task SignalStopAsync()
        {
            using var kill = Process.Start("kill", ["-TERM", _process!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill!.WaitForExitAsync();
        }

        public async Task<int> WaitForExitAsync(TimeSpan timeout)
        {
            using var wait = new CancellationTokenSource(timeout);
            await _process!.WaitForExitAsync(wait.Token);
            return _process.ExitCode;
        }

        public void Start(string dll, IEnumerable<(string Key, string Value)> settings)
        {
            Directory.CreateDirectory(Home);
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetDirectoryName(dll)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(Address.ToString().TrimEnd('/'));
            foreach (var (key, value) in settings) start.ArgumentList.Add($"--{key}={value}");
            start.Environment["HOME"] = Home;
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            foreach (var inherited in new[] { "OTEL_EXPORTER_OTLP_ENDPOINT", "ConnectionStrings__CoopHub" }) start.Environment.Remove(inherited);
            _process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            _process.OutputDataReceived += (_, e) => Keep(e.Data);
            _process.ErrorDataReceived += (_, e) => Keep(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        private void Keep(string? line)
        {
            if (line is null) return;
            lock (_output) _output.AppendLine(line);
        }

        public async Task WaitReadyAsync(TimeSpan timeout)
        {
            using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline)
            {
                if (Exited) throw new InvalidOperationException($"instance {Name} exited ({_process!.ExitCode}):\n{Output}");
                try
                {
                    if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode) return;
                }
                catch (HttpRequestException)
                {
                    // not listening yet
                }
                catch (TaskCanceledException)
                {
                    // busy starting
                }
                await Task.Delay(100);
            }
            throw new TimeoutException($"instance {Name} not ready after {timeout}:\n{Output}");
        }

        /// <summary>A client sending the bootstrap admin key.</summary>
        public HttpClient Admin()
        {
            var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
            client.DefaultRequestHeaders.Add("X-Api-Key", CoopHubApp.AdminApiKey);
            return client;
        }

        /// <summary>A browser on this instance with the given cookie jar.</summary>
        public HttpClient Browser(CookieJar jar) => jar.Client(new SocketsHttpHandler { UseCookies = false }, Address);

        public HttpClient Anonymous() => new() { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };

        /// <summary>SIGTERM: the host's graceful stop (requests finish, background work releases its claims).</summary>
        public async Task StopAsync(TimeSpan timeout)
        {
            if (_process is null || _process.HasExited) return;
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill!.WaitForExitAsync();
            using var wait = new CancellationTokenSource(timeout);
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_process is null) return;
            await StopAsync(TimeSpan.FromSeconds(10));
            _process.Dispose();
        }
    }
}

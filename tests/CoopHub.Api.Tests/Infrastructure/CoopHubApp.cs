using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Api.Tests.Infrastructure;

/// <summary>The real host, on the database a test hands it, with a bootstrap admin and admin API key.</summary>
internal sealed class CoopHubApp(Engine engine, string connectionString, bool demoData = false, Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@coophub.test";
    public const string AdminPassword = "Argan-Oujda-2026!";
    public const string AdminApiKey = "chk_testadmin_0123456789abcdefghijklmnop";

    /// <summary>This app's blob store (<c>Files:Root</c>): a folder of its own, so tests never write under the repository's data/.</summary>
    public string FilesRoot { get; } = Path.Combine(Path.GetTempPath(), "coophub-test-files", Guid.NewGuid().ToString("N"));

    /// <summary>A client that sends the admin API key.</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", AdminApiKey);
        return client;
    }

    /// <summary>
    /// A browser: keeps cookies, over https, because outside Development the session and antiforgery cookies are Secure
    /// and a client sends them back over https only.
    /// </summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", engine == Engine.SqlServer ? "SqlServer" : "Sqlite");
        builder.UseSetting("ConnectionStrings:CoopHub", connectionString);
        builder.UseSetting("DemoData:Enabled", demoData ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Bootstrap:AdminEmail", AdminEmail);
        builder.UseSetting("Bootstrap:AdminPassword", AdminPassword);
        builder.UseSetting("Bootstrap:AdminApiKey", AdminApiKey);
        // Sign-up, verification and reset share a small per-address budget; the sweeps over every operation send many.
        builder.UseSetting("RateLimits:AccountCodesPerMinute", "100000");
        builder.UseSetting("Files:Root", FilesRoot);
        builder.ConfigureTestServices(services => services.AddSingleton<CoopHub.Webhooks.Model.IWebhookDns, TestDns>());
        configure?.Invoke(builder);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            if (Directory.Exists(FilesRoot)) Directory.Delete(FilesRoot, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temporary folder is left to the system.
        }
    }
}

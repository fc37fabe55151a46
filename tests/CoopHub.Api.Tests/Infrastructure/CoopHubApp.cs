using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoopHub.Api.Tests.Infrastructure;

/// <summary>The real host, on the database a test hands it.</summary>
internal sealed class CoopHubApp(Engine engine, string connectionString, bool demoData = false) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", engine == Engine.SqlServer ? "SqlServer" : "Sqlite");
        builder.UseSetting("ConnectionStrings:CoopHub", connectionString);
        builder.UseSetting("DemoData:Enabled", demoData ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}

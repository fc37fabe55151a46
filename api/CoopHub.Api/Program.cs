using System.Text.Json;
using System.Text.Json.Serialization;
using CoopHub.Api;
using CoopHub.Cooperatives;
using CoopHub.Documents;
using CoopHub.Events;
using CoopHub.Identity;
using CoopHub.Networks;
using CoopHub.Notifications;
using CoopHub.Programs;
using CoopHub.ProjectBank;
using CoopHub.Webhooks;
using CoopHub.Shared;
using CoopHub.Shared.Hosting;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using Microsoft.AspNetCore.Http.Json;

if (args.Length > 0 && args[0] == "demo-csv")
{
    return await Tools.WriteDemoCsvAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);

// A stopping instance (SIGTERM from the orchestrator) stops accepting, finishes the requests in flight and lets the
// dispatchers finish the send in hand and release their other claims, for up to Hosting:ShutdownTimeout (ADR 0031).
builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = builder.Configuration.GetValue("Hosting:ShutdownTimeout", TimeSpan.FromSeconds(30)));
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null); // per endpoint, see UseBodySizeLimits
builder.Services.Configure<JsonOptions>(options => ConfigureJson(options.SerializerOptions));
builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => ConfigureJson(options.JsonSerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddCoopHubProblemDetails();
// Traces, metrics and logs over OTLP when an endpoint is configured; nothing at all when not (ADR 0033).
builder.AddCoopHubObservability();
builder.Services.AddCoopHubShared(builder.Configuration);
// Every instance signs and reads cookies and antiforgery tokens with the one key ring in the database (ADR 0031).
builder.Services.AddCoopHubDataProtection();
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.PipelineBehaviors =
    [
        typeof(TracingBehavior<,>), // outermost: the handler's span holds the log line, the checks and the SQL
        typeof(LoggingBehavior<,>),
        typeof(AuthorizationBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(UnitOfWorkBehavior<,>),
    ];
});
builder.Services.AddIdentityModule(builder.Configuration);
builder.Services.AddCooperatives();
builder.Services.AddNetworks();
builder.Services.AddPrograms();
builder.Services.AddEvents();
builder.Services.AddProjectBank();
builder.Services.AddWebhooks(builder.Configuration, builder.Environment);
builder.Services.AddNotifications(builder.Configuration, builder.Environment);
builder.Services.AddDocuments(builder.Configuration, builder.Environment);
builder.Services.AddCoopHubHardening(builder.Configuration, builder.Environment);
builder.Services.AddCoopHubCompression();
builder.Services.AddCoopHubOpenApi();
builder.Services.CheckContentTypesAfterAuthorization();

var app = builder.Build();

app.UseCoopHubHardening(app.Environment, app.Configuration);
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSwagger();
app.UseSwaggerUI(options => options.SwaggerEndpoint("/swagger/v1/swagger.json", "CoopHub API v1"));
app.UseCoopHubSpa();
app.UseRouting();
app.UseCoopHubCompression();
app.UseCors();
// Identity first: an operation that needs one answers an anonymous caller 401 before the body limit,
// the idempotency key, the content type or If-Match are looked at.
app.UseIdentityModule();
app.UseBodySizeLimits();
app.UseIdentityGuards();
app.UseIdempotencyKeys();
app.UseQueryBindFailures(); // innermost: names the query value the generated endpoint could not parse (ADR 0035)

app.MapHealth();
app.MapShutdownProbe(); // Testing environment with Testing:ShutdownProbe only
app.MapCrawlerFiles();
var api = app.MapGroup(ApiRoutes.V1);
api.MapReference();
api.MapIdentity();
api.MapCooperatives();
api.MapNetworks();
api.MapPrograms();
api.MapEvents();
api.MapProjectBank();
api.MapWebhooks();
api.MapNotifications();
api.MapDocuments();

await Startup.PrepareDatabaseAsync(app);
await app.RunAsync();
return 0;

static void ConfigureJson(JsonSerializerOptions json)
{
    json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
    json.NumberHandling = JsonNumberHandling.Strict;
    // The strict converter reads and writes enums; the standard one stays behind it so Swashbuckle documents enums as strings.
    json.Converters.Add(new StrictEnumConverterFactory());
    json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    json.AllowDuplicateProperties = false;
    json.MaxDepth = 32;
}

public partial class Program;

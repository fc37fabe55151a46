using System.Text.Json;
using System.Text.Json.Serialization;
using CoopHub.Api;
using CoopHub.Cooperatives;
using CoopHub.Shared;
using CoopHub.Shared.Http;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using Microsoft.AspNetCore.Http.Json;

if (args.Length > 0 && args[0] == "demo-csv")
{
    return await Tools.WriteDemoCsvAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null); // per endpoint, see UseBodySizeLimits
builder.Services.Configure<JsonOptions>(options => ConfigureJson(options.SerializerOptions));
builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => ConfigureJson(options.JsonSerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddCoopHubProblemDetails();
builder.Services.AddCoopHubShared(builder.Configuration);
builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.PipelineBehaviors =
    [
        typeof(LoggingBehavior<,>),
        typeof(ValidationBehavior<,>),
        typeof(UnitOfWorkBehavior<,>),
    ];
});
builder.Services.AddCooperatives();
builder.Services.AddCoopHubOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseSwagger();
app.UseSwaggerUI(options => options.SwaggerEndpoint("/swagger/v1/swagger.json", "CoopHub API v1"));
app.UseRouting();
app.UseBodySizeLimits();

app.MapHealth();
var api = app.MapGroup("/api/v1");
api.MapReference();
api.MapCooperatives();

await Startup.PrepareDatabaseAsync(app);
await app.RunAsync();
return 0;

static void ConfigureJson(JsonSerializerOptions json)
{
    json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
    json.NumberHandling = JsonNumberHandling.Strict;
    json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    json.MaxDepth = 32;
}

public partial class Program;

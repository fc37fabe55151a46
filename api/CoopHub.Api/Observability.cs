using CoopHub.Shared.Data;
using CoopHub.Shared.Observability;
using CoopHub.Shared.Outbox;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CoopHub.Api;

/// <summary>
/// OpenTelemetry for the host (issue 20 item 4, ADR 0033): traces HTTP → mediator handler → SQL command, the
/// <c>CoopHub</c> metrics beside ASP.NET Core's and HttpClient's, and the logs, exported over OTLP when
/// <c>OpenTelemetry:Otlp:Endpoint</c> or <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. Without an endpoint nothing is
/// registered: no listener, so no span is created and no measurement taken (<c>OpenTelemetry:Enabled=true</c> turns the
/// pipeline on without an exporter: the tests add an in-memory one).
/// </summary>
internal static class Observability
{
    public static WebApplicationBuilder AddCoopHubObservability(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var endpoint = configuration["OpenTelemetry:Otlp:Endpoint"];
        var standardEndpoint = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var exporting = !string.IsNullOrWhiteSpace(endpoint) || !string.IsNullOrWhiteSpace(standardEndpoint);
        if (!configuration.GetValue("OpenTelemetry:Enabled", exporting)) return builder;

        var sqlServer = string.Equals(configuration["Database:Provider"], nameof(DatabaseProvider.SqlServer), StringComparison.OrdinalIgnoreCase);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(
                configuration["OpenTelemetry:ServiceName"] ?? "coophub",
                serviceVersion: typeof(Observability).Assembly.GetName().Version?.ToString(),
                serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(Telemetry.Name)
                    // Probes and static files would drown the requests worth reading.
                    .AddAspNetCoreInstrumentation(options => options.Filter = context => context.Request.Path.StartsWithSegments("/api"))
                    .AddHttpClientInstrumentation();
                // SqlConnection is sealed: SQL Server's commands are traced from SqlClient's own events (text, no parameters).
                if (sqlServer) tracing.AddSqlClientInstrumentation();
            })
            .WithMetrics(metrics => metrics
                .AddMeter(Telemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddInstrumentation(sp => sp.GetRequiredService<OutboxMetrics>()));
        builder.Services.AddSingleton<OutboxMetrics>();
        // Each log record carries the trace and span ids of the request it was written in.
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            var protocol = configuration["OpenTelemetry:Otlp:Protocol"] is { } p && p.Contains("http", StringComparison.OrdinalIgnoreCase)
                ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
            otel.UseOtlpExporter(protocol, new Uri(endpoint));
        }
        else if (exporting)
        {
            // OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_EXPORTER_OTLP_PROTOCOL, OTEL_EXPORTER_OTLP_HEADERS... read by the exporter itself.
            otel.UseOtlpExporter();
        }
        return builder;
    }
}

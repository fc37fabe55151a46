using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace CoopHub.Api.Tests.Observability;

/// <summary>
/// A real OTLP/HTTP receiver on loopback: with <c>OpenTelemetry:Otlp:Endpoint</c> set, the request's trace arrives at
/// <c>/v1/traces</c> as protobuf carrying the trace id the problem quoted.
/// </summary>
[NonParallelizable]
public sealed class OtlpExportTests
{
    [Test]
    public async Task Given_an_OTLP_endpoint_Then_the_trace_of_a_request_arrives_there_as_protobuf()
    {
        await using var receiver = await OtlpReceiver.StartAsync();
        var connectionString = await TestDatabases.NewSqliteAsync();
        try
        {
            await using var app = new CoopHubApp(Engine.Sqlite, connectionString, configure: b =>
            {
                b.UseSetting("OpenTelemetry:Otlp:Endpoint", receiver.Url);
                b.UseSetting("OpenTelemetry:Otlp:Protocol", "http/protobuf");
            });
            using var client = app.CreateClient();
            var response = await client.GetAsync($"/api/v1/cooperatives/{Guid.NewGuid()}");
            var traceId = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["traceId"]!;
            var traceIdBytes = Convert.FromHexString(traceId);

            var arrived = await receiver.WaitForAsync("/v1/traces", body => body.AsSpan().IndexOf(traceIdBytes) >= 0,
                () => app.Services.GetRequiredService<TracerProvider>().ForceFlush());

            Assert.Multiple(() =>
            {
                Assert.That((int)response.StatusCode, Is.EqualTo(404));
                Assert.That(arrived.ContentType, Is.EqualTo("application/x-protobuf"));
                Assert.That(arrived.Body, Is.Not.Empty);
            });
        }
        finally
        {
            TestDatabases.DeleteSqlite(connectionString);
        }
    }

    private sealed class OtlpReceiver : IAsyncDisposable
    {
        private readonly WebApplication _app;

        public ConcurrentQueue<(string Path, string? ContentType, byte[] Body)> Requests { get; } = new();

        public string Url { get; private set; } = "";

        private OtlpReceiver(WebApplication app) => _app = app;

        public static async Task<OtlpReceiver> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var receiver = new OtlpReceiver(app);
            app.MapPost("/v1/{signal}", async (HttpContext context) =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                receiver.Requests.Enqueue((context.Request.Path, context.Request.ContentType, body.ToArray()));
                context.Response.ContentType = "application/x-protobuf";
                return Results.Ok();
            });
            await app.StartAsync();
            receiver.Url = app.Urls.First();
            return receiver;
        }

        /// <summary>Flushes until a request to <paramref name="path"/> matching <paramref name="match"/> has arrived (bounded).</summary>
        public async Task<(string Path, string? ContentType, byte[] Body)> WaitForAsync(string path, Func<byte[], bool> match, Action flush)
        {
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(20))
            {
                flush();
                var found = Requests.FirstOrDefault(r => r.Path == path && match(r.Body));
                if (found.Body is not null) return found;
                await Task.Delay(50);
            }
            throw new AssertionException($"Nothing matching arrived at {path}; received: {string.Join(", ", Requests.Select(r => r.Path))}");
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}

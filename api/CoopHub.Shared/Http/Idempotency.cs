using CoopHub.Shared.Localization;
using System.Security.Cryptography;
using System.Text;
using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Shared.Http;

/// <summary>
/// <c>Idempotency-Key</c> on POST (ADR 0012): the same caller, key and body within 24 hours gets the
/// first response again (with <c>Idempotent-Replayed: true</c>) and nothing is written twice; the same
/// key with another body is a 422; a retry while the first is still running is a 409. Keys are
/// scoped to the caller, so two partners never collide. Server errors are not remembered, so a
/// retry after a 5xx runs again.
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);
    private const int MaxKeyLength = 200;

    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Headers.TryGetValue(Header, out var values))
        {
            await next(context);
            return;
        }
        var key = values.ToString().Trim();
        if (key.Length is 0 or > MaxKeyLength || key.Any(char.IsControl))
        {
            await Problem(context, 400, "idempotency.key_invalid", ServerText.Get("idempotency.key_invalid", ("max", MaxKeyLength)));
            return;
        }
        var connections = context.RequestServices.GetRequiredService<IDbConnectionFactory>();
        var clock = context.RequestServices.GetRequiredService<TimeProvider>();
        var user = new CurrentUser(context.User);
        var scoped = $"{(user.IsAuthenticated ? user.ActorType + ":" + user.Id : "anonymous")}:{key}";
        context.Request.EnableBuffering();
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        context.Request.Body.Position = 0;
        var hash = Convert.ToHexString(SHA256.HashData([.. Encoding.UTF8.GetBytes(context.Request.Method + " " + context.Request.Path + context.Request.QueryString + "\n"), .. buffer.ToArray()]));
        var now = clock.GetUtcNow();

        await using (var connection = await connections.OpenAsync(context.RequestAborted))
        {
            await connection.ExecuteAsync("DELETE FROM app_idempotency WHERE created_at < @Cutoff", new { Cutoff = now - Window });
            var stored = await connection.QuerySingleOrDefaultAsync<Stored>(
                "SELECT request_hash AS RequestHash, status AS Status, content_type AS ContentType, location AS Location, etag AS ETag, body AS Body FROM app_idempotency WHERE idempotency_key = @Key",
                new { Key = scoped });
            if (stored is not null)
            {
                if (stored.RequestHash != hash)
                {
                    await Problem(context, 422, "idempotency.key_reused", ServerText.Get("idempotency.key_reused"));
                }
                else if (stored.Status == 0)
                {
                    await Problem(context, 409, "idempotency.in_progress", ServerText.Get("idempotency.in_progress"));
                }
                else
                {
                    await ReplayAsync(context, stored);
                }
                return;
            }
            try
            {
                await connection.ExecuteAsync(
                    "INSERT INTO app_idempotency (idempotency_key, request_hash, status, created_at) VALUES (@Key, @Hash, 0, @Now)", new { Key = scoped, Hash = hash, Now = now });
            }
            catch (Exception ex) when (DbErrors.IsUniqueViolation(ex))
            {
                await Problem(context, 409, "idempotency.in_progress", ServerText.Get("idempotency.in_progress"));
                return;
            }
        }

        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
            captured.Position = 0;
            await captured.CopyToAsync(original, context.RequestAborted);
            await using var connection = await connections.OpenAsync(CancellationToken.None);
            if (context.Response.StatusCode >= 500 || context.Response.StatusCode == 0)
            {
                await connection.ExecuteAsync("DELETE FROM app_idempotency WHERE idempotency_key = @Key", new { Key = scoped });
            }
            else
            {
                await connection.ExecuteAsync("""
                    UPDATE app_idempotency SET status = @Status, content_type = @ContentType, location = @Location, etag = @ETag, body = @Body
                    WHERE idempotency_key = @Key
                    """, new
                {
                    Key = scoped, Status = context.Response.StatusCode, context.Response.ContentType, Location = context.Response.Headers.Location.ToString(),
                    ETag = context.Response.Headers.ETag.ToString(), Body = Encoding.UTF8.GetString(captured.ToArray()),
                });
            }
        }
    });

    private static async Task ReplayAsync(HttpContext context, Stored stored)
    {
        context.Response.StatusCode = stored.Status;
        if (!string.IsNullOrEmpty(stored.ContentType)) context.Response.ContentType = stored.ContentType;
        if (!string.IsNullOrEmpty(stored.Location)) context.Response.Headers.Location = stored.Location;
        if (!string.IsNullOrEmpty(stored.ETag)) context.Response.Headers.ETag = stored.ETag;
        context.Response.Headers[ReplayedHeader] = "true";
        if (!string.IsNullOrEmpty(stored.Body)) await context.Response.WriteAsync(stored.Body, context.RequestAborted);
    }

    private static Task Problem(HttpContext context, int status, string code, string detail)
        => Microsoft.AspNetCore.Http.Results.Problem(detail: detail, statusCode: status, title: ProblemResults.Title(status),
            extensions: new Dictionary<string, object?> { ["code"] = code, ["traceId"] = Observability.Telemetry.TraceId(context) }).ExecuteAsync(context);

    private sealed class Stored
    {
        public string RequestHash { get; set; } = "";
        public int Status { get; set; }
        public string? ContentType { get; set; }
        public string? Location { get; set; }
        public string? ETag { get; set; }
        public string? Body { get; set; }
    }
}

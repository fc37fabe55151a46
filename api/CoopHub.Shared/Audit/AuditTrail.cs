using System.Text.Json;
using System.Text.Json.Serialization;
using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using Microsoft.AspNetCore.Http;

namespace CoopHub.Shared.Audit;

/// <summary>
/// What a command changed, collected by its handler and written to app_audit by the unit of
/// work in the command's own transaction. Handlers pass records without secrets.
/// </summary>
public sealed class AuditTrail(IHttpContextAccessor http, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly List<(string EntityType, string? EntityId, string? Before, string? After)> _entries = [];

    public void Record(string entityType, object? entityId, object? before, object? after)
        => _entries.Add((entityType, entityId?.ToString(), Serialize(before), Serialize(after)));

    internal void Clear() => _entries.Clear();

    /// <summary>Writes what was recorded, or one row naming the operation when nothing was.</summary>
    internal async Task FlushAsync(DbSession session, string operation, CancellationToken cancellationToken)
    {
        var user = CurrentUserServices.FromContext(http);
        var actorType = user.ActorType;
        var entries = _entries.Count > 0 ? _entries.ToList() : [("-", null, null, null)];
        _entries.Clear();
        var now = clock.GetUtcNow();
        await session.ExecuteAsync("""
            INSERT INTO app_audit (id, occurred_at, actor_type, actor_id, actor_name, operation, entity_type, entity_id, before_json, after_json)
            VALUES (@Id, @OccurredAt, @ActorType, @ActorId, @ActorName, @Operation, @EntityType, @EntityId, @Before, @After)
            """,
            entries.Select(e => new
            {
                Id = Guid.NewGuid(),
                OccurredAt = now,
                ActorType = actorType,
                ActorId = user.Id?.ToString(),
                ActorName = user.Name ?? actorType,
                Operation = operation,
                e.EntityType,
                e.EntityId,
                e.Before,
                e.After,
            }), cancellationToken);
    }

    private static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Json);
}

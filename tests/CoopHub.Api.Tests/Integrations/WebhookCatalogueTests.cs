using System.Reflection;
using CoopHub.Contracts.Outbox;
using CoopHub.Webhooks.Model;

namespace CoopHub.Api.Tests.Integrations;

/// <summary>The webhook catalogue is the outbox's public contract: exactly the typed records in Contracts, each type named once.</summary>
public sealed class WebhookCatalogueTests
{
    private static IReadOnlyList<Type> OutboxEvents() => typeof(IOutboxEvent).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && !t.IsInterface && typeof(IOutboxEvent).IsAssignableFrom(t)).ToList();

    private static string TypeOf(Type record)
        => (string)record.GetProperty(nameof(IOutboxEvent.Type), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    [Test]
    public void Given_the_outbox_events_in_contracts_Then_the_webhook_catalogue_lists_exactly_their_types()
    {
        var types = OutboxEvents().Select(TypeOf).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(types, Has.Count.GreaterThanOrEqualTo(6), "the scan found the outbox records");
            Assert.That(types, Is.Unique, "two records claim one event type");
            Assert.That(WebhookEventTypes.All, Is.EquivalentTo(types));
        });
    }

    [Test]
    public void Given_an_outbox_event_Then_it_is_a_sealed_record_named_for_an_event()
    {
        foreach (var record in OutboxEvents())
        {
            Assert.That(record.IsSealed && record.GetMethod("<Clone>$") is not null, Is.True, $"{record.Name} is a sealed record");
            Assert.That(record.Name, Does.EndWith("Event"), $"{record.Name}: outbox records end in Event");
        }
    }

    [Test]
    public void Given_the_api_modules_Then_none_writes_an_outbox_message_as_a_string()
    {
        var offenders = Directory.GetFiles(Infrastructure.RepoPaths.Combine("api"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Where(f => System.Text.RegularExpressions.Regex.IsMatch(File.ReadAllText(f), @"Outbox\.WriteAsync\(\s*\w+\s*,\s*"""))
            .Select(Path.GetFileName).ToList();

        Assert.That(offenders, Is.Empty, "outbox messages are typed records from Contracts");
    }
}

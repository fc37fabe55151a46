using System.Reflection;
using System.Text.Json.Nodes;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Events;
using CoopHub.Shared.Data;
using CoopHub.Shared.Security;
using Mediator;

namespace CoopHub.Api.Tests.Events;

/// <summary>The Events module keeps issue 15's shape: a use case found by its operationId, and authorizers that load nothing (ADR 0008).</summary>
public sealed class EventsShapeTests
{
    private static readonly Assembly Module = typeof(EventsModule).Assembly;

    private static IEnumerable<string> EventsOperations()
    {
        var contract = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("api", "CoopHub.Api", "openapi", "v1.json")))!;
        return contract["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => op.Value!))
            .Where(op => op["tags"]?.AsArray().Any(t => (string?)t == "Events") == true)
            .Select(op => (string)op["operationId"]!);
    }

    [Test]
    public void Given_the_events_authorizers_Then_none_reads_the_database_or_sends_a_message()
    {
        var authorizers = Module.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAuthorizer<>)))
            .ToList();
        var loading = authorizers
            .Where(t => t.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => p.ParameterType == typeof(DbSession) || p.ParameterType == typeof(ISender)))
            .Select(t => t.Name);

        Assert.That(authorizers, Is.Not.Empty);
        Assert.That(loading, Is.Empty, "the handler loads the record once and checks access on it");
    }

    [TestCaseSource(nameof(EventsOperations))]
    public void Given_an_events_operation_Then_a_file_and_an_endpoint_of_its_name_hold_it(string operationId)
    {
        var files = Directory.GetFiles(RepoPaths.Combine("api", "Modules", "Events"), operationId + ".cs", SearchOption.AllDirectories);
        var endpoint = Module.GetTypes().SingleOrDefault(t => t.Name == operationId + "Endpoint");

        Assert.That(files, Has.Length.EqualTo(1), $"{operationId}.cs");
        Assert.That(endpoint?.GetMethod("Map" + operationId, BindingFlags.Public | BindingFlags.Static), Is.Not.Null, $"{operationId}Endpoint.Map{operationId}");
    }
}

using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoopHub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;

namespace CoopHub.Api.Tests.Architecture;

/// <summary>
/// One use case per file, named by its operationId (ADR 0001), checked from the contract and the source tree so
/// the checks cannot go stale: every operation of api/CoopHub.Api/openapi/v1.json is found by its name, endpoint
/// classes are found by their <c>Map…</c> methods (not by a suffix), and no file bundles use cases.
/// </summary>
public sealed partial class UseCaseShapeTests
{
    /// <summary>Files may exceed this only with a reason written at their top (the issue's "about 200 lines").</summary>
    private const int LongFile = 220;

    private const string LongFileReason = "// Why this file is long:";

    public static readonly string[] OperationIds = ReadOperationIds();

    private static readonly Assembly[] ApiAssemblies = ArchitectureTests.Modules.Select(m => m.Assembly)
        .Append(typeof(CoopHub.Shared.SharedServices).Assembly).ToArray();

    private static readonly Type[] ApiTypes = ApiAssemblies.SelectMany(a => a.GetTypes()).ToArray();

    private static readonly string[] SourceFiles = Directory.GetFiles(RepoPaths.Combine("api"), "*.cs", SearchOption.AllDirectories)
        .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
        .ToArray();

    private static readonly string[] ModuleFiles = SourceFiles.Where(f => f.StartsWith(RepoPaths.Combine("api", "Modules"), StringComparison.Ordinal)).ToArray();

    [Test]
    public void Given_the_contract_Then_it_has_operations_to_check()
    {
        Assert.That(OperationIds, Has.Length.GreaterThan(100));
    }

    [TestCaseSource(nameof(OperationIds))]
    public void Given_an_operation_Then_a_file_or_folder_carries_its_name(string operationId)
    {
        var found = SourceFiles.Any(f => Path.GetFileNameWithoutExtension(f) == operationId || Path.GetFileName(Path.GetDirectoryName(f)) == operationId);

        Assert.That(found, Is.True, $"no file {operationId}.cs and no folder {operationId}/ under api/");
    }

    [TestCaseSource(nameof(OperationIds))]
    public void Given_an_operation_Then_its_endpoint_type_maps_it(string operationId)
    {
        var endpoint = ApiTypes.SingleOrDefault(t => t.Name == operationId + "Endpoint");

        Assert.That(endpoint, Is.Not.Null, $"no type {operationId}Endpoint");
        Assert.That(endpoint!.IsAbstract && endpoint.IsSealed, Is.True, "endpoint classes are static");
        Assert.That(endpoint.GetMethod("Map" + operationId, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static), Is.Not.Null,
            $"{endpoint.Name} has no Map{operationId} method");
    }

    [TestCaseSource(typeof(ArchitectureTests), nameof(ArchitectureTests.Modules))]
    public void Given_a_module_Then_its_README_lists_every_operation_it_owns(ArchitectureTests.Module module)
    {
        var owned = OperationIds.Where(op => module.Assembly.GetTypes().Any(t => t.Name == op + "Endpoint"));
        var readme = File.ReadAllText(RepoPaths.Combine("api", "Modules", module.Folder, "README.md"));

        Assert.That(owned.Where(op => !Regex.IsMatch(readme, $@"\b{op}\b")), Is.Empty, $"api/Modules/{module.Folder}/README.md does not name these operations");
    }

    [TestCaseSource(typeof(ArchitectureTests), nameof(ArchitectureTests.Modules))]
    public void Given_a_modules_Map_methods_Then_each_maps_one_operation_in_a_static_class_of_its_name(ArchitectureTests.Module module)
    {
        var operations = OperationIds.ToHashSet(StringComparer.Ordinal);
        var offenders = new List<string>();
        foreach (var method in MapMethods(module.Assembly))
        {
            var type = method.DeclaringType!;
            if (!(type.IsAbstract && type.IsSealed)) offenders.Add($"{type.Name} is not static");
            if (type.Name == module.Name + "Module") continue; // the module's entry composes the use cases
            var operation = method.Name["Map".Length..];
            if (!operations.Contains(operation)) offenders.Add($"{type.Name}.{method.Name} maps no single operation of that name");
            else if (type.Name != operation + "Endpoint") offenders.Add($"{type.Name}.{method.Name} belongs in {operation}Endpoint");
        }

        Assert.That(offenders, Is.Empty);
    }

    [TestCaseSource(typeof(ArchitectureTests), nameof(ArchitectureTests.Modules))]
    public void Given_a_modules_authorizers_Then_none_reads_the_database(ArchitectureTests.Module module)
    {
        // ADR 0008: authorizers hold the rules that need only the caller's roles and scopes; a handler loads its
        // resource once and checks record-level access on what it loaded.
        var loading = module.Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(CoopHub.Shared.Security.IAuthorizer<>)))
            .Where(t => t.GetConstructors().SelectMany(c => c.GetParameters())
                .Any(p => p.ParameterType == typeof(CoopHub.Shared.Data.DbSession) || p.ParameterType == typeof(Mediator.ISender)))
            .Select(t => t.Name);

        Assert.That(loading, Is.Empty);
    }

    [Test]
    public void Given_a_module_file_Then_it_names_at_most_one_operation_and_one_handler()
    {
        var offenders = new List<string>();
        foreach (var file in ModuleFiles)
        {
            var text = File.ReadAllText(file);
            var operations = WithName().Count(text);
            var handlers = RequestHandler().Count(text);
            if (operations > 1 || handlers > 1) offenders.Add($"{Relative(file)}: {operations} operations, {handlers} handlers");
        }

        Assert.That(offenders, Is.Empty, string.Join(Environment.NewLine, offenders));
    }

    [Test]
    public void Given_a_module_file_Then_it_is_short_or_says_why_not()
    {
        var offenders = ModuleFiles
            .Select(f => (File: f, Lines: File.ReadAllLines(f)))
            .Where(f => f.Lines.Length > LongFile && !f.Lines.Take(15).Any(l => l.TrimStart().StartsWith(LongFileReason, StringComparison.Ordinal)))
            .Select(f => $"{Relative(f.File)}: {f.Lines.Length} lines").ToArray();

        Assert.That(offenders, Is.Empty, $"split the file, or write '{LongFileReason} …' at its top:{Environment.NewLine}{string.Join(Environment.NewLine, offenders)}");
    }

    [TestCaseSource(nameof(ModuleFolders))]
    public void Given_a_module_Then_no_folder_repeats_its_name(string module)
    {
        var repeats = Directory.GetDirectories(RepoPaths.Combine("api", "Modules", module), module, SearchOption.AllDirectories);

        Assert.That(repeats.Select(Relative), Is.Empty);
    }

    [TestCaseSource(nameof(ModuleFolders))]
    public void Given_a_module_Then_its_paths_are_built_on_ApiRoutes(string module)
    {
        var literals = Directory.GetFiles(RepoPaths.Combine("api", "Modules", module), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, line, i)))
            .Where(x => x.line.Contains("\"/api/v1", StringComparison.Ordinal) || x.line.Contains("$\"/api/v1", StringComparison.Ordinal))
            .Select(x => $"{Relative(x.f)}:{x.i + 1}");

        Assert.That(literals, Is.Empty, "use the module's Routes file (on ApiRoutes.V1) instead of a /api/v1 literal");
    }

    public static readonly string[] ModuleFolders = ArchitectureTests.ModuleFolders;

    private static IEnumerable<MethodInfo> MapMethods(Assembly assembly)
        => assembly.GetTypes()
            // The Request Delegate Generator's interceptors (ADR 0035) are the compiler's, not a slice's.
            .Where(t => t.Namespace != "Microsoft.AspNetCore.Http.Generated")
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.StartsWith("Map", StringComparison.Ordinal) && m.Name.Length > 3 && char.IsUpper(m.Name[3]))
            .Where(m => m.GetParameters().FirstOrDefault()?.ParameterType is { } p && typeof(IEndpointRouteBuilder).IsAssignableFrom(p));

    private static string Relative(string path) => Path.GetRelativePath(RepoPaths.Root, path);

    private static string[] ReadOperationIds()
    {
        using var contract = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine("api", "CoopHub.Api", "openapi", "v1.json")));
        return contract.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(op => op.Value.ValueKind == JsonValueKind.Object && op.Value.TryGetProperty("operationId", out _))
            .Select(op => op.Value.GetProperty("operationId").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    [GeneratedRegex(@"\.WithName\(")]
    private static partial Regex WithName();

    [GeneratedRegex(@":\s*I(?:Command|Query|Request)Handler<")]
    private static partial Regex RequestHandler();
}

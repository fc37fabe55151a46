using System.Reflection;
using System.Text.RegularExpressions;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;
using Mediator;
using NetArchTest.Rules;

namespace CoopHub.Api.Tests.Architecture;

/// <summary>Module walls, checked once per module from one list (add a module here when it lands).</summary>
public sealed partial class ArchitectureTests
{
    public sealed record Module(string Name, Assembly Assembly, string TablePrefix, string Folder)
    {
        public override string ToString() => Name;
    }

    public static readonly Module[] Modules =
    [
        new("Cooperatives", typeof(CooperativesModule).Assembly, "coop_", "Cooperatives"),
        new("Identity", typeof(CoopHub.Identity.IdentityModule).Assembly, "app_", "Identity"),
        new("Networks", typeof(CoopHub.Networks.NetworksModule).Assembly, "net_", "Networks"),
        new("Programs", typeof(CoopHub.Programs.ProgramsModule).Assembly, "prog_", "Programs"),
        new("Events", typeof(CoopHub.Events.EventsModule).Assembly, "evt_", "Events"),
        new("ProjectBank", typeof(CoopHub.ProjectBank.ProjectBankModule).Assembly, "bank_", "ProjectBank"),
        new("Webhooks", typeof(CoopHub.Webhooks.WebhooksModule).Assembly, "app_webhook", "Webhooks"),
    ];

    private static readonly string[] ModuleAssemblyNames = Modules.Select(m => m.Assembly.GetName().Name!).ToArray();

    [TestCaseSource(nameof(Modules))]
    public void Given_a_module_Then_it_references_no_other_module(Module module)
    {
        var forbidden = ModuleAssemblyNames.Where(n => n != module.Assembly.GetName().Name).Append("CoopHub.Api").ToHashSet();
        var referenced = module.Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        Assert.That(referenced.Where(forbidden.Contains), Is.Empty);
    }

    [TestCaseSource(nameof(Modules))]
    public void Given_a_module_Then_its_only_public_type_is_its_entry(Module module)
    {
        var publicTypes = module.Assembly.GetExportedTypes().Select(t => t.Name).ToArray();

        Assert.That(publicTypes, Is.EqualTo(new[] { module.Name + "Module" }));
    }

    [TestCaseSource(nameof(Modules))]
    public void Given_a_module_Then_its_handlers_are_internal_and_sealed(Module module)
    {
        var handlers = Types.InAssembly(module.Assembly).That()
            .ImplementInterface(typeof(IRequestHandler<,>)).Or().ImplementInterface(typeof(ICommandHandler<,>))
            .Or().ImplementInterface(typeof(IQueryHandler<,>)).Or().ImplementInterface(typeof(INotificationHandler<>));

        Assert.That(handlers.GetTypes(), Is.Not.Empty);
        var result = handlers.Should().NotBePublic().And().BeSealed().GetResult();
        Assert.That(result.IsSuccessful, Is.True, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [TestCaseSource(nameof(Modules))]
    public void Given_a_module_Then_every_command_has_an_authorizer(Module module)
    {
        var commands = module.Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(IBaseCommand).IsAssignableFrom(t)).ToArray();
        var authorized = module.Assembly.GetTypes()
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(CoopHub.Shared.Security.IAuthorizer<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToHashSet();

        Assert.That(commands, Is.Not.Empty);
        Assert.That(commands.Where(c => !authorized.Contains(c)).Select(c => c.Name), Is.Empty, "commands without an IAuthorizer: access must fail closed");
    }

    [TestCaseSource(nameof(Modules))]
    public void Given_a_module_Then_its_endpoint_classes_are_static(Module module)
    {
        var endpoints = module.Assembly.GetTypes().Where(t => t.Name.EndsWith("Endpoint", StringComparison.Ordinal)).ToArray();

        Assert.That(endpoints, Is.Not.Empty);
        Assert.That(endpoints.Where(t => !(t.IsAbstract && t.IsSealed)).Select(t => t.Name), Is.Empty);
    }

    [TestCaseSource(nameof(Modules))]
    public void Given_a_modules_sql_Then_it_names_only_its_own_tables(Module module)
    {
        var folder = RepoPaths.Combine("api", "Modules", module.Folder);
        var offenders = new List<string>();
        var seen = 0;
        foreach (var file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains("/obj/") && !f.Contains("/bin/")))
        {
            foreach (Match match in TableReference().Matches(File.ReadAllText(file)))
            {
                var table = match.Groups["table"].Value;
                seen++;
                if (!table.StartsWith(module.TablePrefix, StringComparison.Ordinal)) offenders.Add($"{Path.GetFileName(file)}: {table}");
            }
        }
        Assert.That(seen, Is.GreaterThan(0), "the scan found no SQL at all");
        Assert.That(offenders, Is.Empty);
    }

    [TestCaseSource(nameof(Modules))]
    public void Given_a_modules_migrations_Then_they_create_only_its_own_tables(Module module)
    {
        foreach (var engine in new[] { "sqlite", "sqlserver" })
        {
            var scripts = Directory.GetFiles(RepoPaths.Combine("db", "migrations", engine), $"*_{module.Name.ToLowerInvariant()}_*.sql");
            Assert.That(scripts, Is.Not.Empty);
            foreach (var script in scripts)
            {
                var tables = CreateTable().Matches(File.ReadAllText(script)).Select(m => m.Groups["table"].Value);
                Assert.That(tables, Is.All.StartsWith(module.TablePrefix), script);
            }
        }
    }

    [Test]
    public void Given_all_api_types_Then_their_names_are_unique_across_modules()
    {
        var assemblies = Modules.Select(m => m.Assembly).Append(typeof(CoopHub.Shared.SharedServices).Assembly).Append(typeof(CoopHub.Contracts.Cooperatives.GetCooperativeSummary).Assembly);
        var names = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsNested && !t.Name.StartsWith('<') && t.Namespace is not null && !t.Namespace.StartsWith("Microsoft", StringComparison.Ordinal))
            .Where(t => t.IsClass || t.IsEnum || t.IsValueType)
            .Where(t => t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.That(names, Is.Empty);
    }

    [Test]
    public void Given_the_contracts_Then_they_reference_no_module()
    {
        var referenced = typeof(CoopHub.Contracts.Cooperatives.GetCooperativeSummary).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.That(referenced.Where(n => ModuleAssemblyNames.Append("CoopHub.Shared").Contains(n)), Is.Empty);
    }

    [Test]
    public void Given_the_shared_plumbing_Then_it_knows_no_module()
    {
        var referenced = typeof(CoopHub.Shared.SharedServices).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.That(referenced.Where(n => ModuleAssemblyNames.Contains(n)), Is.Empty);
    }

    // SQL keywords are upper case and table names snake case with a prefix, so prose does not match.
    [GeneratedRegex(@"\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?<table>[a-z][a-z0-9]*_[a-z0-9_]+)\b")]
    private static partial Regex TableReference();

    [GeneratedRegex(@"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?<table>[a-z][a-z0-9_]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();
}

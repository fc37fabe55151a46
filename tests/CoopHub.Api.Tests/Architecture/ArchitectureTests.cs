using System.Reflection;
using System.Text.RegularExpressions;
using CoopHub.Api.Tests.Infrastructure;
using CoopHub.Cooperatives;
using Mediator;
using NetArchTest.Rules;

namespace CoopHub.Api.Tests.Architecture;

/// <summary>
/// Module walls, checked once per module. The module list is read from the folders under api/Modules, so a new
/// module is checked the day its folder lands (and fails until its table prefix is declared below).
/// </summary>
public sealed partial class ArchitectureTests
{
    public sealed record Module(string Name, Assembly Assembly, string TablePrefix, string Folder)
    {
        public override string ToString() => Name;
    }

    /// <summary>Each module's table prefix (ADR 0004); the platform's tables are <c>app_</c>.</summary>
    private static readonly Dictionary<string, string> TablePrefixes = new()
    {
        ["Cooperatives"] = "coop_",
        ["Identity"] = "idn_",
        ["Networks"] = "net_",
        ["Programs"] = "prog_",
        ["Events"] = "evt_",
        ["ProjectBank"] = "bank_",
        ["Webhooks"] = "app_webhook",
        ["Notifications"] = "ntf_",
        ["Documents"] = "doc_",
    };

    /// <summary>Platform tables a module's SQL may name, each with its reason.</summary>
    private static readonly Dictionary<string, string[]> PlatformTablesRead = new()
    {
        // Shared's unit of work writes the audit trail for every module; Identity's ListAudit shows it to administrators.
        ["Identity"] = ["app_audit"],
    };

    public static readonly string[] ModuleFolders = Directory.GetDirectories(RepoPaths.Combine("api", "Modules"))
        .Select(Path.GetFileName).Select(f => f!).Order(StringComparer.Ordinal).ToArray();

    public static readonly Module[] Modules = ModuleFolders
        .Select(folder => new Module(folder, Assembly.Load("CoopHub." + folder), TablePrefixes.GetValueOrDefault(folder, "(undeclared)"), folder))
        .ToArray();

    [TestCaseSource(nameof(ModuleFolders))]
    public void Given_a_module_folder_Then_it_is_an_assembly_with_a_declared_table_prefix(string folder)
    {
        Assert.That(TablePrefixes.ContainsKey(folder), Is.True, $"declare the table prefix of api/Modules/{folder} (ADR 0004)");
        Assert.That(File.Exists(RepoPaths.Combine("api", "Modules", folder, $"CoopHub.{folder}.csproj")), Is.True);
        Assert.That(File.Exists(RepoPaths.Combine("api", "Modules", folder, "README.md")), Is.True, "every module has a README");
    }

    [Test]
    public void Given_the_module_folders_Then_the_host_references_each_one()
    {
        var referenced = typeof(Program).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToHashSet();

        Assert.That(ModuleFolders.Where(f => !referenced.Contains("CoopHub." + f)), Is.Empty, "a module folder the API does not load");
    }

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
                var allowed = table.StartsWith(module.TablePrefix, StringComparison.Ordinal) || PlatformTablesRead.GetValueOrDefault(module.Name, []).Contains(table);
                if (!allowed) offenders.Add($"{Path.GetFileName(file)}: {table}");
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
            var scripts = Directory.GetFiles(RepoPaths.Combine("db", "migrations", engine), $"*_{module.Name.ToLowerInvariant()}_*.sql").Order(StringComparer.Ordinal).ToArray();
            Assert.That(scripts, Is.Not.Empty);
            // Applied scripts never change (their checksum is recorded), so a table is judged by its name after the module's later renames.
            var tables = new HashSet<string>(StringComparer.Ordinal);
            foreach (var sql in scripts.Select(File.ReadAllText))
            {
                tables.UnionWith(CreateTable().Matches(sql).Select(m => m.Groups["table"].Value));
                foreach (Match rename in RenameTable().Matches(sql))
                {
                    if (tables.Remove(rename.Groups["from"].Value)) tables.Add(rename.Groups["to"].Value);
                }
            }
            tables.ExceptWith(PlatformTablesRead.GetValueOrDefault(module.Name, []));
            Assert.That(tables, Is.All.StartsWith(module.TablePrefix), engine);
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

    [GeneratedRegex(@"(?:ALTER\s+TABLE\s+(?<from>[a-z][a-z0-9_]*)\s+RENAME\s+TO\s+(?<to>[a-z][a-z0-9_]*))|(?:sp_rename\s+N?'(?<from>[a-z][a-z0-9_]*)'\s*,\s*N?'(?<to>[a-z][a-z0-9_]*)'\s*;)", RegexOptions.IgnoreCase)]
    private static partial Regex RenameTable();

    [GeneratedRegex(@"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?<table>[a-z][a-z0-9_]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();
}

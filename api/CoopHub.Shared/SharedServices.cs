using CoopHub.Shared.Data;
using CoopHub.Shared.Migrations;
using CoopHub.Shared.Pipeline;
using CoopHub.Shared.Reference;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Shared;

public static class SharedServices
{
    /// <summary>Data access, migrations, reference data and the request-scoped unit of work.</summary>
    public static IServiceCollection AddCoopHubShared(this IServiceCollection services, IConfiguration configuration)
    {
        TypeHandlers.Register();
        ValidatorOptions.Global.PropertyNameResolver = (_, member, expression) =>
            member is null ? null : JsonNames.CamelCasePath(FluentValidation.Internal.PropertyChain.FromExpression(expression).ToString() is { Length: > 0 } chain ? chain : member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNames.CamelCasePath(member.Name);
        // FluentValidation's own messages come from the catalogues, in the reader's language (ADR 0020).
        Localization.ValidationText.Install();
        services.AddLocalization();

        var options = new DatabaseOptions();
        configuration.GetSection("Database").Bind(options);
        options.ConnectionString = configuration.GetConnectionString("CoopHub") ?? options.ConnectionString;
        services.AddSingleton(options);
        if (options.Provider == DatabaseProvider.SqlServer)
        {
            services.AddSingleton<IDbConnectionFactory, SqlServerConnectionFactory>();
            services.AddSingleton<ISqlDialect, SqlServerDialect>();
        }
        else
        {
            services.AddSingleton<IDbConnectionFactory, SqliteConnectionFactory>();
            services.AddSingleton<ISqlDialect, SqliteDialect>();
        }
        services.AddSingleton(TransientErrors.CreatePipeline());
        services.AddSingleton<Migrator>();
        // The limits that protect accounts and codes, counted where every instance sees them (ADR 0031).
        services.AddSingleton<Hosting.RateCounters>();
        services.AddSingleton<ReferenceData>();
        // The modules' outbox queues read together, cached a few seconds, for the metrics and /health/ready (ADR 0033).
        var backlogCache = configuration.GetValue("Observability:BacklogCacheSeconds", 5.0);
        services.AddSingleton(sp => new Outbox.OutboxBacklog(
            sp.GetServices<Outbox.IOutboxQueue>(), sp.GetRequiredService<IDbConnectionFactory>(), sp.GetRequiredService<TimeProvider>(), TimeSpan.FromSeconds(backlogCache)));
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DbSession>();
        services.AddScoped<DomainEvents>();
        services.AddScoped<Audit.AuditTrail>();
        services.AddHttpContextAccessor();
        // The caller of the request (the system outside one), for handlers whose answer depends on who asks.
        services.AddScoped(sp => Security.CurrentUserServices.FromContext(sp.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>()));
        return services;
    }
}

public static class JsonNames
{
    /// <summary><c>Members.Women</c> → <c>members.women</c>, as the JSON body spells it.</summary>
    public static string CamelCasePath(string path) => string.Join('.', path.Split('.').Select(CamelCase));

    private static string CamelCase(string segment)
        => segment.Length == 0 || char.IsLower(segment[0]) ? segment : char.ToLowerInvariant(segment[0]) + segment[1..];
}

/// <summary>Each module that ships demo data implements this; the host runs them on an empty database.</summary>
public interface IDemoDataSeeder
{
    Task<bool> HasDataAsync(CancellationToken cancellationToken);

    Task SeedAsync(CancellationToken cancellationToken);
}

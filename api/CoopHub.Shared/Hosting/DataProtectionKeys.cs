using System.Xml.Linq;
using CoopHub.Shared.Data;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Shared.Hosting;

/// <summary>
/// Data Protection's key ring in <c>app_data_protection_keys</c> (ADR 0031), so the session cookie and the antiforgery
/// token one instance issues are read by every other, and a restart (a new container) signs nobody out. The keys are
/// stored as Data Protection writes them; the database's own protection (access, encryption at rest) guards them.
/// </summary>
public static class DataProtectionKeys
{
    /// <summary>One application name for every instance: the purposes a cookie is protected under must match everywhere.</summary>
    public const string ApplicationName = "CoopHub";

    public static IServiceCollection AddCoopHubDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IDbConnectionFactory, TimeProvider>(
            (options, connections, clock) => options.XmlRepository = new DatabaseXmlRepository(connections, clock));
        return services;
    }
}

/// <summary>
/// The key ring's rows. Data Protection calls this synchronously and rarely (at start, when a key is created, when a
/// cookie names a key this instance has not seen, and once a day), so blocking on the database here costs nothing a
/// request would notice.
/// </summary>
internal sealed class DatabaseXmlRepository(IDbConnectionFactory connections, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = connections.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        return connection.Query<string>("SELECT xml FROM app_data_protection_keys ORDER BY created_at, friendly_name")
            .Select(xml => XElement.Parse(xml)).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = connections.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
        var args = new { Name = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting), At = clock.GetUtcNow() };
        // Names are unique per key ("key-{guid}"); a repeated name (a revocation written twice) replaces the row.
        if (connection.Execute("UPDATE app_data_protection_keys SET xml = @Xml WHERE friendly_name = @Name", args) == 0)
        {
            connection.Execute("INSERT INTO app_data_protection_keys (friendly_name, xml, created_at) VALUES (@Name, @Xml, @At)", args);
        }
    }
}

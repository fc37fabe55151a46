using CoopHub.Documents.Model;
using CoopHub.Documents.Retention;
using CoopHub.Documents.Vault;
using CoopHub.Shared.Security;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoopHub.Documents;

/// <summary>The module's one public entry: each cooperative's document vault, its blob store and the purge.</summary>
public static class DocumentsModule
{
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        CoopHub.Shared.Localization.ServerText.AddCatalogue("documents", typeof(DocumentsModule).Assembly);
        // Tests run the purge themselves, with their own clock.
        var options = new DocumentOptions { Purge = !environment.IsEnvironment("Testing") };
        configuration.GetSection("Documents").Bind(options);
        services.AddSingleton(options);
        var root = configuration["Files:Root"] is { Length: > 0 } configured ? configured : Path.Combine("data", "files");
        // Relative to the working directory, like data/mail: one folder every instance shares.
        services.AddSingleton<IBlobStore>(new FileBlobStore(root));
        services.AddValidatorsFromAssembly(typeof(DocumentsModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAuthorizersFromAssembly(typeof(DocumentsModule).Assembly);
        services.AddSingleton<DocumentPurger>();
        services.AddHostedService(sp => sp.GetRequiredService<DocumentPurger>());
        return services;
    }

    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        var options = ((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<DocumentOptions>();
        // Reading a document answers 404 to whoever may not see it, anonymous callers included (the rule), so
        // only the writes require an identity up front.
        api.MapGroup(DocumentsRoutes.CooperativesPrefix).WithTags("Documents")
            .MapListCooperativeDocuments()
            .MapUploadCooperativeDocument(options);
        api.MapGroup(DocumentsRoutes.Prefix).WithTags("Documents")
            .MapGetDocument()
            .MapDownloadDocument()
            .MapGetDocumentThumbnail()
            .MapDeleteDocument();
        return api;
    }
}

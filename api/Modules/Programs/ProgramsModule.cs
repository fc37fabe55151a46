using CoopHub.Programs.Applications;
using CoopHub.Programs.Calls;
using CoopHub.Programs.DemoData;
using CoopHub.Programs.Catalogue;
using CoopHub.Programs.Reports;
using CoopHub.Programs.Reviews;
using CoopHub.Programs.Support;
using CoopHub.Shared;
using CoopHub.Shared.Security;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.Programs;

/// <summary>The module's one public entry: programs, calls, applications, reviews, support and outcomes.</summary>
public static class ProgramsModule
{
    public static IServiceCollection AddPrograms(this IServiceCollection services)
    {
        CoopHub.Shared.Localization.ServerText.AddCatalogue("programs", typeof(ProgramsModule).Assembly);
        services.AddValidatorsFromAssembly(typeof(ProgramsModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAuthorizersFromAssembly(typeof(ProgramsModule).Assembly);
        services.AddScoped<IDemoDataSeeder, ProgramsDemoSeeder>();
        services.AddSingleton<CoopHub.Shared.Migrations.IMigrationStep, Model.ProgramSearch.Reindex>();
        return services;
    }

    public static RouteGroupBuilder MapPrograms(this RouteGroupBuilder api)
    {
        api.MapGroup(ProgramsRoutes.ProgramsPrefix).WithTags("Programs")
            .MapListPrograms()
            .MapGetProgram()
            .MapCreateProgram()
            .MapUpdateProgram()
            .MapExportProgramIati()
            .MapExportProgram360Giving()
            .MapGetProgramReport()
            .MapExportProgramReport();
        var calls = api.MapGroup(ProgramsRoutes.CallsPrefix).WithTags("Calls")
            .MapListCalls()
            .MapGetCall()
            .MapCreateCall()
            .MapUpdateCall();
        var applications = api.MapGroup(ProgramsRoutes.ApplicationsPrefix).WithTags("Applications");
        calls.MapListEligibleCooperatives();
        api.MapListOpenCallsForCooperative();
        calls.MapCreateApplication();
        applications
            .MapListApplications()
            .MapGetApplication()
            .MapUpdateApplication()
            .MapSubmitApplication()
            .MapOverrideEligibility()
            .MapTransitionApplication()
            .MapGetApplicationHistory()
            .MapDownloadApplicationDocument();
        calls
            .MapListCallReviewers()
            .MapListReviewerCandidates()
            .MapAssignCallReviewer()
            .MapRemoveCallReviewer()
            .MapGetCallRanking();
        applications
            .MapListApplicationReviews()
            .MapScoreApplication();
        api.MapGetMyReviewQueue();
        applications
            .MapGetApplicationSupport()
            .MapRecordSupport()
            .MapRecordOutcome();
        return api;
    }
}

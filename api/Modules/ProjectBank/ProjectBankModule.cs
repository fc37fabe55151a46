using CoopHub.ProjectBank.Competitions;
using CoopHub.ProjectBank.DemoData;
using CoopHub.ProjectBank.Ideas;
using CoopHub.ProjectBank.Judging;
using CoopHub.Shared;
using CoopHub.Shared.Security;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopHub.ProjectBank;

/// <summary>The module's one public entry: the bank of cooperative project ideas, adoptions, ideathons with jury scoring, and the path to financing.</summary>
public static class ProjectBankModule
{
    public static IServiceCollection AddProjectBank(this IServiceCollection services)
    {
        CoopHub.Shared.Localization.ServerText.AddCatalogue("bank", typeof(ProjectBankModule).Assembly);
        services.AddValidatorsFromAssembly(typeof(ProjectBankModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAuthorizersFromAssembly(typeof(ProjectBankModule).Assembly);
        services.AddScoped<IDemoDataSeeder, ProjectBankDemoSeeder>();
        services.AddSingleton<CoopHub.Shared.Migrations.IMigrationStep, Model.IdeaSearch.Reindex>();
        return services;
    }

    public static RouteGroupBuilder MapProjectBank(this RouteGroupBuilder api)
    {
        api.MapGroup(ProjectBankRoutes.IdeasPrefix).WithTags("Ideas")
            .MapListIdeas()
            .MapGetIdea()
            .MapCreateIdea()
            .MapUpdateIdea()
            .MapTransitionIdea()
            .MapAdoptIdea()
            .MapListIdeaAdoptions()
            .MapListIdeaFinancing()
            .MapLinkIdeaToCall();
        api.MapGroup(ProjectBankRoutes.CompetitionsPrefix).WithTags("Competitions")
            .MapListCompetitions()
            .MapGetCompetition()
            .MapCreateCompetition()
            .MapUpdateCompetition()
            .MapEnterCompetition()
            .MapListCompetitionEntries()
            .MapAssignJuror()
            .MapGetJuryProgress()
            .MapListJurorCandidates()
            .MapGetMyJuryAssignment()
            .MapScoreEntry()
            .MapGetCompetitionRanking()
            .MapExportCompetitionRanking()
            .MapSetCompetitionAwards();
        return api;
    }
}

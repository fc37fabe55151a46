using CoopHub.Shared.Results;

namespace CoopHub.ProjectBank.Model;

/// <summary>The not-found answers of the module, so a hidden record and a missing one read the same everywhere.</summary>
internal static class BankErrors
{
    public static Error IdeaNotFound(Guid id) => Error.NotFoundUntranslated("idea.not_found", $"No idea has id {id}.");

    public static Error CompetitionNotFound(Guid id) => Error.NotFoundUntranslated("competition.not_found", $"No competition has id {id}.");

    public static Error EntryNotFound(Guid id) => Error.NotFoundUntranslated("entry.not_found", $"No entry has id {id} in this competition.");
}

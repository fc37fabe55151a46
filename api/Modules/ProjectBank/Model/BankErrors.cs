using CoopHub.Shared.Results;

namespace CoopHub.ProjectBank.Model;

/// <summary>The not-found answers of the module, so a hidden record and a missing one read the same everywhere.</summary>
internal static class BankErrors
{
    public static Error IdeaNotFound() => Error.NotFound("idea.not_found");

    public static Error CompetitionNotFound() => Error.NotFound("competition.not_found");

    public static Error EntryNotFound() => Error.NotFound("entry.not_found");
}

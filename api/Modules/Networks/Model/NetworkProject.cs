// A project a network tracks, as the API shows it, shared by the project list and its creation.
namespace CoopHub.Networks.Model;

internal enum ProjectStatus { Planned, Ongoing, Completed, Suspended }

internal sealed record NetworkProject(Guid Id, string Title, string? Description, string? Sector, IReadOnlyList<Guid> Memberships, DateOnly? StartedOn, ProjectStatus Status);

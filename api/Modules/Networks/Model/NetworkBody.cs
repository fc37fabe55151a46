// A body of a network (assembly, bureau, working body) as the API shows it, with its mandates.
namespace CoopHub.Networks.Model;

internal enum BodyKind { GeneralAssembly, ExecutiveBureau, WorkingBody }

internal sealed record NetworkBody(Guid Id, BodyKind Kind, string? NameAr, string? NameFr, string? Purpose, IReadOnlyList<NetworkMandate> Mandates);

namespace CoopHub.Api.Tests.Infrastructure;

/// <summary>Files of this repository (never of anything outside it).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CoopHub.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("CoopHub.sln not found above " + AppContext.BaseDirectory);
    }
}

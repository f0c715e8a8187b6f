namespace StaticSite.Tests.Harness;

/// <summary>Locates the repository by walking up from the test assembly to <c>StaticSite.sln</c>.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Themes => Path.Combine(Root, "themes");

    public static string Content => Path.Combine(Root, "content");

    /// <summary>The golden files live in the source tree, so regenerating them updates what is committed.</summary>
    public static string Golden => Path.Combine(Root, "tests", "StaticSite.Tests", "Golden");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No StaticSite.sln above {AppContext.BaseDirectory}.");
    }
}

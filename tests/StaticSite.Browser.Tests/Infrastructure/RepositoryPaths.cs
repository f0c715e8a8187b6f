namespace StaticSite.Browser.Tests.Infrastructure;

/// <summary>Locates the repository by walking up from the test assembly to <c>StaticSite.sln</c>.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Themes => Path.Combine(Root, "themes");

    /// <summary>axe-core from <c>tests/package.json</c> (<c>npm ci</c> in <c>tests/</c>).</summary>
    public static string AxeScript => Path.Combine(Root, "tests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Git-ignored folder for screenshots and reports (<c>TestResults/</c>).</summary>
    public static string Results => Path.Combine(Root, "tests", "StaticSite.Browser.Tests", "TestResults");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No StaticSite.sln above {AppContext.BaseDirectory}.");
    }
}

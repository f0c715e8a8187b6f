namespace StaticSite.Search.Tests;

/// <summary>Locates the repository and the shared data folder next to it.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The <c>shared/</c> folder beside the clone (<c>&lt;clone&gt;/../shared</c>).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    public static string ThemeDirectory => Path.Combine(RepositoryRoot, "themes", "default");

    public static string NodeScripts => Path.Combine(RepositoryRoot, "tests", "StaticSite.Search.Tests", "node");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No StaticSite.sln above {AppContext.BaseDirectory}.");
    }
}

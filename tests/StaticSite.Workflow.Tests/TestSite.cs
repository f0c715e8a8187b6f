using StaticSite.Cli;

namespace StaticSite.Workflow.Tests;

/// <summary>
/// A small site declared inline in a test, written to a fresh temporary folder: content files
/// by path, with the repository's themes. Runs <c>staticsite</c> in-process against it.
/// </summary>
internal sealed class TestSite : IDisposable
{
    public const string RegionYml = "name: \"Steunpunt Test\"\nbaseUrl: \"https://test.example.org/\"\n";

    public TestSite(params (string Path, string Text)[] files)
    {
        Root = Path.Combine(Path.GetTempPath(), "staticsite-workflow-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Content);
        foreach (var (path, text) in files) Write(path, text);
    }

    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public static string Themes => Path.Combine(RepositoryRoot, "themes");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Writes a file under content/.</summary>
    public void Write(string path, string text)
    {
        var full = Path.Combine(Content, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string Read(string path) => File.ReadAllText(Path.Combine(Content, path));

    /// <summary>Runs a command with <c>--content</c> (and <c>--themes</c> where the command has it) pointing at this site.</summary>
    public (int Exit, string Output, string Error) Run(params string[] args)
    {
        var extra = args[0] switch
        {
            "check" or "build" => new[] { "--content", Content, "--themes", Themes },
            "new" => ["--content", Content],
            _ => [],
        };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = StaticSiteCommandLine.Run([.. args, .. extra], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    public static string Page(string title, string body, string extraFrontMatter = "") =>
        $"---\ntitle: \"{title}\"\n{extraFrontMatter}---\n{body}";

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No StaticSite.sln above {AppContext.BaseDirectory}.");
    }
}

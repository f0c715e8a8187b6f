using Microsoft.Playwright;
using StaticSite.Build;
using StaticSite.Cli.Preview;

namespace StaticSite.Browser.Tests.Infrastructure;

/// <summary>
/// <c>staticsite serve</c> with the web editor over a fresh copy of the example content (so the tests
/// may write, edit and delete pages without touching the repository's content/), on 127.0.0.1.
/// </summary>
public sealed class EditorServer : IAsyncDisposable
{
    private EditorServer(string root, PreviewServer server) => (Root, Server) = (root, server);

    /// <summary>The project folder of the copy (it holds content/).</summary>
    public string Root { get; }

    public PreviewServer Server { get; }

    public string Content => Path.Combine(Root, "content");

    /// <summary>The editor's address: <c>http://127.0.0.1:PORT/&lt;base path&gt;admin/</c>.</summary>
    public string AdminUrl => new Uri(Server.Address!, Server.BasePath + "admin/").ToString();

    /// <summary>Absolute URL of a site path (<c>/ouders/</c>) in the preview.</summary>
    public string SiteUrl(string sitePath) => new Uri(Server.Address!, Server.BasePath.TrimEnd('/') + sitePath).ToString();

    /// <summary>A file under content/, by path relative to it.</summary>
    public string File(string relative) => Path.Combine(Content, relative);

    public static async Task<EditorServer> StartAsync(string region = "utrecht", IEnumerable<(string Path, string Text)>? extra = null, string? content = null)
    {
        var root = Path.Combine(Path.GetTempPath(), "staticsite-editor-" + Guid.NewGuid().ToString("N")[..8]);
        Copy(content ?? RepositoryPaths.Content, Path.Combine(root, "content"));
        foreach (var (path, text) in extra ?? [])
        {
            var full = Path.Combine(root, "content", path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllText(full, text);
        }
        var server = new PreviewServer(region, new BuildOptions(Path.Combine(root, "content"), RepositoryPaths.Themes), TextWriter.Null);
        await server.StartAsync(0);
        return new EditorServer(root, server);
    }

    /// <summary>Opens the editor in <paramref name="page"/>, logs in to the local backend and waits for the collection list.</summary>
    public async Task LogInAsync(IPage page)
    {
        // Decap is 5 MB of script that the page runs before "load"; on a loaded CI machine that takes
        // longer than the 10 s the other browser tests allow for a page.
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(AdminUrl, new() { WaitUntil = WaitUntilState.Commit, Timeout = 60_000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync(new() { Timeout = 60_000 });
        await page.GetByRole(AriaRole.Link, new() { Name = "Organisaties", Exact = true }).WaitForAsync(new() { Timeout = 30_000 });
    }

    /// <summary>Waits until <paramref name="relative"/> under content/ satisfies <paramref name="done"/> (a save reaches the disk after the answer).</summary>
    public async Task<string?> WaitForFileAsync(string relative, Func<string?, bool> done, int timeoutMs = 15_000)
    {
        var full = File(relative);
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (true)
        {
            var text = System.IO.File.Exists(full) ? await System.IO.File.ReadAllTextAsync(full) : null;
            if (done(text) || DateTime.UtcNow > deadline) return text;
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void Copy(string from, string to)
    {
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            System.IO.File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}

using StaticSite.Browser.Tests.Infrastructure;
using StaticSite.Build;
using StaticSite.Cli.Preview;
using static Microsoft.Playwright.Assertions;

namespace StaticSite.Browser.Tests;

/// <summary>
/// Issue 5: an editor who saves a file sees the open tab update by itself. The preview server
/// (<c>staticsite serve</c>) runs on 127.0.0.1 over a small site in a temporary folder; Chromium has
/// the page open; the test edits the Markdown file and waits for the new text in that same tab.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewReloadTests(BrowserFixture browser)
{
    [Fact]
    public async Task Saving_a_page_reloads_the_open_tab_with_the_new_text()
    {
        var root = Path.Combine(Path.GetTempPath(), "staticsite-preview-" + Guid.NewGuid().ToString("N")[..8]);
        var page = WriteSite(root);
        try
        {

            await using var server = new PreviewServer("regio", new BuildOptions(Path.Combine(root, "content"), RepositoryPaths.Themes), TextWriter.Null);
            await server.StartAsync(0);
            // The server finishes deferred work (search index, feeds) after it starts and tells open
            // tabs; wait until it is quiet so the only reload the test sees is the one after the edit.
            await WaitUntilQuietAsync(server.Address!);
            await using var session = await browser.NewPageAsync();
            var tab = session.Page;
            await tab.GotoAsync(new Uri(server.Address!, "/regio/ouders/tlv/").ToString());
            await Expect(tab.Locator("main")).ToContainTextAsync("Eerste versie van de tekst.");
            // Survives only as long as the tab is not reloaded.
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await tab.EvaluateAsync("() => { window.__notReloaded = true; }");
                    break;
                }
                catch (Microsoft.Playwright.PlaywrightException) when (attempt < 3)
                {
                    await tab.WaitForLoadStateAsync(); // a late reload for the server's own deferred work
                }
            }

            File.WriteAllText(page, "---\ntitle: TLV\n---\nTweede versie, net opgeslagen.\n");

            await Expect(tab.Locator("main")).ToContainTextAsync("Tweede versie, net opgeslagen.", new() { Timeout = 15_000 });
            // The text can appear while a second reload (the server's deferred work) is still under way,
            // which destroys the page's script context mid-call: ask again once the tab has loaded.
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    await tab.WaitForLoadStateAsync();
                    Assert.Null(await tab.EvaluateAsync<bool?>("() => window.__notReloaded ?? null"));
                    break;
                }
                catch (Microsoft.Playwright.PlaywrightException) when (attempt < 3)
                {
                }
            }
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public async Task A_save_published_while_the_tab_was_still_loading_reloads_it()
    {
        var root = Path.Combine(Path.GetTempPath(), "staticsite-preview-" + Guid.NewGuid().ToString("N")[..8]);
        var page = WriteSite(root);
        try
        {
            await using var server = new PreviewServer("regio", new BuildOptions(Path.Combine(root, "content"), RepositoryPaths.Themes), TextWriter.Null);
            await server.StartAsync(0);
            await WaitUntilQuietAsync(server.Address!);
            await using var session = await browser.NewPageAsync();
            var tab = session.Page;
            // The tab's page arrives, but its live-reload connection is held back until the save is published:
            // what happens when a phone or a busy machine loads the page slowly right after a save.
            var published = new TaskCompletionSource();
            await tab.RouteAsync("**" + LiveReload.EventsPath + "*", async route =>
            {
                await published.Task;
                await route.ContinueAsync();
            });
            await tab.GotoAsync(new Uri(server.Address!, "/regio/ouders/tlv/").ToString());
            await Expect(tab.Locator("main")).ToContainTextAsync("Eerste versie van de tekst.");

            File.WriteAllText(page, "---\ntitle: TLV\n---\nTweede versie, opgeslagen terwijl de pagina laadde.\n");
            using (var http = new HttpClient { BaseAddress = server.Address })
            {
                var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
                while (!(await http.GetStringAsync("/regio/ouders/tlv/")).Contains("Tweede versie") && DateTime.UtcNow < deadline) await Task.Delay(50);
            }
            published.SetResult();

            await Expect(tab.Locator("main")).ToContainTextAsync("Tweede versie, opgeslagen terwijl de pagina laadde.", new() { Timeout = 15_000 });
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>A one-region site with a home page and <c>ouders/tlv.md</c> (returned) in <paramref name="root"/>/content.</summary>
    private static string WriteSite(string root)
    {
        var page = Path.Combine(root, "content", "regio", "ouders", "tlv.md");
        Directory.CreateDirectory(Path.GetDirectoryName(page)!);
        File.WriteAllText(Path.Combine(root, "content", "regio", "region.yml"), "name: \"Steunpunt Test\"\nbaseUrl: \"https://example.org/regio/\"\n");
        File.WriteAllText(Path.Combine(root, "content", "regio", "index.md"), "---\ntitle: Welkom\n---\nZie [de TLV](/ouders/tlv/).\n");
        File.WriteAllText(page, "---\ntitle: TLV\n---\nEerste versie van de tekst.\n");
        return page;
    }

    private static async Task WaitUntilQuietAsync(Uri address)
    {
        using var http = new HttpClient { BaseAddress = address };
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            var status = await http.GetStringAsync(LiveReload.StatusPath);
            var version = System.Text.Json.JsonDocument.Parse(status).RootElement.GetProperty("version").ToString();
            if (version == last) return;
            last = version;
            await Task.Delay(750);
        }
    }
}

using System.Diagnostics;
using Microsoft.Playwright;
using StaticSite.Browser.Tests.Infrastructure;

namespace StaticSite.Browser.Tests;

/// <summary>
/// Measures the web editor in Chromium (issue 8), on the example content and on 1,000 generated
/// pages (<c>gen_corpus.py --regions 1 --pages 1000 --seed 42 --format plain</c>, as the cake
/// Benchmark task makes regions): first load of <c>/admin/</c> to the collection list (cold cache),
/// to the entries of the largest section, the bytes the editor downloads, and a save to the
/// updated page in an open preview tab. Reports medians; asserts no timing (STYLE 10).
/// Run: <c>dotnet test tests/StaticSite.Browser.Tests --filter Category=Benchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditorBenchmark(BrowserFixture browser, ITestOutputHelper output)
{
    private const int Rounds = 5;

    [Fact]
    [Trait("Category", "Benchmark")]
    public async Task Editor_on_the_example_content() =>
        await MeasureAsync("example content (utrecht)", null, "utrecht", "sectie_ouders", "vragen", "ik-woon-in-stichtse-vecht", "/vragen/ik-woon-in-stichtse-vecht/");

    [Fact]
    [Trait("Category", "Benchmark")]
    public async Task Editor_at_1000_pages()
    {
        var generator = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "tools", "gen_corpus.py"));
        if (!File.Exists(generator)) { output.WriteLine($"skipped: {generator} not found"); return; }
        var corpus = Path.Combine(Path.GetTempPath(), "staticsite-editor-corpus-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using (var python = Process.Start(new ProcessStartInfo("python3", ["--", generator, "--regions", "1", "--pages", "1000", "--seed", "42", "--format", "plain", "--out", corpus]) { RedirectStandardOutput = true })!)
                await python.WaitForExitAsync();
            var region = Directory.GetDirectories(corpus).Single();
            var id = Path.GetFileName(region);
            File.WriteAllText(Path.Combine(region, "region.yml"), $"name: \"Steunpunt {id}\"\nbaseUrl: \"https://example.org/{id}/\"\n");
            var largest = Directory.GetDirectories(region).OrderByDescending(d => Directory.GetFiles(d, "*.md").Length).First();
            var page = Directory.GetFiles(largest, "*.md").Order(StringComparer.Ordinal).First(p => !File.ReadAllText(p).Contains("draft: true"));
            var section = Path.GetFileName(largest);
            var slug = Path.GetFileNameWithoutExtension(page);
            output.WriteLine($"largest section: {section} ({Directory.GetFiles(largest, "*.md").Length} pages)");
            await MeasureAsync("1,000 generated pages", corpus, id, "sectie_" + section.Replace('-', '_'), "sectie_" + section.Replace('-', '_'), slug, $"/{section}/{slug}/");
        }
        finally
        {
            try { Directory.Delete(corpus, recursive: true); } catch (IOException) { }
        }
    }

    private async Task MeasureAsync(string name, string? content, string region, string bigCollection, string collection, string slug, string sitePath)
    {
        await using var editor = await EditorServer.StartAsync(region, content: content);
        var toList = new List<double>();
        var toEntries = new List<double>();
        long bytes = 0, requests = 0;
        for (var round = 0; round < Rounds; round++)
        {
            await using var session = await browser.NewPageAsync(1400, 900);
            var page = session.Page;
            long roundBytes = 0, roundRequests = 0;
            page.RequestFinished += async (_, request) =>
            {
                var sizes = await request.SizesAsync();
                Interlocked.Add(ref roundBytes, sizes.ResponseBodySize + sizes.ResponseHeadersSize);
                Interlocked.Increment(ref roundRequests);
            };
            var clock = Stopwatch.StartNew();
            await editor.LogInAsync(page);
            toList.Add(clock.Elapsed.TotalMilliseconds);
            await page.GotoAsync(editor.AdminUrl + "#/collections/" + bigCollection);
            await page.Locator("a[href*='/entries/']").First.WaitForAsync(new() { Timeout = 60_000 });
            toEntries.Add(clock.Elapsed.TotalMilliseconds);
            await Task.Delay(500);
            bytes = roundBytes;
            requests = roundRequests;
        }

        var saves = new List<double>();
        await using (var session = await browser.NewPageAsync(1400, 900))
        await using (var site = await browser.NewPageAsync())
        {
            var page = session.Page;
            await editor.LogInAsync(page);
            await site.Page.GotoAsync(editor.SiteUrl(sitePath));
            for (var round = 0; round < Rounds; round++)
            {
                await page.GotoAsync(editor.AdminUrl + $"#/collections/{collection}/entries/{slug}");
                var title = page.GetByLabel("Titel");
                await Microsoft.Playwright.Assertions.Expect(title).Not.ToHaveValueAsync("", new() { Timeout = 30_000 });
                var marker = $"Bewerkt {round}";
                await title.FillAsync(marker);
                await page.GetByRole(AriaRole.Button, new() { Name = "Publiceer", Exact = true }).ClickAsync();
                var clock = Stopwatch.StartNew();
                await page.GetByText("Publiceer nu", new() { Exact = true }).ClickAsync();
                await site.Page.Locator("h1", new() { HasText = marker }).WaitForAsync(new() { Timeout = 30_000 });
                saves.Add(clock.Elapsed.TotalMilliseconds);
                await Task.Delay(1000); // the server's deferred work after a save, as between an editor's saves
            }
        }
        output.WriteLine($"{name}: /admin/ to the collection list {Median(toList):0} ms (cold cache, log-in click included), " +
            $"to the entries of the largest collection {Median(toEntries):0} ms; downloaded {bytes / 1024} KB in {requests} requests (uncompressed, as staticsite serve sends it); " +
            $"save to updated preview tab {Median(saves):0} ms (median of {Rounds}; min {saves.Min():0}, max {saves.Max():0})");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

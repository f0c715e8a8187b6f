using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using StaticSite.Browser.Tests.Infrastructure;
using StaticSite.Build;

namespace StaticSite.Browser.Tests;

/// <summary>
/// Benchmark, not a test (Category=Benchmark): the search page on a phone, issue 12's figures. For
/// <c>/zoeken/?q=…</c> on a 1,000-page region of <c>gen_corpus.py</c> (seed 42) and on the example
/// site's utrecht, each served on 127.0.0.1 with Brotli as a CDN serves it, it reports:
/// <list type="bullet">
/// <item>Lighthouse 12.2.3 mobile (its defaults: simulated slow 4G and a 4× slower CPU): performance,
/// total blocking time, layout shift, largest and first contentful paint, speed index; each JSON
/// report goes to <c>TestResults/lighthouse/</c>;</item>
/// <item>Chromium with the CPU 4× slower (CDP <c>Emulation.setCPUThrottlingRate</c>): the main
/// thread's long tasks before the first result and in all, the long animation frames that ran the
/// theme's scripts, and the bytes transferred before the first result and in all (compressed, as the
/// page's and the worker's resource timing count them).</item>
/// </list>
/// Medians of <c>STATICSITE_BENCH_ROUNDS</c> rounds (default 5), the sites interleaved so the machine's
/// noise hits them alike. <c>STATICSITE_BENCH_BASELINE_THEMES</c>, a themes folder (say, an older
/// commit's <c>themes/</c> with its <c>node_modules</c>), is measured side by side in the same run.
/// Run: <c>dotnet test tests/StaticSite.Browser.Tests --filter FullyQualifiedName~SearchPageLighthouseBenchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class SearchPageLighthouseBenchmark(ITestOutputHelper output)
{
    private const int Pages = 1000;

    // Long tasks of the main thread, the long animation frames that ran the theme's scripts (search
    // code), and when the first result was put on the page (epoch ms).
    private const string Probe = """
        window.__bench = { longTasks: [], searchFrames: [], firstResult: null };
        new PerformanceObserver(list => {
          for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]);
        }).observe({ type: 'longtask', buffered: true });
        new PerformanceObserver(list => {
          for (const e of list.getEntries())
            if (e.duration > 50 && e.scripts.some(s => s.sourceURL.includes('/assets/js/'))) window.__bench.searchFrames.push(e.duration);
        }).observe({ type: 'long-animation-frame', buffered: true });
        new MutationObserver(() => {
          if (window.__bench.firstResult === null && document.querySelector('#search-results > li'))
            window.__bench.firstResult = performance.timeOrigin + performance.now();
        }).observe(document, { childList: true, subtree: true });
        """;

    // What this global (the page, or the worker) downloaded: [epoch ms when it had arrived, bytes as transferred].
    private const string Downloads = """
        () => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
          .map(e => [performance.timeOrigin + e.responseEnd, e.transferSize])
        """;

    private sealed record Target(string Variant, string Site, StaticSiteServer Server, string Path)
    {
        public string Name => $"{Variant}, {Site}";

        public string FileName => $"{Variant}-{Site}".Replace(' ', '-').Replace(",", "");
    }

    private sealed record LoadFigures(
        double FirstResult, int LongTasksBefore, double LongestBefore, int LongTasks, double Blocking, double Longest,
        int SearchFrames, double LongestSearchFrame, double BytesBefore, double Bytes);

    [Fact]
    public async Task Report_Lighthouse_long_tasks_and_bytes_of_the_search_page()
    {
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("STATICSITE_BENCH_ROUNDS"), out var r) && r > 0 ? r : 5;
        var variants = new List<(string Name, string Themes)> { ("this theme", RepositoryPaths.Themes) };
        var baseline = Environment.GetEnvironmentVariable("STATICSITE_BENCH_BASELINE_THEMES");
        if (!string.IsNullOrEmpty(baseline)) variants.Add(("baseline", Path.GetFullPath(baseline)));

        var root = Path.Combine(Path.GetTempPath(), "staticsite-searchpage-" + Guid.NewGuid().ToString("N")[..8]);
        var servers = new List<StaticSiteServer>();
        try
        {
            var targets = new List<Target>();
            foreach (var (variant, themes) in variants)
            {
                var generated = await StartAsync(servers, GeneratedRegion.Build(Path.Combine(root, variant.Replace(' ', '-'), "generated"), Pages, themes));
                var example = await StartAsync(servers, BuildExample(Path.Combine(root, variant.Replace(' ', '-'), "example"), themes));
                targets.Add(new Target(variant, $"{Pages:N0} pages", generated, "/zoeken/?q=ondersteuning"));
                targets.Add(new Target(variant, "example utrecht", example, "/zoeken/?q=tlv"));
            }

            var lighthouse = targets.ToDictionary(t => t, _ => new List<LighthouseScores>());
            for (var round = 0; round < rounds; round++)
                foreach (var target in targets)
                    lighthouse[target].Add(await Lighthouse.RunAsync(target.Server.Url(target.Path),
                        Path.Combine(RepositoryPaths.Results, "lighthouse", $"{target.FileName}-{round + 1}.json")));

            var loads = targets.ToDictionary(t => t, _ => new List<LoadFigures>());
            using (var playwright = await BrowserFixture.StartPlaywrightAsync())
            {
                await using var browser = await BrowserFixture.LaunchChromiumAsync(playwright);
                for (var round = 0; round < rounds; round++)
                    foreach (var target in targets)
                        loads[target].Add(await MeasureLoadAsync(browser, target));
            }

            var report = Report(rounds, targets, lighthouse, loads);
            output.WriteLine(report);
            Directory.CreateDirectory(RepositoryPaths.Results);
            await File.WriteAllTextAsync(Path.Combine(RepositoryPaths.Results, "search-page-benchmark.txt"), report);
        }
        finally
        {
            foreach (var server in servers) await server.DisposeAsync();
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task<StaticSiteServer> StartAsync(List<StaticSiteServer> servers, BuiltRegion region)
    {
        var server = await StaticSiteServer.StartAsync(region);
        servers.Add(server);
        return server;
    }

    private static BuiltRegion BuildExample(string output, string themes)
    {
        const string region = "utrecht";
        var report = SiteBuilder.Build(new BuildOptions(RepositoryPaths.Content, themes, output, Regions: [region]));
        if (report.HasErrors || report.UsageError is not null)
            throw new InvalidOperationException("The example did not build: " + report.UsageError + string.Join('\n', report.Diagnostics.Where(d => d.IsError)));
        return new BuiltRegion(region, Path.Combine(output, region), BuiltSite.BasePathOf(region));
    }

    /// <summary>
    /// One first visit (a fresh context, nothing cached) with the CPU 4× slower, until the final
    /// ranking is in: the body index has been served and the page has had a second to render it.
    /// </summary>
    private static async Task<LoadFigures> MeasureLoadAsync(IBrowser browser, Target target)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 412, Height = 823 } });
        try
        {
            var page = await context.NewPageAsync();
            await page.AddInitScriptAsync(Probe);
            var cdp = await context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
            var since = DateTimeOffset.UtcNow;
            await page.GotoAsync(target.Server.Url(target.Path));
            await page.WaitForFunctionAsync("() => window.__bench.firstResult !== null", null, new() { Timeout = 60_000 });
            var body = await page.GetAttributeAsync("#search-app", "data-body-index") ?? throw new InvalidOperationException("no data-body-index");
            for (var waited = 0; !target.Server.Requests.Any(q => q.Start >= since && q.Path == body) && waited < 60_000; waited += 100)
                await page.WaitForTimeoutAsync(100);
            await page.WaitForTimeoutAsync(1000);

            var probe = await page.EvaluateAsync<JsonElement>("() => window.__bench");
            var firstEpoch = probe.GetProperty("firstResult").GetDouble();
            var origin = await page.EvaluateAsync<double>("() => performance.timeOrigin");
            var firstResult = firstEpoch - origin;
            var tasks = probe.GetProperty("longTasks").EnumerateArray().Select(t => (Start: t[0].GetDouble(), Duration: t[1].GetDouble())).ToList();
            var before = tasks.Where(t => t.Start < firstResult).ToList();
            var searchFrames = probe.GetProperty("searchFrames").EnumerateArray().Select(d => d.GetDouble()).ToList();
            var downloads = new List<(double Arrived, double Bytes)>();
            foreach (var global in new[] { await page.EvaluateAsync<JsonElement>(Downloads) }
                         .Concat(await Task.WhenAll(page.Workers.Select(w => w.EvaluateAsync<JsonElement>(Downloads)))))
                downloads.AddRange(global.EnumerateArray().Select(d => (d[0].GetDouble(), d[1].GetDouble())));
            return new LoadFigures(
                firstResult,
                before.Count, before.Select(t => t.Duration).DefaultIfEmpty(0).Max(),
                tasks.Count, tasks.Sum(t => t.Duration - 50), tasks.Select(t => t.Duration).DefaultIfEmpty(0).Max(),
                searchFrames.Count, searchFrames.DefaultIfEmpty(0).Max(),
                downloads.Where(d => d.Arrived <= firstEpoch).Sum(d => d.Bytes), downloads.Sum(d => d.Bytes));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static string Report(int rounds, List<Target> targets, Dictionary<Target, List<LighthouseScores>> lighthouse, Dictionary<Target, List<LoadFigures>> loads)
    {
        var text = new StringBuilder();
        text.AppendLine($"Search page /zoeken/?q=…, medians of {rounds} rounds ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()})");
        text.AppendLine();
        text.AppendLine("Lighthouse 12.2.3, mobile (simulated slow 4G, CPU 4x)");
        text.AppendLine($"  {"",-34} {"perf",5} {"TBT ms",7} {"CLS",6} {"LCP ms",7} {"FCP ms",7} {"SI ms",6} {"KB",6}   perf / TBT of each run");
        foreach (var target in targets)
        {
            var s = lighthouse[target];
            text.AppendLine(FormattableString.Invariant(
                $"  {target.Name,-34} {Median(s, x => x.Performance),5:0} {Median(s, x => x.TotalBlockingTime),7:0} {Median(s, x => x.LayoutShift),6:0.000} ") +
                FormattableString.Invariant($"{Median(s, x => x.LargestPaint),7:0} {Median(s, x => x.FirstPaint),7:0} {Median(s, x => x.SpeedIndex),6:0} {Median(s, x => x.Bytes) / 1024,6:0}   ") +
                string.Join(", ", s.Select(x => FormattableString.Invariant($"{x.Performance:0}/{x.TotalBlockingTime:0}"))));
        }
        text.AppendLine();
        text.AppendLine("Chromium, CPU 4x slower (CDP), 412x823, first visit until the final ranking: main-thread long tasks (over 50 ms),");
        text.AppendLine("long animation frames that ran the theme's scripts, and KB transferred (compressed) by the page and its worker");
        text.AppendLine($"  {"",-34} {"first result ms",15} {"before it: tasks",16} {"longest",8} {"in all: tasks",13} {"blocking ms",11} {"longest",8} {"search frames",13} {"longest",8} {"KB before",9} {"KB in all",9}");
        foreach (var target in targets)
        {
            var l = loads[target];
            text.AppendLine(FormattableString.Invariant(
                $"  {target.Name,-34} {Median(l, x => x.FirstResult),15:0} {Median(l, x => x.LongTasksBefore),16:0} {Median(l, x => x.LongestBefore),8:0} ") +
                FormattableString.Invariant($"{Median(l, x => x.LongTasks),13:0} {Median(l, x => x.Blocking),11:0} {Median(l, x => x.Longest),8:0} ") +
                FormattableString.Invariant($"{Median(l, x => x.SearchFrames),13:0} {Median(l, x => x.LongestSearchFrame),8:0} ") +
                FormattableString.Invariant($"{Median(l, x => x.BytesBefore) / 1024,9:0.0} {Median(l, x => x.Bytes) / 1024,9:0.0}"));
        }
        return text.ToString();
    }

    private static double Median<T>(List<T> values, Func<T, double> figure) => values.Select(figure).Order().ElementAt(values.Count / 2);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

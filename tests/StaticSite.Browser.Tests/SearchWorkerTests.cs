using System.Text.Json;
using Microsoft.Playwright;
using StaticSite.Browser.Tests.Infrastructure;

namespace StaticSite.Browser.Tests;

/// <summary>
/// How the search page loads (issue 12): lunr, the indexes and every query run in a Web Worker, so
/// a phone's main thread only renders; the results area keeps its place, so nothing below it moves
/// when results arrive; each file is downloaded once, the body index only after the first results.
/// Only what does not depend on the machine's speed is asserted here; the timings are
/// <see cref="SearchPageLighthouseBenchmark"/>'s.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchWorkerTests(BrowserFixture browser)
{
    /// <summary>
    /// Records on the page: the layout shifts (as CLS counts them), the scripts of long animation
    /// frames (what ran on the main thread), and how many results each task added to the list.
    /// </summary>
    private const string Probe = """
        window.__probe = { shift: 0, scripts: [], added: [] };
        new PerformanceObserver(list => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__probe.shift += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        new PerformanceObserver(list => {
          for (const e of list.getEntries())
            for (const s of e.scripts) window.__probe.scripts.push({ url: s.sourceURL, invoker: s.invoker, duration: s.duration });
        }).observe({ type: 'long-animation-frame', buffered: true });
        document.addEventListener('DOMContentLoaded', () => {
          const list = document.getElementById('search-results');
          if (list) new MutationObserver(records => window.__probe.added.push(
              records.reduce((n, r) => n + [...r.addedNodes].filter(node => node.nodeName === 'LI').length, 0)))
            .observe(list, { childList: true });
        });
        """;

    private const string Complete = "() => document.getElementById('search-app').dataset.state === 'complete'";

    private const string CompleteFor = """
        query => document.getElementById('search-status').textContent.includes('‘' + query + '’') &&
          document.getElementById('search-app').dataset.state === 'complete'
        """;

    /// <summary>Waits until every frame that the results caused has been drawn and observed.</summary>
    private const string AfterTwoFrames = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))";

    [Theory]
    [InlineData("utrecht")]
    [InlineData("amersfoort")]
    public async Task The_page_itself_runs_no_lunr_and_fetches_no_index_the_worker_fetches_each_file_once(string region)
    {
        var server = browser.Server(region);
        await using var session = await browser.NewPageAsync(375, 800);
        var page = session.Page;
        await page.AddInitScriptAsync(Probe);
        var since = DateTimeOffset.UtcNow;

        await page.GotoAsync(server.Url("/zoeken/?q=TLV"));
        await page.WaitForFunctionAsync(Complete);

        var onPage = await page.EvaluateAsync<JsonElement>("""
            () => {
              const d = document.getElementById('search-app').dataset;
              return {
                lunr: typeof window.lunr, search: typeof window.StaticSiteSearch,
                files: [d.index, d.docs, d.bodyIndex, d.worker, ...d.scripts.split(/\s+/)],
                resources: performance.getEntriesByType('resource').map(r => new URL(r.name).pathname),
                results: document.querySelectorAll('#search-results > li a[href]').length
              };
            }
            """);
        Assert.Equal("undefined", onPage.GetProperty("lunr").GetString());
        Assert.Equal("undefined", onPage.GetProperty("search").GetString());
        Assert.True(onPage.GetProperty("results").GetInt32() > 0);
        var files = onPage.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
        var worker = files[3];
        var workerSide = files.Where(f => f != worker).ToList();
        var pageFetched = onPage.GetProperty("resources").EnumerateArray().Select(r => r.GetString()!).ToHashSet();
        Assert.All(workerSide, file => Assert.DoesNotContain(file, pageFetched));

        var served = server.Requests.Where(r => r.Start >= since).ToList();
        Assert.All(files, file =>
        {
            var requests = served.Where(r => r.Path == file).ToList();
            Assert.True(requests.Count == 1 && requests[0].Status == 200,
                $"{file} was served {requests.Count} times: {string.Join(", ", requests.Select(r => r.Status))}");
        });
        var body = served.Single(r => r.Path == files[2]);
        var firstIndexes = served.Where(r => r.Path == files[0] || r.Path == files[1]).ToList();
        Assert.True(firstIndexes.All(r => r.End <= body.Start), "the body index was requested before the first index and the documents had arrived");
    }

    [Theory]
    [InlineData("TLV", 375)]
    [InlineData("ouders", 375)]
    [InlineData("xyzzyqq", 375)]
    [InlineData("TLV", 1280)]
    [InlineData("xyzzyqq", 1280)]
    public async Task Results_arriving_move_nothing_on_the_page(string query, int width)
    {
        await using var session = await browser.NewPageAsync(width, 800);
        var page = session.Page;
        await page.AddInitScriptAsync(Probe);

        await page.GotoAsync(browser.Server("utrecht").Url("/zoeken/?q=" + query));
        await page.WaitForFunctionAsync(Complete);
        await page.EvaluateAsync(AfterTwoFrames);

        var shift = await page.EvaluateAsync<double>("() => window.__probe.shift");
        Assert.True(shift < 0.1, $"layout shift {shift:0.000} while the results of '{query}' arrived at {width} px");
    }

    /// <summary>
    /// The main thread's share of a search, with the CPU four times slower (a phone): it runs no
    /// script of lunr or the worker, and it adds at most ten results per task, so no task lays out
    /// the whole list. How long those tasks take is the benchmark's to report.
    /// </summary>
    [Fact]
    public async Task With_a_4x_slower_CPU_the_main_thread_runs_no_search_work_and_renders_ten_results_a_task()
    {
        await using var session = await browser.NewPageAsync(375, 800);
        var page = session.Page;
        await page.AddInitScriptAsync(Probe);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });

        await page.GotoAsync(browser.Server("utrecht").Url("/zoeken/?q=ouders"));
        await page.WaitForFunctionAsync(CompleteFor, "ouders");
        await page.Locator("#search-input").FillAsync("passend onderwijs");
        await page.WaitForFunctionAsync(CompleteFor, "passend onderwijs");
        await page.EvaluateAsync(AfterTwoFrames);

        var probe = await page.EvaluateAsync<JsonElement>("() => window.__probe");
        var pageScript = await page.EvaluateAsync<string>("() => document.querySelector('script[src*=\"search-page.\"]').src");
        var themeScripts = probe.GetProperty("scripts").EnumerateArray()
            .Select(s => s.GetProperty("url").GetString() ?? "")
            .Where(url => url.Contains("/assets/js/", StringComparison.Ordinal))
            .ToList();
        Assert.All(themeScripts, url => Assert.Equal(pageScript, url));
        var added = probe.GetProperty("added").EnumerateArray().Select(n => n.GetInt32()).ToList();
        Assert.True(added.Sum() > 10, $"expected more than ten results in all, got {added.Sum()}");
        Assert.All(added, n => Assert.InRange(n, 0, 10));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => typeof window.lunr === 'undefined' ? 0 : 1"));
    }

    [Fact]
    public async Task When_the_body_index_does_not_load_the_first_results_stay_and_are_final()
    {
        await using var session = await browser.NewPageAsync(375, 800);
        var page = session.Page;
        await page.Context.RouteAsync("**/assets/search/body.*.json", route => route.AbortAsync());

        await page.GotoAsync(browser.Server("utrecht").Url("/zoeken/?q=TLV"));
        await page.WaitForFunctionAsync(CompleteFor, "TLV");

        var hrefs = await page.Locator("#search-results > li a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Contains("/ouders/tlv/", hrefs.Take(3));
    }

    [Fact]
    public async Task When_the_index_does_not_load_the_page_says_search_does_not_work_now()
    {
        await using var session = await browser.NewPageAsync(375, 800);
        var page = session.Page;
        await page.Context.RouteAsync("**/assets/search/index.*.json", route => route.AbortAsync());

        await page.GotoAsync(browser.Server("utrecht").Url("/zoeken/?q=TLV"));

        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync("Zoeken lukt nu niet. Probeer het later opnieuw.");
        Assert.Equal(0, await page.Locator("#search-results > li").CountAsync());
    }

    /// <summary>Browsers or hosts where the worker cannot start: no <c>Worker</c>, or its script does not load.</summary>
    public static TheoryData<string, string> WorkerTroubles() => new()
    {
        { "no Worker", "delete window.Worker; window.Worker = undefined;" },
        { "worker script missing", "const Real = window.Worker; window.Worker = function (url) { return new Real(url + '-missing'); };" },
    };

    [Theory]
    [MemberData(nameof(WorkerTroubles))]
    public async Task Where_no_worker_can_start_the_page_searches_by_itself(string trouble, string script)
    {
        await using var session = await browser.NewPageAsync(375, 800);
        var page = session.Page;
        await page.AddInitScriptAsync(script);

        // lunr and the indexes now load on the page itself, which holds back its load event and,
        // on a busy machine, takes longer than the worker would.
        await page.GotoAsync(browser.Server("utrecht").Url("/zoeken/?q=TLV"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await page.WaitForFunctionAsync(Complete, null, new() { Timeout = 30_000 });

        var hrefs = await page.Locator("#search-results > li a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(hrefs.Take(3).Contains("/ouders/tlv/"), $"{trouble}: {string.Join(", ", hrefs.Take(5))}");
    }
}

using System.Diagnostics;
using StaticSite.Build;
using StaticSite.Cli.Preview;
using Xunit.Abstractions;

namespace StaticSite.Workflow.Tests;

/// <summary>
/// Measures edit → updated page in the preview server on the benchmark corpus
/// (<c>gen_corpus.py --regions 1 --pages 1000 --seed 42 --format plain</c>): the time from
/// writing a page until an HTTP GET of that page returns the new text, through the file
/// watcher, the incremental rebuild and Kestrel, and until the live-reload event for that page
/// reaches a client listening as an open tab does. Body edits and title edits (a title edit
/// changes lists and related pages elsewhere); edits 150 ms apart, so the deferred work of one
/// (other pages, search index, feeds) still runs when the next is saved. Reports medians and p90
/// and the machine's load; asserts no timing (STYLE 10).
/// Run: <c>dotnet test tests/StaticSite.Workflow.Tests --filter Category=Benchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class PreviewRebuildBenchmark(ITestOutputHelper output)
{
    private const int Rounds = 40;

    [Fact]
    [Trait("Category", "Benchmark")]
    public async Task Edit_to_updated_page_at_1000_pages()
    {
        var generator = Path.GetFullPath(Path.Combine(TestSite.RepositoryRoot, "..", "shared", "tools", "gen_corpus.py"));
        if (!File.Exists(generator)) { output.WriteLine($"skipped: {generator} not found"); return; }
        using var site = new TestSite();
        var corpus = Path.Combine(site.Root, "corpus");
        var python = Process.Start(new ProcessStartInfo("python3", ["--", generator, "--regions", "1", "--pages", "1000", "--seed", "42", "--format", "plain", "--out", corpus]))!;
        await python.WaitForExitAsync();
        var region = Directory.GetDirectories(corpus).Single();
        var id = Path.GetFileName(region);
        Directory.Move(region, Path.Combine(site.Content, id));
        site.Write($"{id}/region.yml", TestSite.RegionYml);
        var pages = Directory.GetFiles(Path.Combine(site.Content, id), "*.md", SearchOption.AllDirectories)
            .Where(p => !File.ReadAllText(p).Contains("draft: true")).Take(Rounds).ToList();

        var clock = Stopwatch.StartNew();
        var log = new StringWriter();
        await using var server = new PreviewServer(id, new BuildOptions(site.Content, TestSite.Themes), TextWriter.Synchronized(log));
        await server.StartAsync(0);
        output.WriteLine($"start-up (full in-memory build of {server.Snapshot.Files.Count} files): {clock.ElapsedMilliseconds} ms");
        using var http = new HttpClient { BaseAddress = server.Address };

        var bodyOnly = new List<double>();
        var withTitle = new List<double>();
        var bodyEvent = new List<double>();
        var titleEvent = new List<double>();
        var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var (list, events, titleToo) in new[] { (bodyOnly, bodyEvent, false), (withTitle, titleEvent, true) })
            {
                var marker = $"bench{i}{(titleToo ? "t" : "b")}";
                var text = File.ReadAllText(pages[i]);
                var edited = titleToo ? text.Replace("title: \"", $"title: \"{marker} ") : text + $"\n{marker}\n";
                var url = UrlOf(site.Content, id, pages[i]);
                await Task.Delay(150); // deferred work of the previous edit goes on meanwhile, as between an editor's saves
                using var tab = await LiveReloadListener.OpenAsync(server.Address!, url);
                var written = Stopwatch.GetTimestamp();
                File.WriteAllText(pages[i], edited);
                while (!(await http.GetStringAsync(url)).Contains(marker))
                {
                    if (Stopwatch.GetElapsedTime(written) > TimeSpan.FromSeconds(10)) throw new TimeoutException($"{url} never showed {marker}");
                    // Asking without a pause would take a core of two from the rebuild being measured (a tab asks once, after the event).
                    await Task.Delay(1);
                }
                list.Add(Stopwatch.GetElapsedTime(written).TotalMilliseconds);
                events.Add((await tab.NextEventAsync() - written) * 1000.0 / Stopwatch.Frequency);
            }
        }
        load += " to " + File.ReadAllText("/proc/loadavg").Split(' ')[0];
        // Edits 150 ms apart leave the rest of the site behind; once they stop it catches up on its own.
        var caughtUp = Stopwatch.StartNew();
        while (!log.ToString().Contains("] deferred rebuild in ") && caughtUp.Elapsed < TimeSpan.FromSeconds(60)) await Task.Delay(20);
        output.WriteLine(log.ToString().Contains("] deferred rebuild in ")
            ? $"after the last edit, the rest of the site (pages, search index, feeds, JSON API) was up to date {caughtUp.ElapsedMilliseconds} ms later"
            : "after the last edit, the rest of the site was not up to date within 60 s");
        Report("edit -> updated page, body edit: ", bodyOnly);
        Report("edit -> updated page, title edit:", withTitle);
        Report("edit -> reload event, body edit: ", bodyEvent);
        Report("edit -> reload event, title edit:", titleEvent);
        output.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {load} (1 min) during the edits");
        foreach (var kind in new[] { "page", "page+dependents", "deferred" })
        {
            var times = log.ToString().Split('\n').Where(l => l.Contains($"] {kind} rebuild in "))
                .Select(l => double.Parse(l.Split(" rebuild in ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (times.Count > 0) output.WriteLine($"  inside the server, {kind} rebuild: median {Median(times):0} ms, p90 {Percentile(times, 0.9):0} ms ({times.Count}x)");
        }
        output.WriteLine("(includes file watcher, 10 ms debounce, rebuild and HTTP; Hugo server --renderToDisk on 1,000 pages: 580 ms)");
    }

    private static string UrlOf(string content, string id, string path)
    {
        var relative = Path.GetRelativePath(Path.Combine(content, id), path).Replace('\\', '/');
        var folder = Path.GetDirectoryName(relative)!.Replace('\\', '/');
        var slug = StaticSite.Build.Stages.Input.AssignUrls.Slugify(Path.GetFileNameWithoutExtension(relative));
        return "/" + (folder.Length > 0 ? string.Join('/', folder.Split('/').Select(StaticSite.Build.Stages.Input.AssignUrls.Slugify)) + "/" : "") + slug + "/";
    }

    private void Report(string what, List<double> times) =>
        output.WriteLine($"{what} median {Median(times):0.0} ms, p90 {Percentile(times, 0.9):0.0} ms ({times.Count} edits)");

    /// <summary>
    /// A client of the live-reload events as an open tab of <c>url</c> is (one connection, its page
    /// named), noting when each event arrives. The first event, on connecting, is read before the edit.
    /// </summary>
    private sealed class LiveReloadListener : IDisposable
    {
        private readonly HttpClient _http;
        private readonly CancellationTokenSource _stop = new();
        private readonly System.Threading.Channels.Channel<long> _arrivals = System.Threading.Channels.Channel.CreateUnbounded<long>();

        private LiveReloadListener(HttpClient http) => _http = http;

        public static async Task<LiveReloadListener> OpenAsync(Uri server, string url)
        {
            var listener = new LiveReloadListener(new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan });
            var response = await listener._http.GetAsync($"{LiveReload.EventsPath}?{LiveReload.PageParameter}={Uri.EscapeDataString(url)}",
                HttpCompletionOption.ResponseHeadersRead, listener._stop.Token);
            _ = listener.ReadAsync(new StreamReader(await response.Content.ReadAsStreamAsync(listener._stop.Token)));
            await listener.NextEventAsync();
            return listener;
        }

        /// <summary>The <see cref="Stopwatch"/> timestamp at which the next event arrived.</summary>
        public async Task<long> NextEventAsync()
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            return await _arrivals.Reader.ReadAsync(cancel.Token);
        }

        // Reads as events come, so an event is timed when it arrives, not when the benchmark gets to it.
        private async Task ReadAsync(StreamReader events)
        {
            using var _ = events;
            try
            {
                while (await events.ReadLineAsync(_stop.Token) is { } line)
                    if (line.StartsWith("data: ", StringComparison.Ordinal)) _arrivals.Writer.TryWrite(Stopwatch.GetTimestamp());
            }
            catch (OperationCanceledException) { }
            catch (IOException) { }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _http.Dispose();
            _stop.Dispose();
        }
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
    }
}

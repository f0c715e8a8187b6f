using System.Diagnostics;
using StaticSite.Build;
using StaticSite.Cli.Preview;
using Xunit.Abstractions;

namespace StaticSite.Workflow.Tests;

/// <summary>
/// Measures edit → updated page in the preview server on the benchmark corpus
/// (<c>gen_corpus.py --regions 1 --pages 1000 --seed 42 --format plain</c>): the time from
/// writing a page until an HTTP GET of that page returns the new text, through the file
/// watcher, the incremental rebuild and Kestrel. Reports medians; asserts no timing (STYLE 10).
/// Run: <c>dotnet test tests/StaticSite.Workflow.Tests --filter Category=Benchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class PreviewRebuildBenchmark(ITestOutputHelper output)
{
    private const int Rounds = 25;

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
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var (list, titleToo) in new[] { (bodyOnly, false), (withTitle, true) })
            {
                var marker = $"bench{i}{(titleToo ? "t" : "b")}";
                var text = File.ReadAllText(pages[i]);
                var edited = titleToo ? text.Replace("title: \"", $"title: \"{marker} ") : text + $"\n{marker}\n";
                var url = UrlOf(site.Content, id, pages[i]);
                await Task.Delay(150); // let deferred work of the previous round finish, as between an editor's saves
                clock.Restart();
                File.WriteAllText(pages[i], edited);
                while (!(await http.GetStringAsync(url)).Contains(marker))
                    if (clock.Elapsed > TimeSpan.FromSeconds(10)) throw new TimeoutException($"{url} never showed {marker}");
                list.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        output.WriteLine($"edit -> updated page, body edit:  median {Median(bodyOnly):0.0} ms, p90 {Percentile(bodyOnly, 0.9):0.0} ms ({bodyOnly.Count} edits)");
        output.WriteLine($"edit -> updated page, title edit: median {Median(withTitle):0.0} ms, p90 {Percentile(withTitle, 0.9):0.0} ms ({withTitle.Count} edits)");
        foreach (var kind in new[] { "page", "page+dependents", "deferred" })
        {
            var times = log.ToString().Split('\n').Where(l => l.Contains($"] {kind} rebuild in "))
                .Select(l => double.Parse(l.Split(" rebuild in ")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            if (times.Count > 0) output.WriteLine($"  inside the server, {kind} rebuild: median {Median(times):0} ms ({times.Count}x)");
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

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
    }
}

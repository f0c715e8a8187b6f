using System.Diagnostics;
using StaticSite.Build;
using StaticSite.Build.Pipelines;
using StaticSite.Build.Stages.Lint;
using StaticSite.Pipeline.Diagnostics;
using StaticSite.Pipeline.Engine;
using StaticSite.Rendering.Markdown;
using Xunit.Abstractions;

namespace StaticSite.Workflow.Tests;

/// <summary>
/// Measures the content-health lints of <c>staticsite check</c> on the benchmark corpus
/// (<c>gen_corpus.py --regions 1 --pages 1000 --seed 42 --format plain</c>): the lint stage alone
/// (run again on the rendered documents of one build), the whole <c>check</c> and the whole
/// <c>build</c> in process, each as median wall time and bytes allocated. Asserts no timing (STYLE 10).
/// Run: <c>dotnet test tests/StaticSite.Workflow.Tests -c Release --filter FullyQualifiedName~LintBenchmark --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class LintBenchmark(ITestOutputHelper output)
{
    private const int Rounds = 7;

    [Fact]
    [Trait("Category", "Benchmark")]
    public void Lint_stage_check_and_build_at_1000_pages()
    {
        var generator = Path.GetFullPath(Path.Combine(TestSite.RepositoryRoot, "..", "shared", "tools", "gen_corpus.py"));
        if (!File.Exists(generator)) { output.WriteLine($"skipped: {generator} not found"); return; }
        using var site = new TestSite();
        var corpus = Path.Combine(site.Root, "corpus");
        Process.Start(new ProcessStartInfo("python3", ["--", generator, "--regions", "1", "--pages", "1000", "--seed", "42", "--format", "plain", "--out", corpus]))!.WaitForExit();
        var region = Directory.GetDirectories(corpus).Single();
        var id = Path.GetFileName(region);
        Directory.Move(region, Path.Combine(site.Content, id));
        site.Write($"{id}/region.yml", TestSite.RegionYml);
        var options = new BuildOptions(site.Content, TestSite.Themes, Path.Combine(site.Root, "dist"), [id]);

        // The lint stage alone, on the documents the Markdown pipeline produced.
        var problems = new List<Diagnostic>();
        var build = SiteBuilder.LoadRegion(id, options with { Lint = true, WriteOutput = false }, problems)!;
        var context = SiteBuilder.CreateContext(build, new DiagnosticBag(), new MarkdownRenderer());
        new Engine<StaticSite.Content.Model.Document>(SitePipelines.Create(lint: true)).Run(context);
        var rendered = context.OutputsOf(SitePipelines.Markdown);
        var lint = new CheckContentHealth();
        Report($"lint stage ({rendered.Length} documents)", () => lint.Execute(rendered, context));

        Report("check (lint on, no output)", () => SiteBuilder.Build(options with { Lint = true, WriteOutput = false }));
        Report("build (written to disk)", () => SiteBuilder.Build(options));
    }

    private void Report(string what, Action run)
    {
        run(); // warm-up: JIT and caches
        var times = new List<double>();
        var bytes = new List<long>();
        for (var i = 0; i < Rounds; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            run();
            times.Add(clock.Elapsed.TotalMilliseconds);
            bytes.Add(GC.GetTotalAllocatedBytes(precise: true) - allocated);
        }
        times.Sort();
        bytes.Sort();
        output.WriteLine($"{what}: median {times[Rounds / 2]:0.0} ms (min {times[0]:0.0}), allocated median {bytes[Rounds / 2] / 1048576.0:0.0} MB");
    }
}

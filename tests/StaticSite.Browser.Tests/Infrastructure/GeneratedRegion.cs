using System.Diagnostics;
using StaticSite.Build;

namespace StaticSite.Browser.Tests.Infrastructure;

/// <summary>
/// A region of <c>../shared/tools/gen_corpus.py</c> (seed 42) built for a benchmark, the way
/// <c>build.cake</c>'s Benchmark target makes it: one <c>region.yml</c> per region, deployed under
/// <c>https://example.org/&lt;region&gt;/</c>.
/// </summary>
internal static class GeneratedRegion
{
    /// <summary>Generates <paramref name="pages"/> pages under <paramref name="root"/> and builds them with <paramref name="themes"/>.</summary>
    public static BuiltRegion Build(string root, int pages, string themes)
    {
        var generator = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "tools", "gen_corpus.py"));
        var corpus = Path.Combine(root, "content");
        using (var python = Process.Start(new ProcessStartInfo("python3", $"\"{generator}\" --regions 1 --pages {pages} --seed 42 --out \"{corpus}\" --format plain")
               { RedirectStandardError = true })!)
        {
            var errors = python.StandardError.ReadToEnd();
            python.WaitForExit();
            if (python.ExitCode != 0) throw new InvalidOperationException("gen_corpus.py failed: " + errors);
        }
        var id = Directory.EnumerateDirectories(corpus).Select(Path.GetFileName).Single()!;
        File.WriteAllText(Path.Combine(corpus, id, "region.yml"), $"name: \"Steunpunt {id}\"\nbaseUrl: \"https://example.org/{id}/\"\n");
        var report = SiteBuilder.Build(new BuildOptions(corpus, themes, Path.Combine(root, "dist")));
        if (report.HasErrors || report.UsageError is not null)
            throw new InvalidOperationException("The corpus did not build: " + report.UsageError + string.Join('\n', report.Diagnostics.Where(d => d.IsError)));
        return new BuiltRegion(id, Path.Combine(root, "dist", id), $"/{id}/");
    }
}

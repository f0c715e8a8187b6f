using System.CommandLine;
using StaticSite.Build;

namespace StaticSite.Cli.Commands;

/// <summary><c>staticsite build</c>: builds every region (or those named) into the output folder.</summary>
public static class BuildCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var region = CommonOptions.Region();
        var content = CommonOptions.Content();
        var themes = CommonOptions.Themes();
        var outputDir = CommonOptions.Output();
        var drafts = CommonOptions.Drafts();
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Build for this address instead of the baseUrl in region.yml (a preview or staging deploy). Needs --region.",
        };
        var environment = new Option<string>("--environment")
        {
            Description = "production (default) or staging: a test version with noindex, a robots.txt that disallows everything and a 'testversie' banner.",
            DefaultValueFactory = _ => SiteEnvironment.Production,
        };
        environment.AcceptOnlyFromAmong(SiteEnvironment.Production, SiteEnvironment.Staging);
        var noCache = new Option<bool>("--no-cache")
        {
            Description = "Render every page, as in a first build: do not use or keep the build cache of unchanged pages (for benchmarks and to rule the cache out).",
        };
        var command = new Command("build", "Build one complete static site per region into the output folder.") { region, content, themes, outputDir, drafts, baseUrl, environment, noCache };
        command.SetAction(parse =>
        {
            var regions = parse.GetValue(region) ?? [];
            Uri? address = null;
            if (parse.GetValue(baseUrl) is { } url)
            {
                if (regions.Length != 1)
                    return Usage(error, "--base-url builds one region for another address: name that region once with --region ID.");
                address = BaseUrlOption.Parse(url, out var problem);
                if (address is null) return Usage(error, problem!);
            }
            var options = new BuildOptions(parse.GetValue(content)!, parse.GetValue(themes)!, parse.GetValue(outputDir)!,
                regions, parse.GetValue(drafts), BaseUrl: address, Environment: parse.GetValue(environment)!, UseCache: !parse.GetValue(noCache));
            var report = SiteBuilder.Build(options);
            // Beside the stages' timings (STATICSITE_TIMINGS=1, see Engine): how often the garbage collector stopped the build.
            if (Environment.GetEnvironmentVariable("STATICSITE_TIMINGS") == "1")
                error.WriteLine($"timing: GC {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2), " +
                    $"paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms, {GC.GetTotalAllocatedBytes() / 1048576.0:0} MB allocated");
            if (report.UsageError is not null) return Usage(error, report.UsageError, report.UsageCode);
            DiagnosticPrinter.Print(report.Diagnostics, error);
            foreach (var r in report.Regions)
            {
                output.WriteLine(r.Written
                    ? $"{r.Id}: {r.Pages} pages written to {Path.Combine(options.OutputRoot, r.Id)} in {r.Elapsed.TotalSeconds:0.00} s"
                    : $"{r.Id}: not written because of errors; the previous site (if any) was kept");
                if (r.Written && r.Cache is { MarkdownReused: > 0 } or { LayoutsReused: > 0 } or { SearchFilesReused: > 0 })
                    output.WriteLine($"{r.Id}: unchanged since the last build, not rendered again: {r.Cache.MarkdownReused} of {r.Cache.MarkdownReused + r.Cache.MarkdownRendered} Markdown bodies, " +
                        $"{r.Cache.LayoutsReused} of {r.Cache.LayoutsReused + r.Cache.LayoutsRendered} pages, " +
                        $"{r.Cache.SearchFilesReused} of {r.Cache.SearchFilesReused + r.Cache.SearchFilesMade} search index files");
                if (r.Written && r.BasePath != "/")
                    output.WriteLine($"{r.Id}: note: this site is served under {r.BasePath}; browsers and search engines look for robots.txt and the host's 404 page at the host root, " +
                        $"so copy {r.Id}/robots.txt to the root of the host and point the host's 404 page at {r.BasePath}404.html (docs/deploy.md, 'A site under a path').");
            }
            if (options.IsStaging) output.WriteLine($"environment {options.Environment}: every page says 'testversie', has noindex, and robots.txt disallows everything.");
            output.WriteLine($"build {(report.HasErrors ? "failed" : "succeeded")}: {DiagnosticPrinter.Count(report.Diagnostics)}");
            return report.HasErrors ? ExitCodes.ContentErrors : ExitCodes.Success;
        });
        return command;
    }

    private static int Usage(TextWriter error, string message, string? code = null)
    {
        error.WriteLine($"staticsite: error{(code is null ? "" : " " + code)}: {message}");
        return ExitCodes.Usage;
    }
}

/// <summary>Checks the address of <c>--base-url</c>.</summary>
public static class BaseUrlOption
{
    /// <summary>The absolute http(s) URL, ending with '/' (added when missing); null with <paramref name="problem"/> otherwise.</summary>
    public static Uri? Parse(string text, out string? problem)
    {
        problem = null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || text.Any(char.IsWhiteSpace))
        {
            problem = $"--base-url '{text}' is not an absolute http or https address without query or fragment, like https://test.example.org/ or https://example.org/preview/utrecht/.";
            return null;
        }
        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri + "/");
    }
}

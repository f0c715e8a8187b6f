using System.Diagnostics;
using System.Text.Json;

namespace StaticSite.Browser.Tests.Infrastructure;

/// <summary>The figures of one Lighthouse report (mobile, simulated throttling: Lighthouse's defaults).</summary>
/// <param name="Performance">Performance score, 0-100.</param>
/// <param name="TotalBlockingTime">Total blocking time, ms.</param>
/// <param name="LayoutShift">Cumulative layout shift.</param>
/// <param name="LargestPaint">Largest contentful paint, ms.</param>
/// <param name="FirstPaint">First contentful paint, ms.</param>
/// <param name="SpeedIndex">Speed index, ms.</param>
/// <param name="Bytes">Total bytes transferred (the worker's downloads included).</param>
public sealed record LighthouseScores(double Performance, double TotalBlockingTime, double LayoutShift, double LargestPaint, double FirstPaint, double SpeedIndex, double Bytes);

/// <summary>
/// Runs Lighthouse (npm <c>lighthouse</c>, pinned in <c>tests/package.json</c>) against Debian's
/// Chromium, the way a person runs it from the command line.
/// </summary>
internal static class Lighthouse
{
    public static string Cli => Path.Combine(RepositoryPaths.Root, "tests", "node_modules", "lighthouse", "cli", "index.js");

    /// <summary>Audits <paramref name="url"/> for performance, writes the JSON report to <paramref name="report"/> and reads its figures.</summary>
    public static async Task<LighthouseScores> RunAsync(string url, string report)
    {
        if (!File.Exists(Cli)) throw new InvalidOperationException($"Lighthouse is missing at {Cli}: run `npm ci` in tests/.");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
                 {
                     Cli, url, "--only-categories=performance", "--output=json", "--output-path=" + report, "--quiet",
                     "--chrome-path=" + BrowserFixture.ChromiumPath,
                     "--chrome-flags=--headless=new --no-sandbox --disable-background-networking",
                 })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start; is node on PATH?");
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"lighthouse {url} failed ({process.ExitCode}): {await stderr}");

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report));
        var root = json.RootElement;
        var runtimeError = root.TryGetProperty("runtimeError", out var error) ? error.GetProperty("message").GetString() : null;
        if (runtimeError is not null) throw new InvalidOperationException($"lighthouse {url}: {runtimeError}");
        var audits = root.GetProperty("audits");
        double Value(string audit) => audits.GetProperty(audit).GetProperty("numericValue").GetDouble();
        return new LighthouseScores(
            root.GetProperty("categories").GetProperty("performance").GetProperty("score").GetDouble() * 100,
            Value("total-blocking-time"), Value("cumulative-layout-shift"), Value("largest-contentful-paint"),
            Value("first-contentful-paint"), Value("speed-index"), Value("total-byte-weight"));
    }
}

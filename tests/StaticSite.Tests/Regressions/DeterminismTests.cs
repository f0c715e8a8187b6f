using System.Diagnostics;
using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.Regressions;

/// <summary>SPEC "building the same input twice gives byte-identical files", on any machine (issue 9, item 12).</summary>
public class DeterminismTests
{
    [Fact]
    public void Clock_and_random_functions_are_errors_in_region_facts_and_layouts()
    {
        using var site = TestSite.Create(Sites.TwoRegions + """

            -- themes/default/layouts/organisation.html --
            <article>
            <h1>{{ page.title | html.escape }}</h1>
            <p>Bijgewerkt {{ date.now | date.to_string "%F" }}</p>
            </article>
            """);
        var before = site.Snapshot();
        site.Write("content/utrecht/ouders/nu.md", "---\ntitle: Nu\n---\nHet is {{ date.now }}.\n");
        site.Write("content/utrecht/ouders/utc.md", "---\ntitle: UTC\n---\nHet is {{ date.utc_now }}.\n");
        site.Write("content/utrecht/ouders/kans.md", "---\ntitle: Kans\n---\nGetal {{ math.random 1 10 }}.\n");
        site.Write("content/utrecht/ouders/uuid.md", "---\ntitle: Uuid\n---\nCode {{ math.uuid }}.\n");
        FailedKeepingPrevious(site, site.Build(), before, "clock_builtins");
    }

    /// <summary>Titles that sort differently per culture: Turkish dotless i, Swedish å ä ö after z, Danish ø, Czech ch, Dutch ij, accents.</summary>
    private const string CultureSensitive = """
        -- content/utrecht/region.yml --
        name: Steunpunt Utrecht
        baseUrl: https://utrecht.example.org/
        municipalities: [Zeist, Ååland, Ölst, IJsselstein, ırmak, Ede, Çanta, chata, hrad]
        -- content/_shared/index.md --
        ---
        title: Welkom
        ---
        {{ region.municipalities | array.sort | array.join ", " }}.
        {{ date.parse "2026-03-29T01:30:00+02:00" | date.to_string "%F %T %Z" }}
        -- content/_shared/begrippen/ijzer.md --
        ---
        title: IJzer
        topics: [Ølst, Zee]
        ---
        Tekst.
        -- content/_shared/begrippen/aap.md --
        ---
        title: aap
        topics: [ırmak, Iris]
        ---
        Tekst.
        -- content/_shared/begrippen/angst.md --
        ---
        title: Ångst
        topics: [Zee, Äpfel]
        ---
        Tekst.
        -- content/_shared/begrippen/een.md --
        ---
        title: Éénoudergezin
        topics: [chata, hrad]
        ---
        Tekst.
        -- content/_shared/begrippen/inburgering.md --
        ---
        title: Inburgering
        topics: [Iris, Äpfel]
        ---
        Tekst.
        -- content/_shared/begrippen/zee.md --
        ---
        title: Zee
        topics: [hrad]
        ---
        Tekst.
        -- content/_shared/nieuws/een.md --
        ---
        title: Çanta
        date: 2026-03-29
        ---
        Tekst.
        -- content/_shared/nieuws/twee.md --
        ---
        title: chata
        date: 2026-03-29
        ---
        Tekst.
        """;

    [Fact]
    public void Same_input_gives_byte_identical_output_under_any_locale_time_zone_and_globalization_mode()
    {
        using var site = TestSite.Create(CultureSensitive);
        var environments = new Dictionary<string, string>[]
        {
            new() { ["LANG"] = "C", ["LC_ALL"] = "C", ["TZ"] = "UTC" },
            new() { ["LANG"] = "nl_NL.UTF-8", ["LC_ALL"] = "nl_NL.UTF-8", ["TZ"] = "Europe/Amsterdam", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "0" },
            new() { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["TZ"] = "Pacific/Kiritimati", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "false" },
            new() { ["LANG"] = "sv_SE.UTF-8", ["LC_ALL"] = "da_DK.UTF-8", ["TZ"] = "America/Los_Angeles", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" },
        };
        SortedDictionary<string, byte[]>? first = null;
        foreach (var (environment, i) in environments.Select((e, i) => (e, i)))
        {
            var output = site.Full($"out{i}");
            var (exit, log) = RunChild(environment, "build", "--content", site.Full("content"), "--themes", site.ThemesRoot, "--output", output);
            Assert.True(exit == 0, $"{string.Join(" ", environment.Select(kv => $"{kv.Key}={kv.Value}"))}: exit {exit}\n{log}");
            var files = TestSite.SnapshotOf(output);
            // The record of the published files holds their last-write times (as git's index does), the pack of compressed
            // copies holds them in the order threads finished them: neither is part of the site (the copies are, compared here).
            foreach (var record in files.Keys.Where(k => k.StartsWith(".cache/published/", StringComparison.Ordinal) || k.StartsWith(".cache/compressed/", StringComparison.Ordinal)).ToList()) files.Remove(record);
            if (first is null) first = files;
            else TestSite.AssertSameFiles(first, files);
        }
        var home = System.Text.Encoding.UTF8.GetString(first!["utrecht/index.html"]);
        Assert.Contains("Ååland, Çanta, chata, Ede, hrad, IJsselstein, Ölst, Zeist, ırmak.", home);
        Assert.Contains("2026-03-28 23:30:00 +00:00", home);
    }

    /// <summary>Runs the built command line in a child process with extra environment variables.</summary>
    private static (int Exit, string Log) RunChild(Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "staticsite.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

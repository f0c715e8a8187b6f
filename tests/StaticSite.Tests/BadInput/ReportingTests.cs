using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>SPEC "Command line": every problem is reported in one run, each once.</summary>
public class ReportingTests
{
    [Fact]
    public void Problem_in_a_shared_page_is_reported_once_although_two_regions_build_it()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/_shared/ouders/gedeeld.md", """
            ---
            title: Gedeeld
            titel: dubbel
            date: 2026-13-01
            ---
            Zie [dit](/ouders/bestaat-niet/).
            """);
        var result = site.Build();
        FailedKeepingPrevious(site, result, before, "shared_page_reported_once");
        Assert.Equal(result.ErrorLines.Count, result.ErrorLines.Distinct().Count());
    }

    [Fact]
    public void Five_different_errors_give_five_lines()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/een.md", "---\ntitel: Een\ntitle: Een\n---\nTekst.\n");
        site.Write("content/utrecht/ouders/twee.md", "---\ntitle: Twee\ndate: 2026-02-30\n---\nTekst.\n");
        site.Write("content/utrecht/ouders/drie.md", "---\ntitle: Drie\n---\nZie [kapot](/kapot/).\n");
        site.Write("content/utrecht/ouders/vier.md", "---\ntitle: Vier\nweight: veel\n---\nTekst.\n");
        site.Write("content/utrecht/ouders/vijf.md", "---\ntitle: Vijf\n---\n![Foto](/weg.png)\n");
        var result = site.Build();
        FailedKeepingPrevious(site, result, before, "five_errors", "amersfoort");
        Assert.Equal(5, result.ErrorLines.Count);
        Assert.Contains("build failed: 5 errors, 0 warnings", result.Stdout);
    }
}

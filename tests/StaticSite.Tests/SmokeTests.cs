using StaticSite.Tests.Harness;

namespace StaticSite.Tests;

public class SmokeTests
{
    [Fact]
    public void Base_site_builds_without_diagnostics()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.ErrorLines);
        site.AssertFileContains("dist/utrecht/ouders/tlv/index.html", "Toelaatbaarheidsverklaring", "! Steunpunt Eemland");
        site.AssertFileContains("dist/amersfoort/ouders/tlv/index.html", "Steunpunt Eemland", "href=\"/amersfoort/route/vastgelopen/\"");
    }
}

using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>SPEC "Bad input" for region.yml, route organisations and region folders.</summary>
public class RegionTests
{
    [Fact]
    public void Missing_baseUrl_is_reported_in_region_yml()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/region.yml", "name: Steunpunt Utrecht\nmunicipalities: [Utrecht]\n");
        FailedKeepingPrevious(site, site.Build(), before, "region_missing_baseurl", "amersfoort");
    }

    [Fact]
    public void BaseUrl_without_trailing_slash_is_reported_at_its_value()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/region.yml", "name: Steunpunt Utrecht\nbaseUrl: https://example.org/utrecht\n");
        FailedKeepingPrevious(site, site.Build(), before, "region_baseurl_no_slash", "amersfoort");
    }

    [Fact]
    public void Low_contrast_branding_is_SS3005_naming_region_yml_and_its_line()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/region.yml", """
            name: Steunpunt Utrecht
            baseUrl: https://utrecht.example.org/
            branding:
              color: "#ffff00"
              color_text: "#ffffff"
            """);
        FailedKeepingPrevious(site, site.Build(), before, "region_low_contrast", "amersfoort");
    }

    [Fact]
    public void Unknown_route_organisation_suggests_the_nearest_one()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/route/escalatie.md", """
            ---
            title: Escalatie
            steps:
              - title: Bel het loket
                organisation: leerplcht
            ---
            Tekst.
            """);
        FailedKeepingPrevious(site, site.Build(), before, "unknown_route_organisation", "amersfoort");
    }

    [Fact]
    public void Folder_with_pages_but_no_region_yml_is_a_warning_and_the_rest_builds()
    {
        using var site = TestSite.Create(Sites.TwoRegions + """

            -- content/zeist/ouders/welkom.md --
            ---
            title: Welkom in Zeist
            ---
            Tekst.
            """);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        Golden.AssertDiagnostics("missing_region_yml", result);
        Assert.True(site.Exists("dist/utrecht/index.html"));
        Assert.False(site.Exists("dist/zeist"));
    }

    [Fact]
    public void Unknown_exclude_path_is_a_warning_at_exclude()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("content/amersfoort/region.yml", """
            name: Steunpunt Eemland
            baseUrl: https://example.org/amersfoort/
            exclude:
              - ouders/bestaat-niet.md
            """);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        Golden.AssertDiagnostics("unknown_exclude", result);
    }
}

using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>
/// Misleading pages between regions (issue 9, item 9): a copied region.yml, and region facts a
/// shared page shows but a region does not give.
/// </summary>
public class RegionClashTests
{
    [Fact]
    public void Copied_region_with_the_same_baseUrl_is_SS2031_for_both_regions()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/amersfoort/region.yml", "name: Steunpunt Eemland\nbaseUrl: https://UTRECHT.example.org/\n");
        FailedKeepingPrevious(site, site.Build(), before, "region_same_baseurl");
    }

    [Fact]
    public void Copied_region_with_the_same_name_is_SS2031_even_when_only_the_copy_is_built()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/amersfoort/region.yml", "name: \"Steunpunt  utrecht\"\nbaseUrl: https://example.org/amersfoort/\n");
        FailedKeepingPrevious(site, site.Build("--region", "amersfoort"), before, "region_same_name");
    }

    [Fact]
    public void Shared_page_showing_a_fact_regions_lack_is_SS2030_for_each_region_at_the_line()
    {
        // Neither region gives an e-mail address: one error per region, at the same line.
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/_shared/contact.md", """
            ---
            title: Contact
            ---
            Mail ons via {{ region.contact.email }}.
            """);
        FailedKeepingPrevious(site, site.Build(), before, "region_fact_missing");
    }

    [Fact]
    public void Region_fact_guarded_by_if_is_left_out_where_the_region_lacks_it()
    {
        using var site = TestSite.Create(Sites.TwoRegions + """

            -- content/_shared/contact.md --
            ---
            title: Contact
            ---
            {{ if region.contact.phone }}Bel ons op {{ region.contact.phone }}.{{ else }}Kijk op de kaart.{{ end }}
            """);
        var result = site.Build();
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, result.ToString());
        site.AssertFileContains("dist/utrecht/contact/index.html", "Bel ons op 030-123 45 67.", "! Kijk op de kaart");
        site.AssertFileContains("dist/amersfoort/contact/index.html", "Kijk op de kaart.", "! Bel ons op");
    }
}

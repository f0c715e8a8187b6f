using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Inheritance;

/// <summary>The shared/regional inheritance rules (README table): one test per row.</summary>
public class InheritanceTests
{
    private const string Site = """
        -- content/utrecht/region.yml --
        name: Steunpunt Utrecht
        baseUrl: https://utrecht.example.org/
        contact:
          phone: 030-111 11 11
        municipalities: [Utrecht, De Bilt]
        -- content/amersfoort/region.yml --
        name: Steunpunt Eemland
        baseUrl: https://example.org/amersfoort/
        contact:
          phone: 033-222 22 22
        municipalities: [Amersfoort, Leusden]
        exclude:
          - jongeren/stage.md
        -- content/_shared/ouders/tlv.md --
        ---
        title: Landelijke TLV-tekst
        ---
        Bel {{ region.name }} op {{ region.contact.phone }}. Gemeenten: {{ region.municipalities | array.join ", " }}.
        -- content/_shared/jongeren/stage.md --
        ---
        title: Stage zoeken
        ---
        Landelijke stagetekst.
        -- content/_shared/contact.md --
        ---
        title: Contact
        ---
        Landelijke contacttekst.
        -- content/amersfoort/contact.md --
        ---
        title: Contact Eemland
        ---
        Eigen contacttekst van Eemland.
        -- content/utrecht/ouders/inloop.md --
        ---
        title: Inloopspreekuur Utrecht
        ---
        Alleen in Utrecht.
        """;

    private static (TestSite Site, BuildResult Result) Build()
    {
        var site = TestSite.Create(Site);
        var result = site.Build();
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, result.ToString());
        return (site, result);
    }

    [Fact]
    public void Shared_page_is_in_every_region()
    {
        var (site, _) = Build();
        using (site)
        {
            site.AssertFileContains("dist/utrecht/ouders/tlv/index.html", "Landelijke TLV-tekst");
            site.AssertFileContains("dist/amersfoort/ouders/tlv/index.html", "Landelijke TLV-tekst");
        }
    }

    [Fact]
    public void Shared_page_named_in_exclude_is_left_out_of_that_region_only()
    {
        var (site, _) = Build();
        using (site)
        {
            Assert.False(site.Exists("dist/amersfoort/jongeren/stage"));
            site.AssertFileContains("dist/amersfoort/sitemap.xml", "! /jongeren/stage/");
            site.AssertFileContains("dist/amersfoort/api/index.json", "! jongeren/stage");
            site.AssertFileContains("dist/utrecht/jongeren/stage/index.html", "Landelijke stagetekst.");
        }
    }

    [Fact]
    public void Region_page_at_the_same_path_replaces_the_shared_page()
    {
        var (site, _) = Build();
        using (site)
        {
            site.AssertFileContains("dist/amersfoort/contact/index.html", "Eigen contacttekst van Eemland.", "! Landelijke contacttekst.");
            site.AssertFileContains("dist/utrecht/contact/index.html", "Landelijke contacttekst.", "! Eigen contacttekst");
        }
    }

    [Fact]
    public void Region_only_page_is_added_to_that_region_only()
    {
        var (site, _) = Build();
        using (site)
        {
            site.AssertFileContains("dist/utrecht/ouders/inloop/index.html", "Alleen in Utrecht.");
            Assert.False(site.Exists("dist/amersfoort/ouders/inloop"));
        }
    }

    [Fact]
    public void Region_facts_in_shared_markdown_render_per_region()
    {
        var (site, _) = Build();
        using (site)
        {
            site.AssertFileContains("dist/utrecht/ouders/tlv/index.html",
                "Bel Steunpunt Utrecht op 030-111 11 11. Gemeenten: Utrecht, De Bilt.", "! {{", "! Eemland op");
            site.AssertFileContains("dist/amersfoort/ouders/tlv/index.html",
                "Bel Steunpunt Eemland op 033-222 22 22. Gemeenten: Amersfoort, Leusden.", "! {{");
        }
    }

    [Fact]
    public void Unknown_exclude_path_is_a_warning_and_the_build_succeeds()
    {
        using var site = TestSite.Create(Site.Replace("  - jongeren/stage.md", "  - jongeren/stge.md"));
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["content/amersfoort/region.yml(7,3): warning SS2011: exclude names 'jongeren/stge.md', but content/_shared has no such file. Check the spelling; paths are relative to content/_shared."],
            result.ErrorLines);
        Assert.True(site.Exists("dist/amersfoort/jongeren/stage/index.html"));
    }

    [Fact]
    public void Unknown_region_fact_is_an_error_at_the_line_in_the_shared_file()
    {
        using var site = TestSite.Create(Site);
        site.Write("content/_shared/ouders/feit.md", "---\ntitle: Feit\n---\nEen.\n\nBel {{ region.telefoon }}.\n");
        var result = site.Build();
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("content/_shared/ouders/feit.md(6,", line);
        Assert.Contains(" error SS2010: ", line);
    }
}

using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>SPEC "Bad input": duplicate URLs, broken links, missing images, paths leaving the output folder.</summary>
public class UrlTests
{
    [Fact]
    public void Two_files_at_one_url_name_both_files()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/hulp.md", "---\ntitle: Hulp\n---\nTekst.\n");
        site.Write("content/utrecht/ouders/hulp/index.md", "---\ntitle: Hulp overzicht\n---\nTekst.\n");
        FailedKeepingPrevious(site, site.Build(), before, "duplicate_url_two_files", "amersfoort");
    }

    [Fact]
    public void Slug_that_clashes_with_another_page_names_both_files()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/andere.md", "---\ntitle: Andere\nslug: tlv\n---\nTekst.\n");
        FailedKeepingPrevious(site, site.Build(), before, "duplicate_url_slug", "amersfoort");
    }

    [Fact]
    public void Alias_that_clashes_with_a_page_url_is_reported_at_the_alias()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/oud.md", "---\ntitle: Oud\naliases:\n  - /ouders/tlv/\n---\nTekst.\n");
        FailedKeepingPrevious(site, site.Build(), before, "duplicate_url_alias", "amersfoort");
    }

    [Fact]
    public void Second_alias_problem_points_at_the_second_alias_line()
    {
        // Regression: every alias used to get the location of the first one.
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/oud.md", "---\ntitle: Oud\naliases:\n  - /oud/goed/\n  - /ouders/tlv/\n---\nTekst.\n");
        FailedKeepingPrevious(site, site.Build(), before, "duplicate_url_second_alias", "amersfoort");
    }

    [Fact]
    public void Broken_internal_link_suggests_the_nearest_page()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/links.md", """
            ---
            title: Links
            ---
            Intro.

            Lees over de [TLV](/ouders/tvl/) en [niets](/bestaat/helemaal/niet/).
            """);
        FailedKeepingPrevious(site, site.Build(), before, "broken_link", "amersfoort");
    }

    [Fact]
    public void Link_to_missing_image_is_reported_at_the_image()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.WriteBytes("content/utrecht/ouders/foto.png", TestImages.Png());
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/plaatjes.md", """
            ---
            title: Plaatjes
            ---
            ![Goed](/ouders/foto.png)

            ![Kwijt](/ouders/kwijt.png)
            """);
        FailedKeepingPrevious(site, site.Build(), before, "missing_image", "amersfoort");
    }

    [Fact]
    public void Slug_with_dot_dot_cannot_leave_the_output_folder()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/ontsnap.md", "---\ntitle: Ontsnap\nslug: ../../etc\n---\nTekst.\n");
        FailedKeepingPrevious(site, site.Build(), before, "slug_outside_output", "amersfoort");
        Assert.False(Directory.Exists(Path.Combine(site.Root, "etc")));
    }

    [Fact]
    public void Alias_with_dot_dot_cannot_leave_the_output_folder()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/ontsnap.md", "---\ntitle: Ontsnap\naliases: [/../x/, /ouders/../../y/]\n---\nTekst.\n");
        FailedKeepingPrevious(site, site.Build(), before, "alias_outside_output", "amersfoort");
        Assert.False(site.Exists("x"));
        Assert.False(site.Exists("dist/x"));
    }
}

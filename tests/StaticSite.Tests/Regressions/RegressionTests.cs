using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Regressions;

/// <summary>One test per bug found, named after what broke.</summary>
public class RegressionTests
{
    [Fact]
    public void Two_pages_at_one_url_crashed_CheckUrls_with_SS9001()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("content/utrecht/ouders/andere.md", "---\ntitle: Andere\nslug: tlv\n---\nTekst.\n");
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.WithCode("SS9001"));
        Assert.Equal(2, result.WithCode("SS2001").Count);
    }

    [Fact]
    public void Two_drafts_at_one_url_crashed_CheckLinks_with_SS9001()
    {
        // Drafts are left out of the duplicate-URL check (they are not published), but CheckLinks indexed them by URL.
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("content/utrecht/ouders/concept.md", "---\ntitle: Concept\ndraft: true\n---\nTekst.\n");
        site.Write("content/utrecht/ouders/ander-concept.md", "---\ntitle: Ander concept\nslug: concept\ndraft: true\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(result.ErrorLines);
    }

    [Fact]
    public void Required_field_with_a_wrong_value_was_also_reported_as_missing()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("content/utrecht/nieuws/fout.md", "---\ntitle: [Een, Twee]\ndate: 2026-02-30\n---\nTekst.\n");
        var result = site.Build();
        Assert.Empty(result.WithCode("SS1004"));
        Assert.Equal(
        [
            "content/utrecht/nieuws/fout.md(2,8): error SS1003: 'title' must be one line of text, not a list.",
            "content/utrecht/nieuws/fout.md(3,7): error SS1005: '2026-02-30' is not a valid date for 'date'. Write it as YYYY-MM-DD, for example 2026-03-01.",
        ], result.ErrorLines);
    }

    [Fact]
    public void Alias_clashing_with_a_page_was_reported_twice()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("content/utrecht/ouders/oud.md", "---\ntitle: Oud\naliases: [/ouders/tlv/]\n---\nTekst.\n");
        var result = site.Build();
        Assert.Equal(["content/utrecht/ouders/oud.md(3,11): error SS2001: alias '/ouders/tlv/' is already the URL of content/_shared/ouders/tlv.md. Remove the alias, or move that page."],
            result.ErrorLines);
    }

    [Fact]
    public void Alias_used_by_two_pages_was_reported_twice()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("content/utrecht/ouders/een.md", "---\ntitle: Een\naliases: [/oud/]\n---\nTekst.\n");
        site.Write("content/utrecht/ouders/twee.md", "---\ntitle: Twee\naliases: [/oud/]\n---\nTekst.\n");
        var result = site.Build();
        Assert.Equal(["content/utrecht/ouders/twee.md(3,11): error SS2001: alias '/oud/' is already the URL of content/utrecht/ouders/een.md. Remove the alias, or move that page."],
            result.ErrorLines);
    }

    [Fact]
    public void Huge_page_was_always_reported_as_2_MB_whatever_its_size()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("content/utrecht/ouders/groot.md", "---\ntitle: Groot\n---\n" + new string('a', 5 * 1024 * 1024));
        var line = Assert.Single(site.Build().WithCode("SS1202"));
        Assert.Contains("the file is 5.0 MB; a page can be at most 2 MB.", line);
    }

    [Fact]
    public void Broken_link_in_a_shared_page_was_reported_once_per_region_when_the_suggestions_differed()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.Write("content/utrecht/ouders/tlv-aanvragen.md", "---\ntitle: Aanvragen\n---\nTekst.\n");
        site.Write("content/_shared/ouders/gedeeld.md", "---\ntitle: Gedeeld\n---\nZie [dit](/ouders/tlv-aanvrage/).\n");
        var result = site.Build();
        var line = Assert.Single(result.WithCode("SS2002"));
        Assert.StartsWith("content/_shared/ouders/gedeeld.md(4,5): error SS2002: the link to '/ouders/tlv-aanvrage/' points at no page", line);
    }
}

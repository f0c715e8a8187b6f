using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Deploy;

/// <summary><c>--base-url</c> (a build for another address) and <c>--environment staging</c> (a test version).</summary>
public class EnvironmentTests
{
    [Fact]
    public void Base_url_builds_one_region_for_another_address_without_editing_region_yml()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var settings = site.File("content/utrecht/region.yml");
        var result = site.Build("--region", "utrecht", "--base-url", "https://preview.example.net/pr-12/utrecht");
        Assert.True(result.ExitCode == 0, result.ToString());
        site.AssertFileContains("dist/utrecht/ouders/tlv/index.html",
            "<link rel=\"canonical\" href=\"https://preview.example.net/pr-12/utrecht/ouders/tlv/\">", "href=\"/pr-12/utrecht/route/vastgelopen/\"");
        site.AssertFileContains("dist/utrecht/sitemap.xml", "<loc>https://preview.example.net/pr-12/utrecht/ouders/tlv/</loc>");
        site.AssertFileContains("dist/utrecht/_headers", "/pr-12/utrecht/assets/*");
        Assert.Equal(settings, site.File("content/utrecht/region.yml"));
        // A path in the address: robots.txt and the 404 page only work from the host root; the build says so.
        Assert.Contains("utrecht: note: this site is served under /pr-12/utrecht/; ", result.Stdout);
        Assert.Contains("docs/deploy.md", result.Stdout);
    }

    [Fact]
    public void A_site_at_the_root_of_its_host_gets_no_note()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var result = site.Build("--region", "utrecht");
        Assert.DoesNotContain("note:", result.Stdout);
    }

    [Theory]
    [InlineData("--base-url", "https://x.example.org/")]
    [InlineData("--base-url", "https://x.example.org/", "--region", "utrecht", "--region", "amersfoort")]
    [InlineData("--region", "utrecht", "--base-url", "ftp://x.example.org/")]
    [InlineData("--region", "utrecht", "--base-url", "/relatief/")]
    [InlineData("--region", "utrecht", "--base-url", "https://x.example.org/?a=1")]
    [InlineData("--region", "utrecht", "--environment", "acceptatie")]
    public void Wrong_use_of_base_url_or_environment_is_exit_code_2_and_writes_nothing(params string[] args)
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var result = site.Build(args);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("staticsite: error: ", result.Stderr);
        Assert.False(site.Exists("dist"));
    }

    [Fact]
    public void Staging_has_noindex_everywhere_a_robots_txt_that_disallows_all_and_a_visible_banner()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var result = site.Build("--region", "utrecht", "--base-url", "https://test.utrecht.example.org/", "--environment", "staging");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("# Testversie: zoekmachines mogen deze site niet indexeren.\nUser-agent: *\nDisallow: /\n", site.File("dist/utrecht/robots.txt"));
        foreach (var page in new[] { "index.html", "ouders/tlv/index.html", "organisaties/leerplicht/index.html", "404.html" })
            site.AssertFileContains("dist/utrecht/" + page, "<meta name=\"robots\" content=\"noindex\">", "class=\"test-banner\"", "Testversie");
        var rules = HeadersFile.Parse(site.File("dist/utrecht/_headers"));
        Assert.Contains(new KeyValuePair<string, string>("X-Robots-Tag", "noindex"), rules.Single(r => r.Path == "/*").Headers);
        Assert.Single(rules, r => r.Headers.Any(h => h.Key == "X-Robots-Tag"));
    }

    [Fact]
    public void Production_has_no_banner_and_robots_txt_allows_all()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        Assert.Equal(0, site.Build().ExitCode);
        site.AssertFileContains("dist/utrecht/robots.txt", "Allow: /", "Sitemap: https://utrecht.example.org/sitemap.xml");
        site.AssertFileContains("dist/utrecht/ouders/tlv/index.html", "! test-banner", "! Testversie", "! noindex");
    }
}

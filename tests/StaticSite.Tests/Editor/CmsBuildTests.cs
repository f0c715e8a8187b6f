using System.Text.RegularExpressions;
using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.Editor;

/// <summary>
/// SPEC "Web editing": with <c>cms:</c> in region.yml the build writes the web editor into that
/// region's site (admin/, editorial workflow, noindex, Decap under hashed names) and nowhere else;
/// it is in no sitemap, search index or JSON API. Without <c>cms:</c>, no admin/.
/// </summary>
public class CmsBuildTests
{
    private static string WithCms(string cms) => Sites.TwoRegions.Replace(
        "municipalities: [Utrecht, De Bilt]\n", "municipalities: [Utrecht, De Bilt]\ncms:\n" + cms);

    [Theory]
    [InlineData("github", "  backend: github\n  repo: steunpunt/website\n  base_url: https://oauth.example.org\n", "base_url: \"https://oauth.example.org\"")]
    [InlineData("gitlab", "  backend: gitlab\n  repo: steunpunt/website\n  app_id: 1a2b3c\n", "auth_type: pkce")]
    [InlineData("gitea", "  backend: gitea\n  repo: steunpunt/website\n  app_id: 1a2b3c\n  base_url: https://git.example.org\n", "api_root: \"https://git.example.org/api/v1\"")]
    public void A_region_with_cms_gets_admin_with_the_editorial_workflow(string backend, string cms, string expected)
    {
        using var site = TestSite.Create(WithCms(cms));
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());

        site.AssertFileContains("dist/utrecht/admin/config.yml", $"name: {backend}", "repo: steunpunt/website", "branch: main",
            // Decap's Gitea backend refuses the editorial workflow; the others propose every edit for review.
            backend == "gitea" ? "! publish_mode" : "publish_mode: editorial_workflow", expected, "folder: content/utrecht/organisaties", "folder: content/_shared/ouders", "! proxy");
        var index = site.File("dist/utrecht/admin/index.html");
        Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\">", index);
        Assert.DoesNotContain("staticsite-editor.js", index); // the server-side preview exists only locally
        var decap = Regex.Match(index, "src=\"(decap\\.[0-9a-f]{10})/decap-cms\\.js\"");
        Assert.True(decap.Success, index);
        Assert.True(site.Exists($"dist/utrecht/admin/{decap.Groups[1].Value}/decap-cms.js"));
        Assert.NotEmpty(Directory.GetFiles(site.Full($"dist/utrecht/admin/{decap.Groups[1].Value}"), "*.decap-cms.js"));
        Assert.Empty(Directory.GetFiles(site.Full("dist/utrecht/admin"), "*.map", SearchOption.AllDirectories));

        // Files of the site, not pages of it.
        site.AssertFileContains("dist/utrecht/sitemap.xml", "! admin");
        site.AssertFileContains("dist/utrecht/api/index.json", "! admin");
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Full("dist/utrecht/api"), "*", SearchOption.AllDirectories), f => f.Contains("admin"));
        foreach (var index2 in Directory.EnumerateFiles(site.Full("dist/utrecht/assets"), "*", SearchOption.AllDirectories).Where(f => f.Contains("search")))
            Assert.DoesNotContain("admin", File.ReadAllText(index2));
        Assert.False(site.Exists("dist/amersfoort/admin"), "a region without cms: has no admin/");
    }

    [Fact]
    public void Without_cms_no_region_has_admin()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        Assert.Equal(0, site.Build().ExitCode);
        Assert.False(site.Exists("dist/utrecht/admin"));
        Assert.False(site.Exists("dist/amersfoort/admin"));
    }

    [Fact]
    public void The_admin_of_two_builds_is_byte_identical()
    {
        using var site = TestSite.Create(WithCms("  backend: gitlab\n  repo: steunpunt/website\n  app_id: x\n"));
        Assert.Equal(0, site.Build().ExitCode);
        var first = site.Snapshot("dist/utrecht/admin");
        Assert.Equal(0, site.Build().ExitCode);
        TestSite.AssertSameFiles(first, site.Snapshot("dist/utrecht/admin"));
    }

    [Fact]
    public void Wrong_cms_settings_are_reported_at_their_lines_and_the_previous_site_stays()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/region.yml", """
            name: Steunpunt Utrecht
            baseUrl: https://utrecht.example.org/
            cms:
              backend: gitlab
              repo: "steunpunt website"
              base_url: http://gitlab.example.org
            """);
        FailedKeepingPrevious(site, site.Build(), before, "cms_settings", "amersfoort");
    }

    [Fact]
    public void An_unknown_cms_backend_and_a_missing_repo_are_reported()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/region.yml", """
            name: Steunpunt Utrecht
            baseUrl: https://utrecht.example.org/
            cms:
              backend: bitbucket
              app_id: x
            """);
        FailedKeepingPrevious(site, site.Build(), before, "cms_backend_unknown", "amersfoort");
    }

    [Fact]
    public void A_cms_setting_the_backend_does_not_use_is_a_warning()
    {
        using var site = TestSite.Create(WithCms("  backend: github\n  repo: steunpunt/website\n  base_url: https://oauth.example.org\n  app_id: x\n"));
        var result = site.Build();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("warning SS1023: cms app_id is not used by the github backend; remove it.", result.Stderr);
    }
}

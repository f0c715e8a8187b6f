using System.Text.RegularExpressions;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Output;

/// <summary>
/// Issue 9 item 14: the small things a visitor's browser, a search engine or a link preview
/// expect: a 404 page that does not claim an address of its own, descriptions on the generated
/// pages, a favicon, an og:image; and a help text that says what the command does.
/// </summary>
public class PageHeadTests
{
    [Fact]
    public void The_404_and_search_pages_have_descriptions_and_the_404_page_no_address_of_its_own()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var region in new[] { "utrecht", "amersfoort" })
        {
            site.AssertFileContains($"dist/{region}/404.html", "<meta name=\"description\" content=\"Deze pagina bestaat niet (meer).",
                "! rel=\"canonical\"", "! og:url", "! /404/", "! BreadcrumbList", "! Kruimelpad");
            site.AssertFileContains($"dist/{region}/zoeken/index.html", "<meta name=\"description\" content=\"Zoek op de site van Steunpunt");
        }
    }

    [Fact]
    public void Every_page_has_a_favicon_and_an_og_image_that_exist_under_the_base_path()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        foreach (var (region, baseUrl) in new[] { ("utrecht", "https://utrecht.example.org/"), ("amersfoort", "https://example.org/amersfoort/") })
        {
            var basePath = new Uri(baseUrl).AbsolutePath;
            foreach (var page in new[] { "index.html", "ouders/tlv/index.html", "404.html", "zoeken/index.html" })
            {
                var html = site.File($"dist/{region}/{page}");
                var svg = Regex.Match(html, "<link rel=\"icon\" href=\"([^\"]+\\.svg)\" type=\"image/svg\\+xml\">");
                Assert.True(svg.Success, $"{region}/{page} has no SVG favicon");
                Assert.StartsWith(basePath + "assets/", svg.Groups[1].Value);
                Assert.True(site.Exists($"dist/{region}/{svg.Groups[1].Value[basePath.Length..]}"));
                Assert.Contains($"<link rel=\"icon\" href=\"{basePath}favicon.ico\" sizes=\"32x32\">", html);
                Assert.Contains($"<link rel=\"apple-touch-icon\" href=\"{basePath}apple-touch-icon.png\">", html);
                var image = Regex.Match(html, "<meta property=\"og:image\" content=\"([^\"]+)\">");
                Assert.True(image.Success, $"{region}/{page} has no og:image");
                Assert.StartsWith(baseUrl + "assets/", image.Groups[1].Value);
                var png = File.ReadAllBytes(site.Full($"dist/{region}/{image.Groups[1].Value[baseUrl.Length..]}"));
                Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
            }
            // What browsers and crawlers ask for by name, at the root of the site.
            Assert.Equal([0, 0, 1, 0], File.ReadAllBytes(site.Full($"dist/{region}/favicon.ico"))[..4]);
            Assert.True(site.Exists($"dist/{region}/apple-touch-icon.png"));
        }
    }

    [Fact]
    public void Check_help_says_check_not_build()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var help = site.Run("check", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Region id to check", help.Stdout);
        Assert.DoesNotContain("to build", help.Stdout);
        Assert.DoesNotContain("Publish", help.Stdout);
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Output;

/// <summary>SPEC "Output": the files of a region's site, its URLs and the JSON API.</summary>
public class OutputContractTests
{
    private const string Site = """
        -- content/regio/region.yml --
        name: Steunpunt Regio
        baseUrl: https://example.org/regio/
        contact:
          phone: 0900-123 45 67
          email: info@example.org
        top_tasks: [/ouders/tlv/]
        -- content/_shared/index.md --
        ---
        title: Welkom
        updated: 2026-05-01
        ---
        Lees over de [TLV](/ouders/tlv/), [de route](/route/vastgelopen/#stap) en mail [ons](mailto:info@example.org).
        -- content/_shared/ouders/tlv.md --
        ---
        title: Toelaatbaarheidsverklaring
        description: Wat een TLV is.
        topics: [school]
        updated: 2026-04-02
        aliases: [/oud/tlv/]
        ---
        ## Stap

        Zie [leerplicht](/organisaties/leerplicht/) en ![Schema](/ouders/schema.png). Bel [ons](tel:0900-1234567) of kijk op [de overheid](https://www.rijksoverheid.nl/).
        -- content/_shared/ouders/geheim.md --
        ---
        title: Nog niet af
        draft: true
        ---
        Concepttekst.
        -- content/_shared/organisaties/leerplicht.md --
        ---
        title: Leerplicht
        phone: 030-000 00 00
        topics: [school]
        ---
        Het Leerplichtloket helpt.
        -- content/_shared/route/vastgelopen.md --
        ---
        title: Vastgelopen
        steps:
          - title: Bel leerplicht
            organisation: leerplicht
        ---
        ## Stap

        Zo kom je verder.
        -- content/_shared/nieuws/avond.md --
        ---
        title: Informatieavond
        date: 2026-03-01
        ---
        Kom ook.
        """;

    private static TestSite BuildSite(params string[] extra)
    {
        var site = TestSite.Create(Site);
        site.WriteBytes("content/_shared/ouders/schema.png", TestImages.Png(1000, 500));
        var result = site.Build(extra);
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, result.ToString());
        return site;
    }

    [Fact]
    public void Pages_have_pretty_urls_and_the_site_has_index_404_sitemap_robots_and_search()
    {
        using var site = BuildSite();
        foreach (var path in new[] { "index.html", "ouders/tlv/index.html", "organisaties/leerplicht/index.html", "route/vastgelopen/index.html",
                     "nieuws/avond/index.html", "ouders/index.html", "404.html", "sitemap.xml", "robots.txt", "zoeken/index.html" })
            Assert.True(site.Exists("dist/regio/" + path), $"missing dist/regio/{path}");
        Assert.False(site.Exists("dist/regio/ouders/tlv.html"));
        Assert.True(site.Exists("dist/regio/ouders/schema.png"));
    }

    [Fact]
    public void Sitemap_lists_absolute_urls_under_the_base_url_with_lastmod()
    {
        using var site = BuildSite();
        var sitemap = site.File("dist/regio/sitemap.xml");
        var locs = Regex.Matches(sitemap, "<loc>([^<]*)</loc>").Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("https://example.org/regio/", locs);
        Assert.Contains("https://example.org/regio/ouders/tlv/", locs);
        Assert.All(locs, l => Assert.StartsWith("https://example.org/regio/", l));
        Assert.DoesNotContain("https://example.org/regio/ouders/geheim/", locs);
        Assert.DoesNotContain(locs, l => l.Contains("/oud/tlv/"));
        Assert.Contains("<loc>https://example.org/regio/ouders/tlv/</loc><lastmod>2026-04-02</lastmod>", sitemap);
    }

    [Fact]
    public void Robots_txt_points_at_the_sitemap_under_the_base_url()
    {
        using var site = BuildSite();
        site.AssertFileContains("dist/regio/robots.txt", "User-agent: *", "Sitemap: https://example.org/regio/sitemap.xml");
    }

    [Fact]
    public void Alias_gets_a_redirect_page_to_the_page_under_the_base_path()
    {
        using var site = BuildSite();
        site.AssertFileContains("dist/regio/oud/tlv/index.html",
            "url=/regio/ouders/tlv/", "href=\"https://example.org/regio/ouders/tlv/\"", "noindex");
    }

    [Fact]
    public void Assets_have_content_hashed_names_and_pages_link_to_them()
    {
        using var site = BuildSite();
        var css = Directory.GetFiles(site.Full("dist/regio/assets/css"), "site.*.css").Select(Path.GetFileName).Single();
        Assert.Matches(@"^site\.[0-9a-f]{8,}\.css$", css);
        site.AssertFileContains("dist/regio/index.html", $"href=\"/regio/assets/css/{css}\"");
        Assert.False(site.Exists("dist/regio/assets/css/site.css"));
    }

    [Fact]
    public void Every_href_and_src_works_under_the_base_path()
    {
        using var site = BuildSite();
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(site.Full("dist/regio"), "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length >= 10);
        var checkedUrls = 0;
        foreach (var file in pages)
        {
            using var doc = parser.ParseDocument(File.ReadAllText(file));
            foreach (var (element, url) in doc.QuerySelectorAll("[href], [src], [srcset]").SelectMany(e => UrlsOf(e).Select(u => (e, u))))
            {
                checkedUrls++;
                Assert.True(url.StartsWith("/regio/", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal)
                    || url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.Ordinal)
                    || url.StartsWith("tel:", StringComparison.Ordinal),
                    $"{Path.GetRelativePath(site.Root, file)}: <{element.LocalName} {(element.HasAttribute("href") ? "href" : "src")}=\"{url}\"> does not work under /regio/");
            }
        }
        Assert.True(checkedUrls > 50);
        site.AssertFileContains("dist/regio/ouders/tlv/index.html", "src=\"/regio/assets/img/schema.", "href=\"/regio/organisaties/leerplicht/\"");
        site.AssertFileContains("dist/regio/index.html", "href=\"/regio/route/vastgelopen/#stap\"");
    }

    private static IEnumerable<string> UrlsOf(AngleSharp.Dom.IElement element)
    {
        if (element.GetAttribute("href") is { } href) yield return href;
        if (element.GetAttribute("src") is { } src) yield return src;
        foreach (var candidate in (element.GetAttribute("srcset") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries))
            yield return candidate.Trim().Split(' ')[0];
    }

    [Fact]
    public void Json_api_lists_every_published_page_and_each_item_has_its_html()
    {
        using var site = BuildSite();
        using var index = JsonDocument.Parse(site.File("dist/regio/api/index.json"));
        var ids = index.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        var htmlPages = Directory.GetFiles(site.Full("dist/regio"), "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Full("dist/regio"), Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Where(p => p != "oud/tlv" && p != "zoeken")
            .Select(p => p == "." ? "index" : p).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(htmlPages, ids.Order(StringComparer.Ordinal).ToList());
        Assert.DoesNotContain("ouders/geheim", ids);

        using var item = JsonDocument.Parse(site.File("dist/regio/api/items/ouders/tlv.json"));
        Assert.Equal("Toelaatbaarheidsverklaring", item.RootElement.GetProperty("title").GetString());
        Assert.Equal("https://example.org/regio/ouders/tlv/", item.RootElement.GetProperty("url").GetString());
        Assert.Contains("<h2 id=\"stap\">Stap</h2>", item.RootElement.GetProperty("contentHtml").GetString());
    }

    [Fact]
    public void Drafts_are_left_out_unless_built_with_drafts()
    {
        using (var site = BuildSite())
        {
            Assert.False(site.Exists("dist/regio/ouders/geheim"));
            Assert.False(site.Exists("dist/regio/api/items/ouders/geheim.json"));
            site.AssertFileContains("dist/regio/ouders/index.html", "! Nog niet af");
        }
        using (var site = BuildSite("--drafts"))
        {
            site.AssertFileContains("dist/regio/ouders/geheim/index.html", "Concepttekst.");
            Assert.True(site.Exists("dist/regio/api/items/ouders/geheim.json"));
        }
    }
}

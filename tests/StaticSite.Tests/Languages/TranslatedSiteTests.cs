using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using StaticSite.Tests.Harness;

namespace StaticSite.Tests.Languages;

/// <summary>
/// Issue 11: a region's site in several languages, built from a site declared inline. Where translations
/// are published, what every page says about its language and its other languages (html lang and dir,
/// hreflang both ways with x-default, the language switcher, the sitemap), what a translation takes from
/// its Dutch page, and the JSON API, feeds and search files of each language.
/// </summary>
public class TranslatedSiteTests
{
    private static TestSite Built(string extra = "")
    {
        var site = TestSite.Create(LanguageSites.Utrecht + extra);
        var result = site.Build();
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, result.ToString());
        return site;
    }

    [Fact]
    public void Translations_are_published_under_their_language_with_generated_home_section_search_and_404_pages()
    {
        using var site = Built();
        foreach (var page in new[]
                 {
                     "en/index.html", "en/ouders/index.html", "en/ouders/tlv/index.html", "en/begrippen/tlv/index.html", "en/organisaties/leerplicht/index.html",
                     "en/route/vastgelopen/index.html", "en/nieuws/avond/index.html", "en/zoeken/index.html", "en/404.html",
                     "ar/index.html", "ar/ouders/tlv/index.html", "ar/zoeken/index.html", "ar/404.html",
                 })
            Assert.True(site.Exists($"dist/utrecht/{page}"), $"dist/utrecht/{page} is missing");
        // Pages without a translation are simply not there in that language.
        Assert.False(site.Exists("dist/utrecht/en/ouders/opp"));
        Assert.False(site.Exists("dist/utrecht/ar/begrippen"));
        site.AssertFileContains("dist/utrecht/en/zoeken/index.html", "<h1>Search</h1>");
        site.AssertFileContains("dist/utrecht/ar/404.html", "<html lang=\"ar\" dir=\"rtl\">", "الصفحة غير موجودة");
    }

    [Fact]
    public void A_region_without_the_language_leaves_shared_translations_out_and_exclude_takes_translations_along()
    {
        using var site = Built();
        Assert.False(site.Exists("dist/amersfoort/ar"));
        site.AssertFileContains("dist/amersfoort/en/ouders/tlv/index.html", "Admission statement", "href=\"/amersfoort/en/\"");
        Assert.False(site.Exists("dist/amersfoort/begrippen/tlv"));
        Assert.False(site.Exists("dist/amersfoort/en/begrippen/tlv"));
        site.AssertFileContains("dist/amersfoort/sitemap.xml", "! /ar/", "! begrippen/tlv");
    }

    [Fact]
    public void A_regions_own_translation_replaces_the_shared_one_like_any_page()
    {
        using var site = Built("""

            -- content/utrecht/ouders/tlv.en.md --
            ---
            title: Admission statement in Utrecht
            updated: 2026-03-01
            ---
            Utrecht's own English text.
            """);
        site.AssertFileContains("dist/utrecht/en/ouders/tlv/index.html", "Admission statement in Utrecht", "! special education");
        site.AssertFileContains("dist/amersfoort/en/ouders/tlv/index.html", "A TLV is needed for special education.");
    }

    [Fact]
    public void Related_pages_are_pages_of_the_same_language()
    {
        using var site = Built("""

            -- content/_shared/ouders/zorg.md --
            ---
            title: Zorgplicht
            topics: [school]
            ---
            Tekst.
            -- content/_shared/ouders/zorg.en.md --
            ---
            title: Duty of care
            topics: [school]
            ---
            Text.
            -- content/_shared/ouders/stage.md --
            ---
            title: Stage
            topics: [school]
            ---
            Tekst.
            -- content/_shared/ouders/stage.en.md --
            ---
            title: Work placement
            topics: [school]
            ---
            Text.
            """);
        var related = Regex.Match(site.File("dist/utrecht/en/ouders/zorg/index.html"), "<section class=\"related\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("href=\"/en/ouders/stage/\">Work placement</a>", related);
        Assert.DoesNotContain("Stage<", related);
        Assert.DoesNotContain("Zorgplicht", related);
    }

    [Fact]
    public void Every_page_says_its_language_and_direction()
    {
        using var site = Built();
        site.AssertFileContains("dist/utrecht/ouders/tlv/index.html", "<html lang=\"nl\" dir=\"ltr\">", "<meta property=\"og:locale\" content=\"nl_NL\">");
        site.AssertFileContains("dist/utrecht/en/ouders/tlv/index.html", "<html lang=\"en\" dir=\"ltr\">", "<meta property=\"og:locale\" content=\"en_GB\">",
            "Skip to content", "Last updated:", "1 March 2026", "! Laatst bijgewerkt");
        site.AssertFileContains("dist/utrecht/ar/ouders/tlv/index.html", "<html lang=\"ar\" dir=\"rtl\">", "<meta property=\"og:locale\" content=\"ar_AR\">",
            "انتقل إلى المحتوى", "5 مارس 2026");
    }

    [Fact]
    public void Hreflang_alternates_link_every_version_both_ways_with_the_dutch_page_as_x_default()
    {
        using var site = Built();
        string[] expected =
        [
            "<link rel=\"alternate\" hreflang=\"nl\" href=\"https://utrecht.example.org/ouders/tlv/\">",
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://utrecht.example.org/ouders/tlv/\">",
            "<link rel=\"alternate\" hreflang=\"en\" href=\"https://utrecht.example.org/en/ouders/tlv/\">",
            "<link rel=\"alternate\" hreflang=\"ar\" href=\"https://utrecht.example.org/ar/ouders/tlv/\">",
        ];
        foreach (var page in new[] { "ouders/tlv", "en/ouders/tlv", "ar/ouders/tlv" })
            site.AssertFileContains($"dist/utrecht/{page}/index.html", expected);
        // A page in one language has no alternates; under a base path they carry it.
        site.AssertFileContains("dist/utrecht/ouders/opp/index.html", "! <link rel=\"alternate\" hreflang=");
        site.AssertFileContains("dist/amersfoort/en/ouders/tlv/index.html",
            "<link rel=\"alternate\" hreflang=\"nl\" href=\"https://example.org/amersfoort/ouders/tlv/\">",
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://example.org/amersfoort/ouders/tlv/\">");
    }

    [Fact]
    public void The_language_switcher_names_each_language_in_itself_and_links_the_translation_or_else_that_languages_home()
    {
        using var site = Built();
        var translated = Switcher(site.File("dist/utrecht/ouders/tlv/index.html"));
        Assert.Equal([("Nederlands", "/ouders/tlv/", true), ("English", "/en/ouders/tlv/", false), ("العربية", "/ar/ouders/tlv/", false)], translated);
        var dutchOnly = Switcher(site.File("dist/utrecht/ouders/opp/index.html"));
        Assert.Equal([("Nederlands", "/ouders/opp/", true), ("English", "/en/", false), ("العربية", "/ar/", false)], dutchOnly);
        var english = Switcher(site.File("dist/utrecht/en/route/vastgelopen/index.html"));
        Assert.Equal([("Nederlands", "/route/vastgelopen/", false), ("English", "/en/route/vastgelopen/", true), ("العربية", "/ar/", false)], english);
        site.AssertFileContains("dist/utrecht/ar/index.html", "<a href=\"/en/\" lang=\"en\" hreflang=\"en\" dir=\"ltr\">English</a>");
    }

    private static List<(string Name, string Url, bool Current)> Switcher(string html)
    {
        var nav = Regex.Match(html, "<nav class=\"language-switcher\"[^>]*>(.*?)</nav>", RegexOptions.Singleline);
        Assert.True(nav.Success, "the page has no language switcher");
        return [.. Regex.Matches(nav.Groups[1].Value, "<a href=\"([^\"]+)\"[^>]*?( aria-current=\"true\")?>([^<]+)</a>")
            .Select(m => (m.Groups[3].Value, m.Groups[1].Value, m.Groups[2].Success))];
    }

    [Fact]
    public void The_sitemap_lists_each_version_with_its_alternates_and_x_default()
    {
        using var site = Built();
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        var urls = XDocument.Parse(site.File("dist/utrecht/sitemap.xml")).Root!.Elements(sitemap + "url")
            .ToDictionary(u => u.Element(sitemap + "loc")!.Value, u => u.Elements(xhtml + "link").Select(l => ((string)l.Attribute("hreflang")!, (string)l.Attribute("href")!)).ToList());
        List<(string, string)> versions =
        [
            ("nl", "https://utrecht.example.org/ouders/tlv/"), ("x-default", "https://utrecht.example.org/ouders/tlv/"),
            ("en", "https://utrecht.example.org/en/ouders/tlv/"), ("ar", "https://utrecht.example.org/ar/ouders/tlv/"),
        ];
        Assert.Equal(versions, urls["https://utrecht.example.org/ouders/tlv/"]);
        Assert.Equal(versions, urls["https://utrecht.example.org/en/ouders/tlv/"]);
        Assert.Equal(versions, urls["https://utrecht.example.org/ar/ouders/tlv/"]);
        Assert.Empty(urls["https://utrecht.example.org/ouders/opp/"]);
        Assert.DoesNotContain(urls.Keys, u => u.Contains("zoeken") || u.Contains("404"));
    }

    [Fact]
    public void A_translation_takes_the_facts_it_leaves_out_from_its_dutch_page()
    {
        using var site = Built();
        site.AssertFileContains("dist/utrecht/en/organisaties/leerplicht/index.html",
            "School attendance office Utrecht", "<a href=\"tel:+31300000000\" dir=\"ltr\">030-000 00 00</a>", "Utrecht</dd>");
        // The route's steps name their organisation as the Dutch steps do, and link its translation.
        site.AssertFileContains("dist/utrecht/en/route/vastgelopen/index.html",
            "Call the attendance office", "Who can help: <a href=\"/en/organisaties/leerplicht/\">School attendance office Utrecht</a>");
        // The news item's date comes from the Dutch item.
        site.AssertFileContains("dist/utrecht/en/nieuws/avond/index.html", "Published on <time datetime=\"2026-02-10\">10 February 2026</time>");
    }

    [Fact]
    public void Links_in_a_translation_go_to_the_translated_page_when_there_is_one_and_glossary_terms_to_its_own_language()
    {
        using var site = Built();
        var home = site.File("dist/utrecht/en/index.html");
        Assert.Contains("<a href=\"/en/ouders/tlv/\">TLV</a>", home);
        Assert.Contains("<a href=\"/ouders/opp/\">OPP</a>", home);
        site.AssertFileContains("dist/utrecht/en/ouders/tlv/index.html", "<a href=\"/en/begrippen/tlv/\" class=\"begrip\" title=\"Admission statement\">TLV</a>");
        site.AssertFileContains("dist/amersfoort/en/index.html", "<a href=\"/amersfoort/en/ouders/tlv/\">TLV</a>");
    }

    [Fact]
    public void The_home_and_section_pages_of_a_language_list_its_pages_and_link_the_dutch_only_ones()
    {
        using var site = Built();
        var section = site.File("dist/utrecht/en/ouders/index.html");
        Assert.Contains("<h1>For parents</h1>", section);
        Assert.Contains("href=\"/en/ouders/tlv/\">Admission statement</a>", section);
        var dutchOnly = Regex.Match(section, "<section class=\"untranslated\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("Only in Dutch", dutchOnly);
        Assert.Contains("<a href=\"/ouders/opp/\" lang=\"nl\" hreflang=\"nl\" dir=\"ltr\">Ontwikkelingsperspectief</a>", dutchOnly);
        Assert.DoesNotContain("/ouders/tlv/", dutchOnly);
        // The menu of a language links its sections, and the Dutch ones it lacks as Dutch.
        var menu = Regex.Match(site.File("dist/utrecht/ar/index.html"), "<nav class=\"site-nav\".*?</nav>", RegexOptions.Singleline).Value;
        Assert.Contains("<a href=\"/ar/ouders/\">لأولياء الأمور</a>", menu);
        Assert.Contains("<a href=\"/organisaties/\" lang=\"nl\" hreflang=\"nl\">Organisaties</a>", menu);
    }

    [Fact]
    public void The_json_api_gives_each_item_its_language_and_its_translations()
    {
        using var site = Built();
        var dutch = JsonNode.Parse(site.File("dist/utrecht/api/items/ouders/tlv.json"))!;
        Assert.Equal("nl", (string?)dutch["lang"]);
        Assert.Equal(["en", "ar"], dutch["translations"]!.AsArray().Select(t => (string)t!["lang"]!));
        Assert.Equal("https://utrecht.example.org/api/items/en/ouders/tlv.json", (string?)dutch["translations"]![0]!["api"]);
        var english = JsonNode.Parse(site.File("dist/utrecht/api/items/en/ouders/tlv.json"))!;
        Assert.Equal("en", (string?)english["lang"]);
        Assert.Equal("Admission statement", (string?)english["title"]);
        Assert.Equal(["nl", "ar"], english["translations"]!.AsArray().Select(t => (string)t!["lang"]!));
        Assert.Equal("https://utrecht.example.org/ouders/tlv/", (string?)english["translations"]![0]!["url"]);
        Assert.Empty(JsonNode.Parse(site.File("dist/utrecht/api/items/ouders/opp.json"))!["translations"]!.AsArray());
        var index = JsonNode.Parse(site.File("dist/utrecht/api/index.json"))!;
        Assert.Equal(["nl", "en", "ar"], index["region"]!["languages"]!.AsArray().Select(l => (string)l!));
        Assert.Contains(index["items"]!.AsArray(), i => (string?)i!["id"] == "ar/ouders/tlv" && (string?)i["lang"] == "ar");
    }

    [Fact]
    public void Each_language_with_news_has_its_own_atom_feed()
    {
        using var site = Built();
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var english = XDocument.Parse(site.File("dist/utrecht/en/nieuws/feed.xml")).Root!;
        Assert.Equal("en", (string?)english.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal("News from Steunpunt Utrecht", english.Element(atom + "title")!.Value);
        Assert.Equal("https://utrecht.example.org/en/", (string?)english.Elements(atom + "link").Single(l => l.Attribute("rel") is null).Attribute("href"));
        Assert.Equal(["https://utrecht.example.org/en/nieuws/avond/"], english.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value));
        var dutch = XDocument.Parse(site.File("dist/utrecht/nieuws/feed.xml")).Root!;
        Assert.Equal("nl", (string?)dutch.Attribute(XNamespace.Xml + "lang"));
        Assert.Equal(["https://utrecht.example.org/nieuws/avond/"], dutch.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value));
        // Arabic has no news: no feed, and its pages do not offer one.
        Assert.False(site.Exists("dist/utrecht/ar/nieuws/feed.xml"));
        site.AssertFileContains("dist/utrecht/ar/index.html", "! application/atom+xml");
        site.AssertFileContains("dist/utrecht/en/index.html", "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"News from Steunpunt Utrecht\" href=\"/en/nieuws/feed.xml\">");
        // A page may link the feed of its language.
        site.Write("content/utrecht/nieuws/avond.en.md", "---\ntitle: Information evening\n---\nCome to the evening. Follow [our news](/en/nieuws/feed.xml).\n");
        var again = site.Build();
        Assert.True(again.ExitCode == 0 && again.ErrorLines.Count == 0, again.ToString());
    }

    [Fact]
    public void Each_language_has_its_own_search_files_and_its_search_page_names_its_query_functions()
    {
        using var site = Built();
        var english = site.File("dist/utrecht/en/zoeken/index.html");
        var app = Regex.Match(english, "<div id=\"search-app\"[^>]*>").Value;
        Assert.Matches("data-index=\"/assets/search/en/index\\.[0-9a-f]+\\.json\"", app);
        Assert.Matches("data-scripts=\"/assets/js/lunr\\.[0-9a-f]+\\.js\"", app);
        Assert.Contains("data-lang=\"en\" data-trimmer=\"trimmer\" data-folding=\"\" data-stop-word-filter=\"stopWordFilter\"", app);
        var arabic = Regex.Match(site.File("dist/utrecht/ar/zoeken/index.html"), "<div id=\"search-app\"[^>]*>").Value;
        Assert.Matches("data-scripts=\"/assets/js/lunr\\.[0-9a-f]+\\.js /assets/js/lunr\\.stemmer\\.support\\.[0-9a-f]+\\.js /assets/js/lunr\\.ar\\.[0-9a-f]+\\.js\"", arabic);
        Assert.Contains("data-trimmer=\"trimmer-ar\"", arabic);
        var dutch = Regex.Match(site.File("dist/utrecht/zoeken/index.html"), "<div id=\"search-app\"[^>]*>").Value;
        Assert.Matches("data-index=\"/assets/search/index\\.[0-9a-f]+\\.json\"", dutch);
        Assert.Contains("data-trimmer=\"trimmer-nl\" data-folding=\"diacritics-nl\" data-stop-word-filter=\"stopWordFilter-nl\"", dutch);
        // The English documents are the English pages; the glossary's synonyms are the English term's.
        var docs = JsonNode.Parse(File.ReadAllText(Directory.GetFiles(site.Full("dist/utrecht/assets/search/en"), "docs.*.json").Single()))!;
        var urls = docs["documents"]!.AsArray().Select(d => (string)d![0]!).ToList();
        Assert.Contains("/en/ouders/tlv/", urls);
        Assert.All(urls, u => Assert.StartsWith("/en/", u));
        Assert.Equal([["admission statement", "tlv", "admission to special education"]], docs["synonyms"]!.AsArray().Select(g => g!.AsArray().Select(n => (string)n!).ToArray()));
    }

    [Fact]
    public void Building_twice_gives_the_same_bytes()
    {
        using var site = Built();
        var first = site.Snapshot();
        Directory.Delete(site.Full("dist"), recursive: true);
        var again = site.Build();
        Assert.True(again.ExitCode == 0, again.ToString());
        TestSite.AssertSameFiles(first, site.Snapshot());
    }
}

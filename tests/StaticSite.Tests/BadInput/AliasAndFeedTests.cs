using System.Text.Json;
using System.Xml.Linq;
using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>
/// Issue 9 item 13: aliases and control characters that used to end in an internal error
/// ("please report") each get a diagnostic at their line.
/// </summary>
public class AliasAndFeedTests
{
    [Fact]
    public void Aliases_on_generated_files_with_codes_odd_characters_or_too_long_are_each_reported_at_their_line()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        site.WriteBytes("content/utrecht/ouders/foto.png", [0x89, 0x50, 0x4E, 0x47]);
        var before = BuildGood(site);
        string[] aliases =
        [
            "/api/index.json", "/api/", "/API/items/x/", "/assets/oud/", "/sitemap.xml", "/robots.txt", "/404.html", "/nieuws/feed.xml",
            "/nieuws/feed.xml/oud/", "/zoeken/", "/_redirects", "/favicon.ico", "/ouders/foto.png/oud/",
            "/" + new string('a', 300) + "/", "/oud/" + new string('b', 250) + "/", "/" + string.Concat(Enumerable.Repeat("lang/", 220)),
            "/%2e%2e/%2e%2e/x/", "/oud/%252e%252e/", "/%2Fetc/", "/caf%C3%A9/", "/a\"><script>alert(1)</script>/", "/oud pagina/", "/oud?id=3",
            "/oud#kop", "/cli\u200Bent/", "/oud\u000B/", "//evil.example/", "https://evil.example/", "oud/", "\\oud\\",
        ];
        var yaml = string.Concat(aliases.Select(a => $"  - \"{a.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\u000B", "\\v").Replace("\u200B", "\\u200B")}\"\n"));
        site.Write("content/utrecht/ouders/oud.md", $"---\ntitle: Oud\naliases:\n{yaml}  - /ünïcode-mag/\n  - /OudeUrl.html\n---\nTekst.\n");
        FailedKeepingPrevious(site, site.Build(), before, "alias_class", "amersfoort");
    }

    [Fact]
    public void Valid_unusual_aliases_get_redirect_pages()
    {
        using var site = TestSite.Create(Sites.TwoRegions + "\n-- content/utrecht/ouders/oud.md --\n---\ntitle: Oud\naliases: [/ünïcode-mag/, /OudeUrl.html, /oud~1/]\n---\nTekst.\n");
        var result = site.Build();
        Assert.True(result.ExitCode == 0 && result.ErrorLines.Count == 0, result.ToString());
        foreach (var folder in new[] { "ünïcode-mag", "OudeUrl.html", "oud~1" })
            site.AssertFileContains($"dist/utrecht/{folder}/index.html", "url=/ouders/oud/");
    }

    [Fact]
    public void Every_control_character_in_titles_and_bodies_is_a_warning_and_never_reaches_the_feed_json_or_html()
    {
        // Every C0 control but tab, newline and carriage return, DEL and every C1 control.
        var controls = Enumerable.Range(0, 0x20).Where(c => c is not (9 or 10 or 13)).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).ToList();
        var files = new System.Text.StringBuilder();
        foreach (var c in controls)
        {
            // In YAML, as an escape in the title; in Markdown, raw (a raw NUL makes the file binary, SS1202, so it is only in the title).
            var body = c == '\0' ? "Tekst." : $"Tekst met {c} erin.";
            files.Append($"\n-- content/utrecht/nieuws/teken-{(int)c:x2}.md --\n---\ntitle: \"Nieuws \\x{(int)c:x2} met teken\"\ndate: 2026-11-01\n---\n{body}\n");
        }
        files.Append("\n-- content/amersfoort/nieuws/regio.md --\n---\ntitle: Nieuws\ndate: 2026-11-01\n---\nTekst.\n");
        using var site = TestSite.Create(Sites.TwoRegions.Replace("name: Steunpunt Eemland", "name: \"Steunpunt\\vEemland\"") + files);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        NoStackTrace(result);
        foreach (var c in controls)
        {
            var name = $"U+{(int)c:X4}";
            Assert.Contains(result.ErrorLines, l => l == $"content/utrecht/nieuws/teken-{(int)c:x2}.md(2,8): warning SS2019: 'title' contains an invisible control character ({name}), replaced by a space; pages, feeds and the API cannot hold it. Remove it (it often comes with text pasted from a word processor).");
            if (c != '\0')
                Assert.Contains(result.ErrorLines, l => l.StartsWith($"content/utrecht/nieuws/teken-{(int)c:x2}.md(5,11): warning SS2019: an invisible control character ({name}) was replaced by a space", StringComparison.Ordinal));
        }
        Assert.Contains(result.ErrorLines, l => l.StartsWith("content/amersfoort/region.yml(1,7): warning SS2019: 'name' contains", StringComparison.Ordinal));

        foreach (var region in new[] { "utrecht", "amersfoort" })
        {
            var feed = XDocument.Parse(site.File($"dist/{region}/nieuws/feed.xml"));
            Assert.Contains(feed.Descendants(), e => e.Name.LocalName == "entry");
            foreach (var (path, bytes) in site.Snapshot($"dist/{region}").Where(f => f.Key.EndsWith(".html") || f.Key.EndsWith(".json") || f.Key.EndsWith(".xml")))
            {
                var text = System.Text.Encoding.UTF8.GetString(bytes);
                Assert.False(text.Any(c => controls.Contains(c)), $"{region}/{path} holds a control character");
                if (path.EndsWith(".json")) JsonDocument.Parse(text).Dispose();
                // JSON may hold them escaped (\u000b); it must not: a consumer would put them in a page.
                Assert.DoesNotMatch(@"\\u00(0[0-8bcef]|1[0-9a-f]|7f|[89][0-9a-f])", text.ToLowerInvariant());
            }
        }
        site.AssertFileContains("dist/utrecht/nieuws/feed.xml", "Nieuws   met teken");
    }
}

using StaticSite.Tests.Harness;
using static StaticSite.Tests.BadInput.BadInputAssert;

namespace StaticSite.Tests.BadInput;

/// <summary>
/// Issue 9 item 11: the sanitizer keeps harmless markup and all text, and says what it removed at
/// its line; raw HTML links are checked and get the base path like Markdown links; page ids keep
/// off the theme's ids.
/// </summary>
public class RawHtmlTests
{
    private const string Page = """
        -- content/_shared/ouders/html.md --
        ---
        title: HTML in een pagina
        ---
        <waarschuwing>Bel 112 bij gevaar</waarschuwing>

        - [x] gedaan
        - [ ] nog doen

        <div role="note" aria-label="Let op" aria-describedby="uitleg">Let op <span lang="en" dir="ltr">please</span></div>

        <p><img src="/ouders/foto.png" alt="Een foto" loading="lazy" decoding="async"> <a href="/ouders/tlv/">de TLV</a> <a href="https://utrecht.example.org/ouders/tlv/">eigen site</a></p>

        [Sms ons](sms:+31612345678), [WhatsApp ons](whatsapp://send?phone=31612345678) of [bel](tel:+31301234567). En [x](foo\)\:).

        ## Inhoud

        <div id="inhoud">Een id van het thema</div>

        <div style="position:fixed;top:0;left:0;color:red">Bel 0900-NEP</div>

        <script>steel()</script><noscript><img src=x onerror=alert(1)></noscript>

        <details><summary>Meer</summary>Verborgen <mark>tekst</mark> en <button onclick="x()">een knop</button>.</details>
        -- content/_shared/ouders/foto.png --
        PNG
        """;

    [Fact]
    public void Raw_html_keeps_all_text_and_harmless_markup_and_reports_each_removal_at_its_line()
    {
        using var site = TestSite.Create(Sites.TwoRegions + "\n" + Page);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.ToString());
        Golden.AssertDiagnostics("raw_html_kept_and_reported", result);
        foreach (var (region, basePath) in new[] { ("utrecht", "/"), ("amersfoort", "/amersfoort/") })
            site.AssertFileContains($"dist/{region}/ouders/html/index.html",
                "Bel 112 bij gevaar", "! <waarschuwing",
                // As the sanitizer writes them (boolean attributes with their name as value, CSS with spaces).
                "<input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\">", "<input disabled=\"disabled\" type=\"checkbox\">",
                "role=\"note\"", "aria-label=\"Let op\"", "aria-describedby=\"uitleg\"", "lang=\"en\"",
                "loading=\"lazy\"", "decoding=\"async\"",
                $"src=\"{basePath}ouders/foto.png\"", $"<a href=\"{basePath}ouders/tlv/\">de TLV</a>",
                "href=\"sms:+31612345678\"", "href=\"whatsapp://send?phone=31612345678\"", "href=\"tel:+31301234567\"", "href=\"foo):\"",
                "<h2 id=\"inhoud-1\">Inhoud</h2>", "! <div id=\"inhoud\">", "Een id van het thema",
                "Bel 0900-NEP", "! position:", "! fixed", "color: rgba(255, 0, 0, 1)",
                "! steel()", "! onerror", "! alert(1)",
                "<details><summary>Meer</summary>Verborgen <mark>tekst</mark> en een knop.</details>");
        // An absolute link to the site's own address is written root-relative (it works on a preview address too).
        site.AssertFileContains("dist/utrecht/ouders/html/index.html", "<a href=\"/ouders/tlv/\">eigen site</a>");
        Assert.Single(site.File("dist/utrecht/ouders/html/index.html").Split("id=\"inhoud\"").Skip(1));
    }

    [Fact]
    public void Broken_links_in_raw_html_are_errors_at_their_line_like_markdown_links()
    {
        using var site = TestSite.Create(Sites.TwoRegions);
        var before = BuildGood(site);
        site.Write("content/utrecht/ouders/html-links.md", """
            ---
            title: Kapotte HTML-links
            ---
            Tekst.

            <p>Zie <a href="/ouders/tvl/">de TLV</a>.</p>

            <div>
            <img src="/ouders/weg.png" alt="Weg">
            </div>

            Of [de eigen site](https://utrecht.example.org/swv/) en <a href="http://utrecht.example.org/ook/weg/">ook weg</a>.
            """);
        FailedKeepingPrevious(site, site.Build(), before, "raw_html_broken_links", "amersfoort");
    }
}

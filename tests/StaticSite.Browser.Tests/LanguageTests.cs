using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using StaticSite.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StaticSite.Browser.Tests;

/// <summary>
/// Issue 11 in Chromium, on the example region utrecht (English and Arabic): translated pages pass axe,
/// Arabic pages are laid out right to left (checked by position and kept as screenshots), the language
/// switcher leads to the page's translation or the language's home, and the search page of each language
/// finds other word forms than the pages use.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserFixture browser)
{
    private const string Region = "utrecht";

    /// <summary>A translated page of each kind: (language, name, site path, layout kind).</summary>
    public static TheoryData<string, string, string, string> TranslatedPages()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var language in (string[])["en", "ar"])
        {
            data.Add(language, "home", $"/{language}/", "home");
            data.Add(language, "section", $"/{language}/ouders/", "list");
            data.Add(language, "page", $"/{language}/ouders/tlv/", "page");
            data.Add(language, "organisation", $"/{language}/organisaties/ouder-en-jeugdsteunpunt/", "organisation");
            data.Add(language, "route", $"/{language}/route/vastgelopen/", "route");
            data.Add(language, "faq", $"/{language}/vragen/mijn-kind-zit-al-weken-thuis/", "faq");
            data.Add(language, "term", $"/{language}/begrippen/toelaatbaarheidsverklaring/", "term");
            data.Add(language, "glossary", $"/{language}/begrippen/", "list");
            data.Add(language, "search", $"/{language}/zoeken/?q={(language == "en" ? "school" : "المدرسة")}", "search");
            data.Add(language, "notfound", $"/{language}/404.html", "notfound");
        }
        data.Add("en", "news", "/en/nieuws/2026-10-expertteam/", "news");
        return data;
    }

    private async Task OpenAsync(IPage page, string path, string kind)
    {
        var response = await page.GotoAsync(browser.Server(Region).Url(path), new() { WaitUntil = WaitUntilState.Load });
        Assert.True(response?.Status == 200, $"{path}: HTTP {response?.Status}");
        Assert.Contains("kind-" + kind, (await page.GetAttributeAsync("body", "class") ?? "").Split(' '));
        if (kind == "search") await page.Locator("#search-results > li").First.WaitForAsync();
    }

    [Theory]
    [MemberData(nameof(TranslatedPages))]
    public async Task Translated_page_has_no_WCAG_21_AA_or_best_practice_violations(string language, string name, string path, string kind)
    {
        await using var session = await browser.NewPageAsync(bypassCsp: true);
        await OpenAsync(session.Page, path, kind);
        Assert.Equal(language, await session.Page.GetAttributeAsync("html", "lang"));
        await session.Page.AddScriptTagAsync(new() { Path = RepositoryPaths.AxeScript });
        var result = await session.Page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
              return { passes: result.passes.length, violations: result.violations.map(v => v.id + ': ' + v.help + ' ' + v.nodes.map(n => n.target.join(' ')).join(', ')) };
            }
            """);
        Assert.True(result.GetProperty("passes").GetInt32() > 10, $"axe checked almost nothing on {path}");
        var violations = result.GetProperty("violations").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(violations.Count == 0, $"axe on {language} {name} ({path}):\n" + string.Join("\n", violations));
    }

    [Theory]
    [InlineData("home", "/ar/", "home")]
    [InlineData("page", "/ar/ouders/tlv/", "page")]
    [InlineData("route", "/ar/route/vastgelopen/", "route")]
    [InlineData("search", "/ar/zoeken/?q=أطفال", "search")]
    public async Task Arabic_pages_are_laid_out_right_to_left(string name, string path, string kind)
    {
        var folder = Path.Combine(RepositoryPaths.Results, "screenshots", Region + "-ar");
        Directory.CreateDirectory(folder);
        foreach (var width in (int[])[375, 1280])
        {
            await using var session = await browser.NewPageAsync(width, 800);
            var page = session.Page;
            await OpenAsync(page, path, kind);
            Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.body).direction"));
            // Nothing sticks out sideways, and what starts a line starts at the right.
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth"), $"{path} scrolls sideways at {width} px");
            var main = await page.Locator("main").BoundingBoxAsync();
            var title = await page.Locator("main h1").First.BoundingBoxAsync();
            Assert.True(Math.Abs(main!.X + main.Width - (title!.X + title.Width)) < 40, $"the title of {path} does not start at the right of the page at {width} px");
            if (kind == "route")
            {
                var number = await page.Locator(".step-number").First.BoundingBoxAsync();
                var body = await page.Locator(".step-body").First.BoundingBoxAsync();
                Assert.True(number!.X > body!.X, "the step numbers of the route are not on the right of the steps");
            }
            if (kind == "page")
            {
                var crumbs = page.Locator(".breadcrumbs li");
                Assert.True((await crumbs.Nth(0).BoundingBoxAsync())!.X > (await crumbs.Nth(1).BoundingBoxAsync())!.X, "the breadcrumbs do not run from right to left");
            }
            var file = Path.Combine(folder, $"{name}-{width}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled });
            Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty");
        }
    }

    [Fact]
    public async Task The_language_switcher_leads_to_the_translation_or_to_the_languages_home()
    {
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        await OpenAsync(page, "/ouders/tlv/", "page");
        var switcher = page.GetByRole(AriaRole.Navigation, new() { Name = "Taal" });
        await Expect(switcher.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Nederlands", "English", "العربية"]);
        await Expect(switcher.GetByRole(AriaRole.Link, new() { Name = "Nederlands" })).ToHaveAttributeAsync("aria-current", "true");
        await switcher.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Server(Region).Url("/en/ouders/tlv/"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByRole(AriaRole.Link, new() { Name = "العربية" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Server(Region).Url("/ar/ouders/tlv/"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");

        // A page in Dutch only: the other languages' homes.
        await OpenAsync(page, "/ouders/opp/", "page");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Taal" }).GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(browser.Server(Region).Url("/en/"));
        await Expect(page.Locator("h1")).ToContainTextAsync("Ouder- en jeugdsteunpunt Utrecht");
    }

    [Theory]
    [InlineData("en", "applications", "/en/ouders/tlv/")]
    [InlineData("en", "admitted", "/en/ouders/tlv/")]
    [InlineData("en", "tlv", "/en/begrippen/toelaatbaarheidsverklaring/")]
    [InlineData("ar", "أطفال", "/ar/ouders/tlv/")]
    [InlineData("ar", "بالمدرسة", "/ar/vragen/mijn-kind-zit-al-weken-thuis/")]
    [InlineData("ar", "تصريح الالتحاق", "/ar/begrippen/toelaatbaarheidsverklaring/")]
    public async Task The_search_page_of_a_language_finds_other_word_forms_and_glossary_names(string language, string query, string expected)
    {
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        await OpenAsync(page, $"/{language}/zoeken/?q={Uri.EscapeDataString(query)}", "search");
        await Expect(page.Locator("#search-app")).ToHaveAttributeAsync("data-state", "complete");
        var hrefs = await page.Locator("#search-results > li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(hrefs.Contains(expected), $"'{query}' on /{language}/zoeken/ did not find {expected}; it found {string.Join(" ", hrefs)}");
        Assert.All(hrefs, h => Assert.StartsWith($"/{language}/", h));
        var status = await page.Locator("#search-status").TextContentAsync();
        Assert.Contains(query, status);
        Assert.DoesNotContain("resultaten", status);
    }
}

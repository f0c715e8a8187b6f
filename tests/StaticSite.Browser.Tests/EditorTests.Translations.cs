using Microsoft.Playwright;
using StaticSite.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace StaticSite.Browser.Tests;

/// <summary>
/// Issue 11, item 6: utrecht offers English and Arabic, so its pages are edited with their translations:
/// the Dutch form beside the English one, each saved to the site's own file (<c>tlv.md</c>, <c>tlv.en.md</c>).
/// </summary>
public sealed partial class EditorTests
{
    [Fact]
    public async Task A_translation_is_edited_beside_its_dutch_page_and_saved_to_its_own_file()
    {
        await using var editor = await EditorServer.StartAsync();
        await using var session = await browser.NewPageAsync(1600, 1000);
        var page = session.Page;
        await editor.LogInAsync(page);
        await page.GotoAsync(editor.AdminUrl + "#/collections/landelijk_sectie_ouders/entries/tlv");
        var titles = page.GetByLabel("Titel", new() { Exact = true });
        await Expect(titles.First).ToHaveValueAsync("Toelaatbaarheidsverklaring (TLV)", new() { Timeout = 15_000 });

        // Side by side: the English form next to the Dutch one.
        await page.GetByTitle("Wissel i18n").ClickAsync();
        await Expect(titles).ToHaveCountAsync(2);
        await Expect(titles.Nth(1)).ToHaveValueAsync("Admission statement for special education (TLV)");
        await titles.Nth(1).FillAsync("Admission statement (TLV)");
        await ScreenshotAsync(page, "editor-translation-side-by-side");
        await PublishAsync(page);

        var english = await editor.WaitForFileAsync("_shared/ouders/tlv.en.md", t => t?.Contains("Admission statement (TLV)") == true);
        Assert.Contains("title: Admission statement (TLV)", english);
        Assert.Contains("Does your child want to go to special education?", english);
        // Facts stay on the Dutch page; the Dutch page keeps its own name.
        Assert.DoesNotContain("weight:", english);
        Assert.Contains("title: Toelaatbaarheidsverklaring (TLV)", File.ReadAllText(editor.File("_shared/ouders/tlv.md")));
        Assert.False(File.Exists(editor.File("_shared/ouders/tlv.nl.md")));

        await using var site = await browser.NewPageAsync();
        await RetryGotoAsync(site.Page, editor.SiteUrl("/en/ouders/tlv/"));
        await Expect(site.Page.Locator("h1")).ToHaveTextAsync("Admission statement (TLV)", new() { Timeout = 15_000 });
    }

    [Fact]
    public async Task A_new_page_saved_without_translations_writes_only_the_dutch_file()
    {
        await using var editor = await EditorServer.StartAsync();
        await using var session = await browser.NewPageAsync(1400, 900);
        var page = session.Page;
        await editor.LogInAsync(page);
        await page.GotoAsync(editor.AdminUrl + "#/collections/vragen/new");
        await page.GetByLabel("Titel", new() { Exact = true }).First.FillAsync("Kan ik een tolk meenemen?");
        await TypeBodyAsync(page, "Ja, dat mag altijd.");
        await PublishAsync(page);
        var text = await editor.WaitForFileAsync("utrecht/vragen/kan-ik-een-tolk-meenemen.md", t => t is not null);
        Assert.Contains("Ja, dat mag altijd.", text);
        await Task.Delay(500);
        Assert.Empty(Directory.GetFiles(editor.File("utrecht/vragen"), "kan-ik-een-tolk-meenemen.*.md"));
    }
}

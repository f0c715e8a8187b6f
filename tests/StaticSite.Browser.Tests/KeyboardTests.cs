using System.Text.Json;
using Microsoft.Playwright;
using StaticSite.Browser.Tests.Infrastructure;

namespace StaticSite.Browser.Tests;

/// <summary>Keyboard-only use: the skip link comes first and leads to the content, the search is reachable, focus is visible.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser)
{
    private const int MaxTabStops = 80;

    /// <summary>What has focus, and whether it shows an outline or a box shadow.</summary>
    private const string Focused = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return { tag: 'BODY', id: '', cls: '', text: '', visible: false };
          const s = getComputedStyle(e);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          const shadow = !!s.boxShadow && s.boxShadow !== 'none';
          return { tag: e.tagName, id: e.id, cls: e.className || '', text: (e.textContent || '').trim().slice(0, 40), visible: outline || shadow };
        }
        """;

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var region in PageKinds.Regions)
            foreach (var kind in new[] { "home", "page", "organisations", "search", "notfound" })
                data.Add(region, kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task First_tab_reaches_the_skip_link_and_it_moves_focus_to_main(string region, string kind)
    {
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        await browser.OpenAsync(page, region, PageKinds.Get(region, kind));

        await page.Keyboard.PressAsync("Tab");
        var first = await FocusedAsync(page);
        Assert.True(first.Cls.Contains("skip-link"), $"{region} {kind}: the first Tab stop is <{first.Tag} class='{first.Cls}'> '{first.Text}', not the skip link");
        Assert.True(first.Visible, $"{region} {kind}: the focused skip link shows no outline");
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync(), $"{region} {kind}: the focused skip link is not visible");

        await page.Keyboard.PressAsync("Enter");
        var target = await FocusedAsync(page);
        Assert.True(target.Tag == "MAIN", $"{region} {kind}: after the skip link, focus is on <{target.Tag} id='{target.Id}'>, not <main>");

        // The next Tab continues inside the content, not back in the header.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            $"{region} {kind}: Tab after the skip link left <main>");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Tab_reaches_the_search_input_with_visible_focus_on_every_stop(string region, string kind)
    {
        await using var session = await browser.NewPageAsync();
        var page = session.Page;
        var pageKind = PageKinds.Get(region, kind);
        await browser.OpenAsync(page, region, pageKind);
        var searchId = pageKind.Kind == "search" ? "search-input" : "site-search-q";

        var invisible = new List<string>();
        var reached = false;
        for (var stop = 0; stop < MaxTabStops; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await FocusedAsync(page);
            if (focused.Tag == "BODY") break;
            if (!focused.Visible) invisible.Add($"<{focused.Tag} id='{focused.Id}' class='{focused.Cls}'> '{focused.Text}'");
            if (focused.Id == searchId) reached = true;
        }

        Assert.True(reached, $"{region} {kind}: Tab never reached #{searchId}");
        Assert.True(invisible.Count == 0, $"{region} {kind}: focus is not visible on:{Environment.NewLine}" + string.Join(Environment.NewLine, invisible.Distinct()));
    }

    private sealed record FocusInfo(string Tag, string Id, string Cls, string Text, bool Visible);

    private static async Task<FocusInfo> FocusedAsync(IPage page)
    {
        var e = await page.EvaluateAsync<JsonElement>(Focused);
        return new FocusInfo(e.GetProperty("tag").GetString()!, e.GetProperty("id").GetString()!, e.GetProperty("cls").GetString()!,
            e.GetProperty("text").GetString()!, e.GetProperty("visible").GetBoolean());
    }
}

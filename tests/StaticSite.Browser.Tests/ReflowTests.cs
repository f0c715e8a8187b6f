using StaticSite.Browser.Tests.Infrastructure;

namespace StaticSite.Browser.Tests;

/// <summary>WCAG 1.4.10 reflow: no horizontal scrolling at 320 CSS px, nor at 1280 px zoomed to 200%.</summary>
[Collection(LayoutCollection.Name)]
public sealed class ReflowTests(BrowserFixture browser)
{
    /// <summary>
    /// The elements that stick out on the right, to say what to fix; content of a scroll container
    /// (a wide table scrolls inside itself, which WCAG allows) is left out.
    /// </summary>
    private const string Overflow = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return '';
          const inScroller = e => {
            for (let p = e.parentElement; p && p !== document.body; p = p.parentElement)
              if (getComputedStyle(p).overflowX !== 'visible') return true;
            return false;
          };
          const out = [...document.querySelectorAll('body *')]
            .map(e => ({ e, r: e.getBoundingClientRect() }))
            .filter(x => x.r.right > width + 0.5 && x.r.width > 0 && !inScroller(x.e))
            .sort((a, b) => b.r.right - a.r.right).slice(0, 6)
            .map(x => `<${x.e.tagName.toLowerCase()}${x.e.id ? '#' + x.e.id : ''}${x.e.className && typeof x.e.className === 'string' ? '.' + x.e.className.trim().replace(/\s+/g, '.') : ''}> right=${Math.round(x.r.right)}`);
          return `scrollWidth ${document.documentElement.scrollWidth} > clientWidth ${width}: ` + out.join(', ');
        }
        """;

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task No_horizontal_scroll_at_320_px(string region, string kind) =>
        await AssertReflowsAsync(region, kind, width: 320, height: 640, scale: 1);

    /// <summary>Zooming 1280 px to 200% leaves 640 CSS px at a device scale factor of 2.</summary>
    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task No_horizontal_scroll_at_1280_px_zoomed_to_200_percent(string region, string kind) =>
        await AssertReflowsAsync(region, kind, width: 640, height: 400, scale: 2);

    private async Task AssertReflowsAsync(string region, string kind, int width, int height, float scale)
    {
        await using var session = await browser.NewPageAsync(width, height, scale);
        await browser.OpenAsync(session.Page, region, PageKinds.Get(region, kind));

        var overflow = await session.Page.EvaluateAsync<string>(Overflow);

        Assert.True(overflow == "", $"{region} {kind} at {width} CSS px (scale {scale}) scrolls sideways: {overflow}");
    }
}

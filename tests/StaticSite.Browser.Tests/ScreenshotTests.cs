using StaticSite.Browser.Tests.Infrastructure;

namespace StaticSite.Browser.Tests;

/// <summary>
/// Full-page screenshots of every page kind at phone and desktop width, kept as test artifacts in
/// <c>tests/StaticSite.Browser.Tests/TestResults/screenshots/&lt;region&gt;/&lt;kind&gt;-&lt;width&gt;.png</c> for people to look at,
/// and the first screen at phone width.
/// </summary>
[Collection(LayoutCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Page_kind_is_captured_at_375_and_1280_px(string region, string kind)
    {
        var folder = Path.Combine(RepositoryPaths.Results, "screenshots", region);
        Directory.CreateDirectory(folder);
        // One load, then the desktop width: media queries apply on resize as on a fresh load.
        await using var session = await browser.NewPageAsync(375, 800);
        var page = session.Page;
        await browser.OpenAsync(page, region, PageKinds.Get(region, kind));

        await CaptureAsync(page, Path.Combine(folder, $"{kind}-375.png"), fullPage: true);
        // A phone's first screen, readable at full size where the long full-page image is not.
        await CaptureAsync(page, Path.Combine(folder, $"{kind}-375-first-screen.png"), fullPage: false);
        await page.SetViewportSizeAsync(1280, 800);
        await CaptureAsync(page, Path.Combine(folder, $"{kind}-1280.png"), fullPage: true);
    }

    private static async Task CaptureAsync(Microsoft.Playwright.IPage page, string file, bool fullPage)
    {
        await page.ScreenshotAsync(new() { Path = file, FullPage = fullPage, Animations = Microsoft.Playwright.ScreenshotAnimations.Disabled });
        Assert.True(new FileInfo(file).Length > 1000, $"{file} is empty");
    }
}
